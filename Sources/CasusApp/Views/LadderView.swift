import CasusCore
import TerminalUI

/// The ladder screen: the hulpvragen on the left, the rungs of the highlighted one on the
/// right (or the whole arrangement), and any form or list over them.
func drawLadder(
  _ ladder: LadderScreen, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  guard let file = caseFile(ladder.caseID, state), let process = state.process(for: file) else {
    return
  }
  let lang = state.language.rawValue
  let leftWidth = max(24, min(36, rect.width * 3 / 10))
  let (left, right) = rect.splitHorizontal(left: leftWidth)
  let needs = file.state.needs
  let overlayOpen = ladder.overlay != nil || state.overlay != nil
  let needsFocused = ladder.focus == .needs && !overlayOpen
  screen.box(
    left, title: "\(s.needsTitle) (\(needs.count))",
    style: needsFocused ? theme.focusedBorder : theme.border,
    titleStyle: needsFocused ? theme.focusedBorder : theme.heading)
  let list = Rect(x: left.x + 1, y: left.y + 1, width: left.width - 2, height: left.height - 2)
  var entries = needs.map { need in
    let count = need.rungs.values.reduce(0) { $0 + $1.offers.count }
    var title = need.title
    if need.closed { title += " · " + s.closedMarker }
    return (title, count == 0 ? "" : "\(count)")
  }
  let arranged = file.state.arrangement.count
  entries.append((s.arrangementEntry, arranged == 0 ? "" : "\(arranged)"))
  let offset = max(0, ladder.need - list.height + 1)
  for (row, index) in (offset..<entries.count).prefix(list.height).enumerated() {
    let (title, count) = entries[index]
    let selected = index == ladder.need
    let marker = selected ? "▸ " : "  "
    let width = max(1, list.width - 2 - count.displayWidth - 1)
    let line = marker + title.truncated(toWidth: width).padded(toWidth: width) + " " + count
    let style: Style =
      selected ? (needsFocused ? theme.selected : theme.selectedUnfocused) : .plain
    screen.bar(line, in: list.row(row), style: style)
    if selected, needsFocused { screen.cursor = Point(x: list.x, y: list.y + row) }
  }
  if needs.isEmpty {
    screen.paragraph(
      s.noNeedsHint,
      in: Rect(x: list.x + 1, y: list.y + 2, width: list.width - 2, height: list.height - 2),
      style: theme.placeholder)
  }

  let rungsFocused = ladder.focus == .rungs && !overlayOpen
  let need = highlightedNeed(ladder, file)
  let title =
    need.map { "\($0.title) · \(process.profile.name.text(lang))" }
    ?? "\(s.arrangementTitle) · \(file.state.household.name)"
  screen.box(
    right, title: title, style: rungsFocused ? theme.focusedBorder : theme.border,
    titleStyle: rungsFocused ? theme.focusedBorder : theme.heading)
  let pane = Rect(x: right.x + 2, y: right.y + 1, width: right.width - 4, height: right.height - 2)
  guard !pane.isEmpty else { return }
  let content: LadderLines
  if let need {
    content = ladderLines(need, ladder: ladder, file, process, state, width: pane.width, theme)
  } else {
    content = arrangementLines(file, process, state, width: pane.width, theme)
  }
  let focusLine = content.cursorLine ?? 0
  let footer = content.footer.prefix(2)
  let room = max(1, pane.height - footer.count - (footer.isEmpty ? 0 : 1))
  let top = max(0, min(focusLine - room / 2, content.lines.count - room))
  for (row, line) in content.lines.dropFirst(top).prefix(room).enumerated() {
    screen.put(line.text, x: pane.x, y: pane.y + row, style: line.style, clip: pane)
  }
  for (i, line) in footer.enumerated() {
    screen.put(
      line.text, x: pane.x, y: pane.maxY - footer.count + i, style: line.style, clip: pane)
  }
  if rungsFocused, let cursor = content.cursorLine, cursor >= top, cursor < top + room {
    screen.cursor = Point(x: pane.x, y: pane.y + cursor - top)
  }

  switch ladder.overlay {
  case .needPicker(let picker), .kaart(let picker, _), .network(let picker, _):
    drawPicker(picker, in: rect, state: state, into: &screen, theme: theme)
  case .form(let form, _):
    drawEntryForm(form, in: rect, state: state, into: &screen, theme: theme)
  case .reasons(let prompt):
    drawReasons(prompt, process, in: rect, state: state, into: &screen, theme: theme)
  case nil:
    break
  }
}

/// The comply-or-explain question: which rung, why it is asked, and the reason typed so far.
private func drawReasons(
  _ prompt: ReasonsPrompt, _ process: ProcessData, in body: Rect, state: AppState,
  into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let lang = state.language.rawValue
  guard let rung = prompt.current.flatMap(process.profile.rung) else { return }
  let heavier = process.profile.rung(prompt.rung)?.name.text(lang) ?? prompt.rung
  let width = min(78, body.width - 2)
  var lines = s.reasonsIntro(heavier).wrapped(toWidth: width - 4).map { StyledLine($0) }
  lines.append(StyledLine(""))
  lines += s.reasonQuestion(rung.name.text(lang), prompt.index + 1, of: prompt.rungs.count)
    .wrapped(toWidth: width - 4).map { StyledLine($0, theme.heading) }
  lines += rung.description.text(lang).wrapped(toWidth: width - 4).prefix(2).map {
    StyledLine($0, theme.placeholder)
  }
  let box = body.centered(width: width, height: min(body.height, lines.count + 6))
  clearAround(box, in: body, into: &screen)
  screen.box(
    box, title: s.reasonsTitle, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
  for (i, line) in lines.prefix(max(0, inner.height - 3)).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  let y = inner.maxY - 2
  let label = s.reasonLabel + ": "
  let x = screen.put(label, x: inner.x, y: y, style: theme.label, clip: inner)
  let field = Rect(x: x, y: y, width: max(4, inner.maxX - x), height: 1)
  let slice = visibleSlice(prompt.input, width: field.width)
  screen.fill(field, style: theme.focusedField)
  screen.put(slice.text, x: x, y: y, style: theme.focusedField, clip: field)
  screen.put(s.reasonsKeys, x: inner.x, y: inner.maxY - 1, style: theme.placeholder, clip: inner)
  screen.cursor = Point(x: x + slice.cursor, y: y)
}
