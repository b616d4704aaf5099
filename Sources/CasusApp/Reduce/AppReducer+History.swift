import CasusCore
import TerminalUI

/// Opens the history of a case (and records the view).
func openHistory(_ id: CaseID, _ state: inout AppState, _ context: ReduceContext, back: Back)
  -> [Effect]
{
  guard state.file(id) != nil else { return [] }
  state.mode = .history(HistoryScreen(caseID: id, back: back))
  state.message = nil
  return recordView(id, what: "history", &state, context)
}

/// Opens the history of the selected case from the list.
func openSelectedHistory(_ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  guard let file = state.selectedCase else {
    state.message = StatusMessage(state.strings.noCaseSelected, kind: .error)
    return []
  }
  return openHistory(file.id, &state, context, back: .list)
}

/// Keys in the history view.
func historyKey(_ key: Key, _ screen: inout HistoryScreen, _ state: inout AppState) -> [Effect] {
  if var input = screen.filter.input {
    screen.filter = filterKey(key, &input, screen.filter, &state)
    screen.scroll = 0
    return []
  }
  let page = max(1, AppLayout(size: state.size).body.height - 4)
  switch Keymaps.history(state.strings).command(for: key) {
  case .down: screen.scroll += 1
  case .up: screen.scroll = max(0, screen.scroll - 1)
  case .pageDown: screen.scroll += page
  case .pageUp: screen.scroll = max(0, screen.scroll - page)
  case .top: screen.scroll = 0
  case .bottom: screen.scroll = Int.max / 2
  case .filter: screen.filter.input = TextInput(screen.filter.text)
  case .back: state.mode = mode(for: screen.back, state)
  case .help: state.overlay = .help
  case .interrupt: return [.quit]
  case nil: break
  }
  return []
}
