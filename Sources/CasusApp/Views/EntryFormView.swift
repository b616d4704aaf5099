import CasusCore
import TerminalUI

/// The visible part of a one-line input in `width` cells, and where its cursor is in it.
func visibleSlice(_ input: TextInput, width: Int) -> (text: String, cursor: Int) {
  let before = String(input.characters[..<input.cursor])
  let room = max(1, width - 1)
  if before.displayWidth < room { return (input.text, before.displayWidth) }
  // Keep the cursor in view: show the end of what is before it.
  var shown = ""
  for character in before.reversed() {
    let next = String(character) + shown
    if next.displayWidth >= room { break }
    shown = next
  }
  return (shown, shown.displayWidth)
}

/// Blanks a box and a margin of one cell around it (inside `body`), so the panes under an
/// overlay do not run into its frame.
func clearAround(_ box: Rect, in body: Rect, into screen: inout Screen) {
  let x = max(body.x, box.x - 1)
  let y = max(body.y, box.y - 1)
  let maxX = min(body.maxX, box.maxX + 1)
  let maxY = min(body.maxY, box.maxY + 1)
  screen.fill(Rect(x: x, y: y, width: maxX - x, height: maxY - y))
}

/// A small form in a box over the body: the intro, then one labelled field per row.
func drawEntryForm(
  _ form: EntryForm, in body: Rect, state: AppState, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let width = min(78, body.width - 2)
  let introLines = form.intro.map { $0.wrapped(toWidth: width - 4) } ?? []
  let shownIntro = Array(introLines.prefix(3))
  let height = min(body.height, form.fields.count + shownIntro.count + (shownIntro.isEmpty ? 2 : 3))
  let box = body.centered(width: width, height: height)
  clearAround(box, in: body, into: &screen)
  screen.box(box, title: form.title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
  var y = inner.y
  for line in shownIntro {
    screen.put(line, x: inner.x, y: y, style: theme.placeholder, clip: inner)
    y += 1
  }
  if !shownIntro.isEmpty { y += 1 }
  // The marker (2), the longest label and a space.
  let labelWidth = min(
    max(12, (form.fields.map { $0.label.displayWidth }.max() ?? 0) + 3), inner.width / 2)
  let valueX = inner.x + labelWidth
  let valueWidth = max(4, inner.maxX - valueX)
  // Rows that do not fit scroll with the focus.
  let room = max(1, inner.maxY - y)
  let offset = max(0, min(form.focus - room + 1, form.fields.count - room))
  for (row, index) in (offset..<form.fields.count).prefix(room).enumerated() {
    let field = form.fields[index]
    let fy = y + row
    let focused = index == form.focus
    let marker = focused ? "▸ " : "  "
    screen.put(
      (marker + field.label).truncated(toWidth: labelWidth - 1), x: inner.x,
      y: fy, style: focused ? theme.hintKey : theme.label, clip: inner)
    let area = Rect(x: valueX, y: fy, width: valueWidth, height: 1)
    switch field.kind {
    case .choice(let options):
      let text = options.indices.contains(field.choice) ? options[field.choice] : ""
      let shown = "◂ " + text + " ▸"
      screen.put(
        shown.truncated(toWidth: valueWidth), x: valueX, y: fy,
        style: focused ? theme.focusedField : theme.field, clip: area)
      if focused { screen.cursor = Point(x: valueX, y: fy) }
    case .text, .date:
      let fieldWidth = field.kind == .date ? min(12, valueWidth) : valueWidth
      let slice = visibleSlice(field.input, width: fieldWidth)
      let fieldRect = Rect(x: valueX, y: fy, width: fieldWidth, height: 1)
      screen.fill(fieldRect, style: focused ? theme.focusedField : theme.field)
      screen.put(
        slice.text, x: valueX, y: fy, style: focused ? theme.focusedField : theme.field,
        clip: fieldRect)
      if field.kind == .date, valueWidth > 24 {
        screen.put(
          s.dateFormatHint, x: valueX + 13, y: fy, style: theme.placeholder, clip: area)
      }
      if focused { screen.cursor = Point(x: valueX + slice.cursor, y: fy) }
    }
  }
}

/// A list to choose from in a box over the body: the search line, the rows, and the
/// highlighted row's details at the bottom.
func drawPicker(
  _ picker: Picker, in body: Rect, state: AppState, into screen: inout Screen, theme: Theme
) {
  let box = body
  screen.fill(box)
  screen.box(box, title: picker.title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
  guard inner.height >= 4 else { return }
  var cursor = Point(x: inner.x, y: inner.y)
  var y = inner.y
  if !picker.multiple {
    let x = screen.put(picker.prompt, x: inner.x, y: y, style: theme.hintKey, clip: inner)
    let fieldRect = Rect(x: x, y: y, width: max(4, inner.maxX - x), height: 1)
    let slice = visibleSlice(picker.query, width: fieldRect.width)
    screen.fill(fieldRect, style: theme.focusedField)
    screen.put(slice.text, x: x, y: y, style: theme.focusedField, clip: fieldRect)
    cursor = Point(x: x + slice.cursor, y: y)
  } else {
    screen.put(picker.prompt, x: inner.x, y: y, style: theme.placeholder, clip: inner)
  }
  y += 2
  let detailRows = 2
  let room = max(1, inner.maxY - y - detailRows - 1)
  if picker.items.isEmpty {
    screen.paragraph(
      picker.empty, in: Rect(x: inner.x, y: y, width: inner.width, height: room),
      style: theme.placeholder)
    screen.cursor = cursor
    return
  }
  let offset = max(0, min(picker.cursor - room + 1, picker.items.count - room))
  for (row, index) in (offset..<picker.items.count).prefix(room).enumerated() {
    let item = picker.items[index]
    let selected = index == picker.cursor
    var text = selected ? "▸ " : "  "
    if picker.multiple { text += item.selected ? "[x] " : "[ ] " }
    let tag = item.tag.isEmpty ? "" : "  " + item.tag
    let titleWidth = max(4, inner.width - text.displayWidth - tag.displayWidth)
    text += item.title.truncated(toWidth: titleWidth).padded(toWidth: titleWidth) + tag
    let style: Style = selected ? theme.selected : (item.isFreeText ? theme.heading : .plain)
    screen.bar(text, in: Rect(x: inner.x, y: y + row, width: inner.width, height: 1), style: style)
    if selected, picker.multiple { cursor = Point(x: inner.x, y: y + row) }
  }
  if let current = picker.current, !current.detail.isEmpty {
    let lines = current.detail.wrapped(toWidth: inner.width).prefix(detailRows)
    for (i, line) in lines.enumerated() {
      screen.put(
        line, x: inner.x, y: inner.maxY - detailRows + i, style: theme.placeholder, clip: inner)
    }
  }
  screen.cursor = cursor
}
