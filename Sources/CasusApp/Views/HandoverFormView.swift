import CasusCore
import TerminalUI

/// The registration form, or its preview: the package exactly as it would go.
func drawHandoverForm(
  _ f: HandoverForm, state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  guard let scroll = f.preview else {
    drawFieldForm(f.form, in: rect, into: &screen, theme: theme)
    return
  }
  let document = previewPackage(f, state).map {
    HandoverPackageReport.document($0, packageContext(state, state.file(f.caseID)))
  }
  drawReport(
    document ?? ReportDocument(), title: s.previewTitle, scroll: scroll, in: rect,
    into: &screen, theme: theme)
}

/// A report (the package preview) wrapped to the window, scrolled, headings marked.
func drawReport(
  _ document: ReportDocument, title: String, scroll: Int, in rect: Rect,
  into screen: inout Screen, theme: Theme
) {
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  let lines = document.plainText(width: inner.width).split(
    separator: "\n", omittingEmptySubsequences: false
  ).map(String.init)
  let top = min(scroll, max(0, lines.count - inner.height))
  for row in 0..<inner.height where top + row < lines.count {
    let line = lines[top + row]
    let next = top + row + 1 < lines.count ? lines[top + row + 1] : ""
    let underline = !next.isEmpty && next.allSatisfy { $0 == "=" || $0 == "-" }
    let style: Style = line.hasPrefix("!!") ? theme.error : (underline ? theme.heading : .plain)
    screen.put(line, x: inner.x, y: inner.y + row, style: style, clip: inner)
  }
  if lines.count > inner.height {
    let position = "\(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count)"
    screen.put(
      " \(position) ", x: rect.maxX - position.displayWidth - 3, y: rect.maxY - 1,
      style: theme.border)
  }
  screen.cursor = Point(x: inner.x, y: inner.y)
}

/// The history of a case: one entry per event, oldest first, filterable with `/`.
func drawHistory(
  _ h: HistoryScreen, state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  guard let file = state.file(h.caseID) else { return }
  let entries = HistoryEntry.entries(
    file, strings: s, timeZone: state.timeZone, needle: h.filter.needle)
  var title = s.historyTitle(file.state.household.name)
  title += " (\(entries.count)/\(file.events.count))"
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  var inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  screen.cursor = Point(x: inner.x, y: inner.y)
  if let input = h.filter.input ?? (h.filter.text.isEmpty ? nil : TextInput(h.filter.text)) {
    let px = screen.put(s.filterPrompt, x: inner.x, y: inner.y, style: theme.hintKey, clip: inner)
    screen.put(input.text, x: px, y: inner.y, style: theme.field, clip: inner)
    if h.filter.input != nil {
      screen.cursor = Point(
        x: min(inner.maxX - 1, px + DisplayWidth.of(String(input.characters[..<input.cursor]))),
        y: inner.y)
    }
    inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
  }
  var lines: [StyledLine] = []
  for entry in entries {
    // One line per event when it fits, else who and when above what changed.
    if entry.text.displayWidth <= inner.width {
      lines.append(StyledLine(entry.text))
      continue
    }
    lines.append(StyledLine("\(entry.when)  \(entry.actor)", theme.hintKey))
    let body = entry.what + (entry.change.map { ": " + $0 } ?? "")
    lines += body.wrapped(toWidth: max(1, inner.width - 4)).map { StyledLine("    " + $0) }
  }
  if entries.isEmpty { lines = [StyledLine(s.noMatches, theme.placeholder)] }
  let top = min(h.scroll, max(0, lines.count - inner.height))
  for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  if lines.count > inner.height {
    let position = "\(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count)"
    screen.put(
      " \(position) ", x: rect.maxX - position.displayWidth - 3, y: rect.maxY - 1,
      style: theme.border)
  }
}
