import CasusCore
import TerminalUI

/// Keys in the triage queue.
func triageKey(
  _ key: Key, _ screen: inout TriageScreen, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  if var input = screen.filter.input {
    screen.filter = filterKey(key, &input, screen.filter, &state)
    screen.row = 0
    return []
  }
  let entries = state.triageEntries(screen)
  let entry = entries.indices.contains(screen.row) ? entries[screen.row] : nil
  let file = entry.flatMap { state.file($0.caseID) }
  switch Keymaps.triage(state.strings, home: screen.isHome).command(for: key) {
  case .down: screen.row = min(max(0, entries.count - 1), screen.row + 1)
  case .up: screen.row = max(0, screen.row - 1)
  case .open:
    guard let file else { return [] }
    // An accepted procescoördinatie opens its workspace; any other case its detail.
    if let h = file.state.handovers.last(where: {
      $0.lane == .procescoordinatie && [.accepted, .inProgress].contains($0.state)
    }) {
      return openWorkspace(file.id, h.id, &state, context, back: .triage(screen))
    }
    if let h = file.state.pendingRegistration {
      return openWorkspace(file.id, h.id, &state, context, back: .triage(screen))
    }
    state.filter = ""
    state.selection = file.id
    state.focus = .detail
    state.mode = .browse
    return recordView(file.id, what: "detail", &state, context)
  case .accept:
    guard let file else { return [] }
    guard let h = file.state.pendingRegistration else {
      state.message = StatusMessage(state.strings.noRegistration, kind: .error)
      return []
    }
    guard receives(h, &state) else { return [] }
    return saveChange(
      [.handover(.accept(id: h.id, date: context.today))], to: file, &state, context,
      done: state.strings.handoverAccepted(file.state.household.name))
  case .filter:
    screen.filter.input = TextInput(screen.filter.text)
  case .signalFilter:
    let order: [StuckSignal.Kind?] = [nil] + StuckSignal.Kind.allCases.map { $0 }
    let index = order.firstIndex(of: screen.signal) ?? 0
    screen.signal = order[(index + 1) % order.count]
    screen.row = 0
  case .registeredOnly:
    screen.onlyRegistered.toggle()
    screen.row = 0
  case .sort:
    let all = TriageScreen.Sort.allCases
    screen.sort = all[((all.firstIndex(of: screen.sort) ?? 0) + 1) % all.count]
    screen.row = 0
  case .queue:
    return openQueue(&state)
  case .history:
    guard let file else { return [] }
    return openHistory(file.id, &state, context, back: .triage(screen))
  case .command:
    state.mode = .command(TextInput())
  case .back:
    state.mode = .browse
  case .quit:
    return [.quit]
  case .help:
    state.overlay = .help
  case .interrupt:
    return [.quit]
  case nil:
    break
  }
  return []
}
