import CasusCore
import TerminalUI

/// The agenda: every reminder of every case, overdue first.
///
/// Overdue rows start with `!` and say how late they are, so the order and the words carry
/// the meaning without colour.
func drawAgenda(
  _ agenda: AgendaScreen, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let rows = state.agenda
  screen.box(
    rect, title: "\(s.agendaTitle) (\(rows.count))",
    style: agenda.form == nil ? theme.focusedBorder : theme.border,
    titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
  guard !rows.isEmpty else {
    screen.paragraph(
      s.agendaEmpty,
      in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height),
      style: theme.placeholder)
    screen.cursor = Point(x: inner.x, y: inner.y)
    return
  }
  let dueWidth = 24
  let nameWidth = max(14, min(30, inner.width / 4))
  let offset = max(0, agenda.row - inner.height + 1)
  for line in 0..<inner.height {
    let index = offset + line
    guard index < rows.count, let file = caseFile(rows[index].caseID, state) else { break }
    let reminder = rows[index].reminder
    let overdue = reminder.due < state.today
    let urgent = file.state.isUrgent ? s.urgentMarker + " " : ""
    let text =
      " " + s.reminderDue(reminder.due, today: state.today).padded(toWidth: dueWidth)
      + (urgent + file.state.household.name).truncated(toWidth: nameWidth - 1)
      .padded(toWidth: nameWidth) + s.reminderText(reminder)
    let style: Style = index == agenda.row ? theme.selected : (overdue ? theme.error : .plain)
    screen.bar(text, in: inner.row(line), style: style)
    if index == agenda.row { screen.cursor = Point(x: inner.x, y: inner.y + line) }
  }
  if let form = agenda.form {
    drawEntryForm(form, in: rect, state: state, into: &screen, theme: theme)
  }
}
