import CasusCore
import TerminalUI

/// Geometry of the conversation screen, shared with the reducer for wrapping.
enum ConversationLayout {
  static func panes(size: Size) -> (steps: Rect, page: Rect) {
    let body = AppLayout(size: size).body
    let left = max(28, min(40, size.width * 3 / 10))
    let (steps, page) = body.splitHorizontal(left: left)
    return (steps, page)
  }

  /// The inside of the page box.
  static func pageInner(size: Size) -> Rect {
    let page = panes(size: size).page
    return Rect(x: page.x + 2, y: page.y + 1, width: page.width - 4, height: page.height - 2)
  }

  static func editorWidth(size: Size) -> Int { max(10, pageInner(size: size).width) }
}

/// The marker of a step's status: text, never colour alone.
func statusMarker(_ status: StepStatus) -> String {
  switch status {
  case .notStarted: return "[ ]"
  case .inProgress: return "[~]"
  case .done: return "[x]"
  case .skipped: return "[-]"
  }
}

/// The conversation screen: steps on the left, the page with its prompt, hints and text on
/// the right.
func drawConversation(
  _ session: ConversationSession, state: AppState, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let lang = state.language.rawValue
  let (stepsRect, pageRect) = ConversationLayout.panes(size: state.size)
  let name = state.householdName(session.caseID) ?? ""
  let stepsFocused = session.focus == .steps && state.overlay == nil
  screen.box(
    stepsRect, title: name, style: stepsFocused ? theme.focusedBorder : theme.border,
    titleStyle: stepsFocused ? theme.focusedBorder : theme.heading)
  let list = stepsRect.inset(by: 1)
  let highlighted = stepsFocused ? session.stepsCursor : session.current
  let offset = max(0, highlighted - list.height + 1)
  for row in 0..<list.height {
    let index = offset + row
    guard index < session.items.count else { break }
    let item = session.items[index]
    let marker = statusMarker(session.status[item.id] ?? .notStarted)
    let indent = item.domain == nil ? "" : "  "
    let pointer = index == session.current ? "▸" : " "
    let line = "\(pointer)\(indent)\(marker) \(item.title(lang))"
    let style: Style
    if index == highlighted, stepsFocused {
      style = theme.selected
    } else if index == session.current {
      style = theme.selectedUnfocused
    } else {
      style = .plain
    }
    screen.bar(line, in: list.row(row), style: style)
    if index == highlighted, stepsFocused { screen.cursor = Point(x: list.x, y: list.y + row) }
  }

  let pageFocused = session.focus != .steps && state.overlay == nil
  guard let item = session.item else { return }
  screen.box(
    pageRect, title: item.title(lang),
    style: pageFocused ? theme.focusedBorder : theme.border,
    titleStyle: pageFocused ? theme.focusedBorder : theme.heading)
  let inner = ConversationLayout.pageInner(size: state.size)
  var y = inner.y
  func line(_ text: String, _ style: Style = .plain) {
    guard y < inner.maxY else { return }
    screen.put(text, x: inner.x, y: y, style: style, clip: inner)
    y += 1
  }
  if session.safety?.raised == true { line(s.safetyBadge, theme.error) }
  for text in item.prompt(lang).wrapped(toWidth: inner.width) { line(text, theme.heading) }
  for hint in item.step.hints {
    for (n, text) in hint.text(lang).wrapped(toWidth: inner.width - 2).enumerated() {
      line((n == 0 ? "• " : "  ") + text, theme.placeholder)
    }
  }
  switch item.step.kind {
  case .consent:
    y += 1
    line(checkbox(session.consent.toRecord) + " " + s.consentRecord)
    line(checkbox(session.consent.toInvolveOthers) + " " + s.consentInvolve)
  case .network:
    y += 1
    drawNetwork(session, in: inner, y: &y, state: state, into: &screen, theme: theme)
  case .safety:
    y += 1
    line(
      checkbox(session.safety?.raised) + " " + s.safetyBadge.dropFirst(2) + " (Ctrl-T)",
      session.safety?.raised == true ? theme.error : .plain)
  case .text, .domains:
    break
  }
  y += 1
  guard y < inner.maxY - 1 else { return }
  line(
    "─ \(s.notesHeading) "
      + String(
        repeating: "─",
        count: max(
          0,
          inner.width - 4
            - s.notesHeading.displayWidth)), theme.border)
  let editorArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
  drawEditor(
    session.editor, in: editorArea,
    focused: session.focus == .editor
      && session.networkForm == nil && state.overlay == nil, into: &screen, theme: theme)
  if let form = session.networkForm {
    drawNetworkForm(form, state: state, into: &screen, theme: theme)
  }
}

