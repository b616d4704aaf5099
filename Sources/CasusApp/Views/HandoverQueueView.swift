import CasusCore
import TerminalUI

/// The handover queues: tabs for incoming and sent, one row per handover with its state in
/// words, and the selected handover's details below.
func drawQueue(
  _ queue: HandoverQueue, state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let rows = state.queueRows(queue)
  let (listRect, detailRect) = splitListAndDetail(rect)
  var title = s.queueTitle(state.role)
  if let filter = queue.state { title += " · " + s.handoverState(filter) }
  screen.box(listRect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  var inner = listRect.inset(by: 1)
  guard !inner.isEmpty else { return }
  // The tabs: the active one in brackets and reverse video, so it reads without colour.
  var x = inner.x + 1
  for tab in HandoverQueue.Tab.allCases {
    var other = queue
    other.tab = tab
    let label = "\(s.queueTab(tab)) (\(state.queueRows(other).count))"
    let active = tab == queue.tab
    x =
      screen.put(
        active ? "[\(label)]" : " \(label) ", x: x, y: inner.y,
        style: active ? theme.selected : theme.label, clip: inner) + 2
  }
  inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
  var cursor = Point(x: inner.x, y: inner.y)
  if let input = queue.filter.input
    ?? (queue.filter.text.isEmpty ? nil : TextInput(queue.filter.text))
  {
    let px = screen.put(
      s.filterPrompt, x: inner.x + 1, y: inner.y, style: theme.hintKey, clip: inner)
    screen.put(input.text, x: px, y: inner.y, style: theme.field, clip: inner)
    if queue.filter.input != nil {
      cursor = Point(
        x: min(inner.maxX - 1, px + DisplayWidth.of(String(input.characters[..<input.cursor]))),
        y: inner.y)
    }
    inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
  }
  if rows.isEmpty {
    screen.paragraph(
      s.queueEmpty(queue.tab),
      in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height),
      style: theme.placeholder)
  }
  let stateWidth = 16
  let laneWidth = inner.width >= 90 ? 20 : 0
  let dateWidth = 11
  let selected = min(queue.row, max(0, rows.count - 1))
  let offset = max(0, selected - inner.height + 1)
  for line in 0..<inner.height {
    let index = offset + line
    guard index < rows.count else { break }
    let row = rows[index]
    let isSelected = index == selected
    let nameWidth = max(8, inner.width - 2 - stateWidth - laneWidth - dateWidth)
    var text = (isSelected ? "▸ " : "  ")
    text += s.handoverState(row.handover.state).padded(toWidth: stateWidth)
    if laneWidth > 0 {
      text += s.lane(row.handover.lane).truncated(toWidth: laneWidth - 1).padded(toWidth: laneWidth)
    }
    text += row.summary.householdName.truncated(toWidth: nameWidth - 1).padded(
      toWidth: nameWidth)
    text += (row.handover.submitted?.dutch ?? "")
    let style: Style =
      isSelected ? theme.selected : (row.handover.state == .declined ? theme.error : .plain)
    screen.bar(text, in: inner.row(line), style: style)
    if isSelected, queue.filter.input == nil { cursor = Point(x: inner.x, y: inner.y + line) }
  }
  screen.cursor = cursor
  var detail: [StyledLine] = []
  if rows.indices.contains(selected), let row = state.loadedRow(rows[selected]) {
    detail = [
      StyledLine(row.file.state.household.name + "  " + row.file.id.rawValue, theme.heading)
    ]
    detail += handoverSummaryLines(
      row.file, row.handover, state: state, width: detailRect.width - 4, theme: theme)
  }
  drawLinesBox(detail, title: s.handoverDetailTitle, in: detailRect, into: &screen, theme: theme)
  if let prompt = queue.prompt {
    drawPrompt(
      title: s.promptTitle(prompt.purpose), input: prompt.input, in: rect, into: &screen,
      theme: theme)
  }
}
