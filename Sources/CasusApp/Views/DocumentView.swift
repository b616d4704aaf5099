import CasusCore
import TerminalUI

/// Geometry of the document view, shared with the reducer for wrapping the response text.
enum DocumentLayout {
  /// The response form's box.
  static func responseBox(size: Size) -> Rect {
    let body = AppLayout(size: size).body
    let width = min(76, body.width - 4)
    let height = min(body.height - 2, 14)
    return body.centered(width: width, height: height)
  }

  static func responseWidth(size: Size) -> Int { max(10, responseBox(size: size).width - 4) }
}

/// The verslag as the client will read it, wrapped to the window, scrolled with j/k.
func drawDocument(
  _ viewer: DocumentViewer, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let name = state.cases.first { $0.id == viewer.caseID }?.state.household.name ?? ""
  let focused = viewer.response == nil && state.overlay == nil
  screen.box(
    rect, title: "\(viewer.kind == .plan ? s.planTitle : s.verslagTitle) · \(name)",
    style: focused ? theme.focusedBorder : theme.border, titleStyle: theme.heading)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  let lines = viewer.document.plainText(width: inner.width).split(
    separator: "\n", omittingEmptySubsequences: false)
  let top = min(viewer.scroll, max(0, lines.count - inner.height))
  for row in 0..<inner.height where top + row < lines.count {
    let line = String(lines[top + row])
    let style: Style
    if line.hasPrefix("!!") {
      style = theme.error
    } else if top + row + 1 < lines.count,
      lines[top + row + 1].allSatisfy({ $0 == "=" || $0 == "-" }),
      !lines[top + row + 1].isEmpty
    {
      style = theme.heading
    } else {
      style = .plain
    }
    screen.put(line, x: inner.x, y: inner.y + row, style: style, clip: inner)
  }
  if lines.count > inner.height {
    let position = "\(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count)"
    screen.put(
      " \(position) ", x: rect.maxX - position.displayWidth - 3, y: rect.maxY - 1,
      style: theme.border)
  }
  screen.cursor = Point(x: inner.x, y: inner.y)
  if let form = viewer.response {
    drawResponseForm(form, state: state, into: &screen, theme: theme)
  }
}

private func drawResponseForm(
  _ form: ResponseForm, state: AppState, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let box = DocumentLayout.responseBox(size: state.size)
  screen.fill(box)
  screen.box(
    box, title: s.responseTitle, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
  let labelWidth = max(s.responseDateLabel.displayWidth, 6) + 2
  screen.put(s.responseDateLabel, x: inner.x, y: inner.y, style: theme.label)
  let dateStyle = form.focus == .date ? theme.focusedField : theme.field
  screen.put(
    form.date.text.padded(toWidth: 12), x: inner.x + labelWidth, y: inner.y, style: dateStyle)
  screen.put(
    s.dateFormatHint, x: inner.x + labelWidth + 13, y: inner.y, style: theme.placeholder,
    clip: inner)
  screen.put(
    s.responseTextLabel, x: inner.x, y: inner.y + 2,
    style: form.focus == .text ? theme.focusedField : theme.heading)
  let area = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
  let lines = form.text.lines(width: area.width)
  let position = form.text.cursorPosition(width: area.width)
  let offset = max(0, position.row - area.height + 1)
  for row in 0..<area.height where offset + row < lines.count {
    screen.put(lines[offset + row], x: area.x, y: area.y + row, clip: area)
  }
  if form.focus == .date {
    let before = String(form.date.characters[..<form.date.cursor])
    screen.cursor = Point(x: inner.x + labelWidth + before.displayWidth, y: inner.y)
  } else {
    screen.cursor = Point(x: area.x + position.column, y: area.y + position.row - offset)
  }
}