private func checkbox(_ value: Bool?) -> String { value == true ? "[x]" : "[ ]" }

private func drawEditor(
  _ editor: TextInput, in rect: Rect, focused: Bool,
  into screen: inout Screen, theme: Theme
) {
  guard !rect.isEmpty else { return }
  let lines = editor.lines(width: rect.width)
  let position = editor.cursorPosition(width: rect.width)
  let offset = max(0, position.row - rect.height + 1)
  for row in 0..<rect.height {
    let index = offset + row
    guard index < lines.count else { break }
    screen.put(lines[index], x: rect.x, y: rect.y + row, clip: rect)
  }
  if focused {
    screen.cursor = Point(x: rect.x + position.column, y: rect.y + position.row - offset)
  }
}

private func drawNetwork(
  _ session: ConversationSession, in inner: Rect, y: inout Int,
  state: AppState, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let focused = session.focus == .network && session.networkForm == nil && state.overlay == nil
  screen.put(s.networkHeading, x: inner.x, y: y, style: theme.heading, clip: inner)
  y += 1
  if session.network.isEmpty {
    for text in s.networkEmpty.wrapped(toWidth: inner.width) where y < inner.maxY {
      screen.put(text, x: inner.x, y: y, style: theme.placeholder, clip: inner)
      y += 1
    }
    if focused { screen.cursor = Point(x: inner.x, y: y - 1) }
    return
  }
  for (i, member) in session.network.enumerated() where y < inner.maxY - 2 {
    let reach = member.reachable ? s.yes : s.no
    var text =
      "\(member.name) (\(member.relation)) · \(s.networkCanDo.lowercased()): "
      + "\(member.canDo) · \(s.networkCannotDo.lowercased()): \(member.cannotDo)"
      + " · \(s.networkReachable.lowercased()): \(reach)"
    text = text.truncated(toWidth: inner.width - 2)
    let selected = focused && i == session.networkCursor
    screen.bar(
      "  " + text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1),
      style: selected ? theme.selected : .plain)
    if selected { screen.cursor = Point(x: inner.x, y: y) }
    y += 1
  }
}

private func drawNetworkForm(
  _ form: NetworkMemberForm, state: AppState,
  into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let inner = ConversationLayout.pageInner(size: state.size)
  let rect = Rect(x: inner.x - 1, y: inner.maxY - 8, width: inner.width + 2, height: 8)
  screen.fill(rect)
  screen.box(
    rect, title: s.networkHeading, style: theme.focusedBorder,
    titleStyle: theme.focusedBorder)
  let labels: [(NetworkMemberForm.Field, String)] = [
    (.name, s.networkName), (.relation, s.networkRelation), (.canDo, s.networkCanDo),
    (.cannotDo, s.networkCannotDo), (.reachable, s.networkReachable),
  ]
  let labelWidth = 14
  for (row, (field, label)) in labels.enumerated() {
    let y = rect.y + 1 + row
    let x = rect.x + 2 + labelWidth
    screen.put(label, x: rect.x + 2, y: y, clip: rect)
    let focused = form.focus == field
    let style = focused ? theme.focusedField : theme.field
    let width = rect.maxX - 2 - x
    if field == .reachable {
      screen.put("‹ \(form.reachable ? s.yes : s.no) ›", x: x, y: y, style: style)
      if focused { screen.cursor = Point(x: x + 2, y: y) }
    } else if let input = form[input: field] {
      screen.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
      let before = String(input.characters[..<input.cursor])
      screen.put(
        input.text, x: x, y: y, style: style,
        clip: Rect(
          x: x, y: y, width: width,
          height: 1))
      if focused { screen.cursor = Point(x: min(x + before.displayWidth, x + width - 1), y: y) }
    }
  }
}

/// `0:12:34` for a number of seconds.
func timerText(_ seconds: Int) -> String {
  let h = seconds / 3600
  let m = (seconds % 3600) / 60
  let sec = seconds % 60
  return "\(h):\(m < 10 ? "0" : "")\(m):\(sec < 10 ? "0" : "")\(sec)"
}
