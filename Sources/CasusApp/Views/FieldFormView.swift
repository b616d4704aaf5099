import TerminalUI

/// Geometry of a ``FieldForm``, shared by the view and the reducer (for editing widths).
enum FieldFormLayout {
  /// The label column: wide enough for most labels, never more than a third of the window.
  static func labelWidth(_ width: Int) -> Int { min(26, max(14, width / 3)) }

  /// The rows a form needs inside a frame `width` wide: its notes, a blank line, its fields
  /// and the frame.
  static func height(_ form: FieldForm, width: Int) -> Int {
    let notes = form.notes.reduce(0) { $0 + $1.wrapped(toWidth: max(1, width - 4)).count }
    return notes + (form.notes.isEmpty ? 0 : 1) + form.fields.count + 2
  }

  /// The width of a text input as drawn in the body at this size.
  static func inputWidth(size: Size) -> Int {
    let inner = AppLayout(size: size).body.width - 4
    return max(10, inner - labelWidth(inner) - 2)
  }
}

/// Draws a form in `rect` (framed, with its title), the focused field marked with `▸` and
/// the hardware cursor in it; scrolls so the focused field is always visible.
func drawFieldForm(
  _ form: FieldForm, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  screen.fill(rect)
  screen.box(rect, title: form.title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  var y = inner.y
  for note in form.notes {
    for line in note.wrapped(toWidth: inner.width) where y < inner.maxY - 1 {
      screen.put(line, x: inner.x, y: y, style: theme.placeholder, clip: inner)
      y += 1
    }
  }
  if !form.notes.isEmpty, y < inner.maxY - 1 { y += 1 }
  let area = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
  guard !area.isEmpty else { return }
  let labelWidth = FieldFormLayout.labelWidth(inner.width)
  let offset = max(0, form.focus - area.height + 1)
  for row in 0..<area.height {
    let index = offset + row
    guard index < form.fields.count else { break }
    let field = form.fields[index]
    let focused = index == form.focus
    let y = area.y + row
    let marker = focused ? "▸ " : "  "
    switch field.kind {
    case .heading:
      screen.put(field.label, x: area.x, y: y, style: theme.heading, clip: area)
    case .check(let on):
      let text = marker + (on ? "[x] " : "[ ] ") + field.label
      screen.put(
        text.truncated(toWidth: area.width), x: area.x, y: y,
        style: focused ? theme.focusedField : .plain, clip: area)
      if focused { screen.cursor = Point(x: area.x + 3, y: y) }
    case .choice(let options, let chosen):
      screen.put(
        (marker + field.label).truncated(toWidth: labelWidth - 1), x: area.x, y: y,
        style: theme.label, clip: area)
      let value = options.indices.contains(chosen) ? options[chosen] : ""
      let x = area.x + labelWidth
      screen.put(
        "‹ \(value) ›".truncated(toWidth: max(1, area.maxX - x)), x: x, y: y,
        style: focused ? theme.focusedField : theme.field, clip: area)
      if focused { screen.cursor = Point(x: x + 2, y: y) }
    case .text(let input):
      screen.put(
        (marker + field.label).truncated(toWidth: labelWidth - 1), x: area.x, y: y,
        style: theme.label, clip: area)
      let x = area.x + labelWidth
      drawInputLine(
        input, at: x, y: y, width: area.maxX - x, focused: focused,
        placeholder: field.placeholder, into: &screen, theme: theme)
    }
  }
}

/// A one-line text input that scrolls sideways to keep the cursor in view.
func drawInputLine(
  _ input: TextInput, at x: Int, y: Int, width: Int, focused: Bool, placeholder: String,
  into screen: inout Screen, theme: Theme
) {
  guard width > 0 else { return }
  let style = focused ? theme.focusedField : theme.field
  let clip = Rect(x: x, y: y, width: width, height: 1)
  screen.fill(clip, style: style)
  let before = String(input.characters[..<input.cursor])
  var shown = input.text
  var column = before.displayWidth
  if column >= width {
    var tail = ""
    for character in before.reversed() {
      if (String(character) + tail).displayWidth > width - 1 { break }
      tail = String(character) + tail
    }
    shown = tail + String(input.characters[input.cursor...])
    column = tail.displayWidth
  }
  if input.isEmpty, !placeholder.isEmpty {
    screen.put(placeholder, x: x, y: y, style: theme.placeholder, clip: clip)
  } else {
    screen.put(shown, x: x, y: y, style: style, clip: clip)
  }
  if focused { screen.cursor = Point(x: x + column, y: y) }
}

/// A one-line prompt in a frame at the bottom of `rect` (a reason, a filter).
func drawPrompt(
  title: String, input: TextInput, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  guard rect.height >= 3 else { return }
  let box = Rect(x: rect.x, y: rect.maxY - 3, width: rect.width, height: 3)
  screen.fill(box)
  screen.box(box, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  drawInputLine(
    input, at: box.x + 2, y: box.y + 1, width: box.width - 4, focused: true, placeholder: "",
    into: &screen, theme: theme)
}
