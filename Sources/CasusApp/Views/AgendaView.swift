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
  let rows = agenda.rows
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
  // One line per reminder when the window is wide enough, else two: when and whose, then what.
  let wide = inner.width >= 110
  let dueWidth = 30
  let nameWidth = max(14, min(30, inner.width / 4))
  let perRow = wide ? 1 : 2
  let visible = max(1, inner.height / perRow)
  let offset = max(0, agenda.row - visible + 1)
  for slot in 0..<visible {
    let index = offset + slot
    guard index < rows.count, let file = caseFile(rows[index].caseID, state) else { break }
    let reminder = rows[index].reminder
    let overdue = reminder.due < state.today
    let urgent = file.state.isUrgent ? s.urgentMarker + " " : ""
    let due = s.reminderDue(reminder.due, today: state.today)
    let name = urgent + file.state.household.name
    let style: Style = index == agenda.row ? theme.selected : (overdue ? theme.error : .plain)
    let marker = index == agenda.row ? "▸ " : "  "
    let y = slot * perRow
    if wide {
      let text =
        marker + due.padded(toWidth: dueWidth)
        + name.truncated(toWidth: nameWidth - 1).padded(toWidth: nameWidth)
        + s.reminderText(reminder)
      screen.bar(text, in: inner.row(y), style: style)
    } else {
      screen.bar(marker + due + " · " + name, in: inner.row(y), style: style)
      screen.bar("    " + s.reminderText(reminder), in: inner.row(y + 1), style: style)
    }
    if index == agenda.row { screen.cursor = Point(x: inner.x, y: inner.y + y) }
  }
  if let form = agenda.form {
    drawEntryForm(form, in: rect, state: state, into: &screen, theme: theme)
  }
}
