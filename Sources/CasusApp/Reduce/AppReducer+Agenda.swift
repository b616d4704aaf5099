import CasusCore
import TerminalUI

/// Opens the agenda on every reminder of every case.
func openAgenda(_ state: inout AppState) -> [Effect] {
  state.mode = .agenda(AgendaScreen(rows: state.agenda))
  return []
}

/// Keys in the agenda: move, open the case, mark a reminder as dealt with (with a note).
func agendaKey(
  _ key: Key, _ screen: inout AgendaScreen, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  let rows = screen.rows
  if var form = screen.form, let entry = screen.formFor {
    switch entryFormKey(key, &form, &state) {
    case .save:
      screen.form = form
      guard let file = caseFile(entry.caseID, state) else { return [] }
      do throws(EntryForm.BadDate) {
        let record = HouseholdPlan.Monitoring(
          reminder: entry.reminder.id, date: try form.date("date") ?? context.today,
          note: form.text("note"))
        return recordOrSay(
          [.plan(.monitored(record))], on: file, &state, context,
          done: s.reminderDealtWith(entry.reminder.subject))
      } catch {
        screen.form = form
        state.message = StatusMessage(s.badDate(error.label), kind: .error)
      }
    case .cancel:
      screen.form = nil
      screen.formFor = nil
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .none: screen.form = form
    }
    return []
  }
  let entry = rows.indices.contains(screen.row) ? rows[screen.row] : nil
  switch Keymaps.agenda(s).command(for: key) {
  case .down: screen.row = min(max(0, rows.count - 1), screen.row + 1)
  case .up: screen.row = max(0, screen.row - 1)
  case .open:
    guard let entry else { return [] }
    state.filter = ""
    state.selection = entry.caseID
    state.focus = .detail
    state.detailScroll = 0
    state.mode = .browse
  case .dealtWith:
    guard let entry, let file = caseFile(entry.caseID, state), mayChange(file, &state) else {
      return []
    }
    screen.form = EntryForm(
      title: s.dealtWithTitle(s.reminderText(entry.reminder)), intro: s.dealtWithIntro,
      fields: [
        EntryForm.Field("note", s.noteLabel),
        EntryForm.Field("date", s.dateLabel, date: state.today),
      ])
    screen.formFor = entry
  case .back: state.mode = .browse
  case .help: state.overlay = .help
  case .interrupt: return interrupt(&state)
  case nil: break
  }
  return []
}
