import CasusCore
import TerminalUI

/// The triage queue: cases ranked by the sum of their stuck signals' weights; below, the
/// selected case's signals, each with its weight and evidence, so the order is explained.
func drawTriage(
  _ screen: TriageScreen, state: AppState, in rect: Rect, into out: inout Screen, theme: Theme
) {
  let s = state.strings
  let entries = state.triageEntries(screen)
  let (listRect, detailRect) = splitListAndDetail(rect)
  var title = "\(s.triageTitle) (\(entries.count)) · \(s.triageSort(screen.sort))"
  if screen.onlyRegistered { title += " · " + s.onlyRegisteredLabel }
  if let signal = screen.signal { title += " · " + s.signalName(signal) }
  out.box(listRect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  var inner = listRect.inset(by: 1)
  guard !inner.isEmpty else { return }
  var cursor = Point(x: inner.x, y: inner.y)
  if let input = screen.filter.input
    ?? (screen.filter.text.isEmpty ? nil : TextInput(screen.filter.text))
  {
    let px = out.put(s.filterPrompt, x: inner.x + 1, y: inner.y, style: theme.hintKey, clip: inner)
    out.put(input.text, x: px, y: inner.y, style: theme.field, clip: inner)
    if screen.filter.input != nil {
      cursor = Point(
        x: min(inner.maxX - 1, px + DisplayWidth.of(String(input.characters[..<input.cursor]))),
        y: inner.y)
    }
    inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
  }
  if entries.isEmpty {
    out.paragraph(
      s.triageEmpty,
      in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height),
      style: theme.placeholder)
  }
  let selected = min(screen.row, max(0, entries.count - 1))
  let offset = max(0, selected - inner.height + 1)
  let statusWidth = 24
  let countWidth = inner.width >= 90 ? 14 : 0
  for line in 0..<inner.height {
    let index = offset + line
    guard index < entries.count, let summary = state.list.summary(entries[index].caseID) else {
      break
    }
    let entry = entries[index]
    let isSelected = index == selected
    let nameWidth = max(8, inner.width - 2 - 5 - statusWidth - countWidth)
    var text = isSelected ? "▸ " : "  "
    let score = String(entry.score)
    text += String(repeating: " ", count: max(0, 3 - score.displayWidth)) + score + "  "
    text += summary.householdName.truncated(toWidth: nameWidth - 1).padded(toWidth: nameWidth)
    let status =
      entry.registered.map { s.registeredOn($0.dutch) } ?? openHandoverState(summary, s)
    text += status.truncated(toWidth: statusWidth - 1).padded(toWidth: statusWidth)
    if countWidth > 0 { text += s.signalCount(entry.signals.count) }
    let style: Style =
      isSelected ? theme.selected : (entry.registered != nil ? theme.hintKey : .plain)
    out.bar(text, in: inner.row(line), style: style)
    if isSelected, screen.filter.input == nil { cursor = Point(x: inner.x, y: inner.y + line) }
  }
  out.cursor = cursor
  var detail: [StyledLine] = []
  if entries.indices.contains(selected), let file = state.file(entries[selected].caseID) {
    let entry = entries[selected]
    detail.append(
      StyledLine(s.signalsHeading(file.state.household.name, score: entry.score), theme.heading))
    if entry.signals.isEmpty { detail.append(StyledLine(s.noSignals, theme.placeholder)) }
    for signal in entry.explained {
      detail += "\(signal.weight) · \(s.signalEvidence(signal))".wrapped(
        toWidth: detailRect.width - 4
      ).map { StyledLine($0) }
    }
    if let h = file.state.pendingRegistration {
      detail.append(StyledLine(""))
      detail += handoverSummaryLines(
        file, h, state: state, width: detailRect.width - 4, theme: theme)
    }
  }
  drawLinesBox(detail, title: s.signalsTitle, in: detailRect, into: &out, theme: theme)
}

/// The state of the case's latest handover in words (with its lane when it is not
/// procescoördinatie), or nothing.
private func openHandoverState(_ summary: CaseSummary, _ s: any StringTable) -> String {
  guard let h = summary.handovers.last else { return "" }
  if h.lane == .procescoordinatie { return s.handoverState(h.state) }
  return "\(s.lane(h.lane)): \(s.handoverState(h.state))"
}
