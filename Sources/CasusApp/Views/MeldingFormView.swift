import CasusCore
import TerminalUI

/// Geometry of the melding form, shared by the view and the reducer (for wrapping).
enum FormLayout {
  static let labelWidth = 22

  /// The rectangle inside the form's frame.
  static func inner(size: Size) -> Rect {
    let body = AppLayout(size: size).body
    return Rect(x: body.x + 2, y: body.y + 1, width: body.width - 4, height: body.height - 2)
  }

  /// The width of the input of a field, as the view draws it.
  static func inputWidth(for field: MeldingForm.Field, size: Size) -> Int {
    let inner = inner(size: size)
    switch field {
    case .question: return max(10, inner.width - 2)
    case .memberBorn, .meldingDate, .milestone: return 12
    default: return max(10, inner.width - labelWidth - 1)
    }
  }
}

/// One row of the form as laid out before scrolling.
private struct FormRow {
  enum Kind {
    case heading(String)
    case text(label: String, input: TextInput, placeholder: String, indent: Int)
    case choice(label: String, value: String, indent: Int)
    case button(String)
    case questionLine(Int)
  }
  var field: MeldingForm.Field?
  var kind: Kind
}

/// The form to register or edit a melding, with the focused field marked and the hardware
/// cursor in it.
func drawForm(
  _ form: MeldingForm, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let title: String
  switch form.purpose {
  case .new: title = s.newMeldingTitle
  case .edit(let id):
    title = s.editTitle(state.householdName(id) ?? id.rawValue)
  }
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = FormLayout.inner(size: state.size)
  guard !inner.isEmpty else { return }
  let rows = formRows(form, strings: s, size: state.size)
  let focusRows = rows.indices.filter { rows[$0].field == form.focus }
  let lastFocus = focusRows.last ?? 0
  let firstFocus = focusRows.first ?? 0
  var offset = max(0, lastFocus - inner.height + 1)
  offset = min(offset, firstFocus)
  let questionWidth = FormLayout.inputWidth(for: .question, size: state.size)
  let questionLines = form.question.lines(width: questionWidth)

  for row in 0..<inner.height {
    let index = offset + row
    guard index < rows.count else { break }
    let y = inner.y + row
    let item = rows[index]
    let focused = item.field != nil && item.field == form.focus
    switch item.kind {
    case .heading(let text):
      screen.put(text, x: inner.x, y: y, style: theme.heading, clip: inner)
    case .button(let text):
      screen.put(
        text, x: inner.x + 2, y: y, style: focused ? theme.focusedField : theme.label,
        clip: inner)
      if focused { screen.cursor = Point(x: inner.x + 2, y: y) }
    case .choice(let label, let value, let indent):
      screen.put(
        label.truncated(toWidth: FormLayout.labelWidth - indent - 1), x: inner.x + indent, y: y,
        style: theme.label, clip: inner)
      let x = inner.x + FormLayout.labelWidth
      screen.put(
        "‹ \(value) ›", x: x, y: y, style: focused ? theme.focusedField : theme.field,
        clip: inner)
      if focused { screen.cursor = Point(x: x + 2, y: y) }
    case .text(let label, let input, let placeholder, let indent):
      screen.put(
        label.truncated(toWidth: FormLayout.labelWidth - indent - 1), x: inner.x + indent, y: y,
        style: theme.label, clip: inner)
      let x = inner.x + FormLayout.labelWidth
      let width = item.field.map { FormLayout.inputWidth(for: $0, size: state.size) } ?? 10
      drawSingleLine(
        input, at: x, y: y, width: min(width, inner.maxX - x), focused: focused,
        placeholder: placeholder, into: &screen, theme: theme)
    case .questionLine(let n):
      let x = inner.x + 2
      let width = min(questionWidth, inner.maxX - x)
      let style = focused ? theme.focusedField : theme.field
      screen.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
      if n < questionLines.count {
        screen.put(questionLines[n], x: x, y: y, style: style, clip: inner)
      } else if n == 0, form.question.isEmpty {
        screen.put(s.questionPlaceholder, x: x, y: y, style: theme.placeholder, clip: inner)
      }
      if focused {
        let pos = form.question.cursorPosition(width: questionWidth)
        if pos.row == n { screen.cursor = Point(x: x + pos.column, y: y) }
      }
    }
  }
}

private func drawSingleLine(
  _ input: TextInput, at x: Int, y: Int, width: Int, focused: Bool,
  placeholder: String, into screen: inout Screen, theme: Theme
) {
  guard width > 0 else { return }
  let style = focused ? theme.focusedField : theme.field
  screen.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
  let before = String(input.characters[..<input.cursor])
  var shown = input.text
  var cursorColumn = before.displayWidth
  if cursorColumn >= width {
    // Scroll horizontally so the cursor stays in view.
    var tail = ""
    for character in before.reversed() {
      if (String(character) + tail).displayWidth > width - 1 { break }
      tail = String(character) + tail
    }
    shown = tail + String(input.characters[input.cursor...])
    cursorColumn = tail.displayWidth
  }
  if input.isEmpty, !placeholder.isEmpty {
    screen.put(
      placeholder, x: x, y: y, style: theme.placeholder,
      clip: Rect(x: x, y: y, width: width, height: 1))
  } else {
    screen.put(shown, x: x, y: y, style: style, clip: Rect(x: x, y: y, width: width, height: 1))
  }
  if focused { screen.cursor = Point(x: x + cursorColumn, y: y) }
}

private func formRows(_ form: MeldingForm, strings s: any StringTable, size: Size) -> [FormRow] {
  var rows: [FormRow] = [FormRow(field: nil, kind: .heading(s.membersHeading))]
  for (i, member) in form.members.enumerated() {
    let number = "\(i + 1) "
    rows.append(
      FormRow(
        field: .memberName(i),
        kind: .text(label: number + s.memberName, input: member.name, placeholder: "", indent: 2)))
    rows.append(
      FormRow(
        field: .memberBorn(i),
        kind: .text(
          label: "  " + s.memberBorn, input: member.born, placeholder: s.dateFormatHint,
          indent: 2)))
    rows.append(
      FormRow(
        field: .memberRole(i),
        kind: .choice(label: "  " + s.memberRole, value: s.role(member.role), indent: 2)))
  }
  rows.append(FormRow(field: .addMember, kind: .button(s.addMember)))
  rows.append(
    FormRow(
      field: .householdName,
      kind: .text(
        label: s.householdName, input: form.householdName,
        placeholder: s.householdNamePlaceholder, indent: 0)))
  rows.append(FormRow(field: nil, kind: .heading(s.question)))
  let width = FormLayout.inputWidth(for: .question, size: size)
  let lineCount = min(8, max(3, form.question.layout(width: width).count + 1))
  for n in 0..<lineCount { rows.append(FormRow(field: .question, kind: .questionLine(n))) }
  rows.append(
    FormRow(
      field: .source,
      kind: .choice(label: s.sourceLabel, value: s.source(form.source), indent: 0)))
  rows.append(
    FormRow(
      field: .meldingDate,
      kind: .text(
        label: s.meldingDate, input: form.meldingDate, placeholder: s.dateFormatHint,
        indent: 0)))
  rows.append(
    FormRow(field: .law, kind: .choice(label: s.lawLabel, value: s.law(form.law), indent: 0)))
  rows.append(
    FormRow(
      field: .regieHolder,
      kind: .choice(label: s.regieHolderLabel, value: s.regieHolder(form.regieHolder), indent: 0)))
  if form.regieHolder != .resident {
    rows.append(
      FormRow(
        field: .regieName,
        kind: .text(label: s.regieNameLabel, input: form.regieName, placeholder: "", indent: 0)))
  }
  rows.append(
    FormRow(
      field: .clientSupport,
      kind: .choice(
        label: s.clientSupportShort, value: s.clientSupportValue(form.clientSupport), indent: 0)))
  if case .edit = form.purpose {
    rows.append(FormRow(field: nil, kind: .heading(s.milestonesHeading)))
    for field in MeldingForm.MilestoneField.allCases {
      rows.append(
        FormRow(
          field: .milestone(field),
          kind: .text(
            label: "  " + s.milestoneLabel(field.caseField),
            input: form.milestones[field] ?? TextInput(), placeholder: s.dateFormatHint,
            indent: 0)))
    }
  }
  return rows
}
