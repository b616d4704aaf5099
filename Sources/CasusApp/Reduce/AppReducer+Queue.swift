import CasusCore
import TerminalUI

/// Opens the queues: the incoming one for a receiving role, else what the user sent.
func openQueue(_ state: inout AppState, tab: HandoverQueue.Tab? = nil) -> [Effect] {
  let receives = [.procescoordinator, .meerteam].contains(state.role)
  state.mode = .handovers(HandoverQueue(tab: tab ?? (receives ? .incoming : .sent)))
  state.message = nil
  return []
}

/// Keys in the handover queues.
func queueKey(
  _ key: Key, _ queue: inout HandoverQueue, _ state: inout AppState, _ context: ReduceContext
)
  -> [Effect]
{
  if var prompt = queue.prompt {
    let (done, effects) = promptKey(key, &prompt, &state, context)
    queue.prompt = done ? nil : prompt
    return effects
  }
  if var input = queue.filter.input {
    queue.filter = filterKey(key, &input, queue.filter, &state)
    queue.row = 0
    return []
  }
  let rows = state.queueRows(queue)
  let row = (rows.indices.contains(queue.row) ? rows[queue.row] : nil).flatMap(state.loadedRow)
  switch Keymaps.queue(state.strings, home: queue.isHome).command(for: key) {
  case .down: queue.row = min(max(0, rows.count - 1), queue.row + 1)
  case .up: queue.row = max(0, queue.row - 1)
  case .switchTab:
    queue.tab = queue.tab == .incoming ? .sent : .incoming
    queue.row = 0
  case .open:
    guard let row else { return [] }
    if row.handover.state == .concept, state.isMine(row.handover) {
      return openHandoverForm(row.file, revising: row.handover, &state, back: .queue(queue))
    }
    return openWorkspace(row.file.id, row.handover.id, &state, context, back: .queue(queue))
  case .accept:
    guard let row, receives(row.handover, &state) else { return [] }
    return saveChange(
      [.handover(.accept(id: row.handover.id, date: context.today))], to: row.file, &state,
      context, done: state.strings.handoverAccepted(row.file.state.household.name))
  case .decline, .close:
    guard let row else { return [] }
    let declining = Keymaps.queue(state.strings, home: queue.isHome).command(for: key) == .decline
    if declining, !receives(row.handover, &state) { return [] }
    guard mayChange(row.file, &state) else { return [] }
    queue.prompt = ReasonPrompt(
      declining ? .decline : .close, caseID: row.file.id, handover: row.handover.id)
    state.message = nil
  case .start:
    guard let row, receives(row.handover, &state) else { return [] }
    return saveChange(
      [.handover(.start(id: row.handover.id, date: context.today))], to: row.file, &state,
      context, done: state.strings.handoverStarted)
  case .handBack:
    guard let row, receives(row.handover, &state) else { return [] }
    var effects = openWorkspace(row.file.id, row.handover.id, &state, context, back: .queue(queue))
    if case .workspace(var w) = state.mode {
      effects += openHandBack(&w, &state)
      state.mode = .workspace(w)
    }
    return effects
  case .resubmit:
    guard let row else { return [] }
    guard [.concept, .declined].contains(row.handover.state), state.isMine(row.handover) else {
      state.message = StatusMessage(state.strings.resubmitOnlyDeclined, kind: .error)
      return []
    }
    return openHandoverForm(row.file, revising: row.handover, &state, back: .queue(queue))
  case .history:
    guard let row else { return [] }
    return openHistory(row.file.id, &state, context, back: .queue(queue))
  case .filter:
    queue.filter.input = TextInput(queue.filter.text)
  case .stateFilter:
    let order: [HandoverState?] = [nil] + HandoverState.allCases.map { $0 }
    let index = order.firstIndex(of: queue.state) ?? 0
    queue.state = order[(index + 1) % order.count]
    queue.row = 0
  case .command:
    state.mode = .command(TextInput())
  case .back:
    state.mode = .browse
  case .quit:
    return [.quit]
  case .help:
    state.overlay = .help
  case .interrupt:
    return interruptWithWork(&state)
  case nil:
    break
  }
  return []
}

/// Whether the user's role receives this handover's lane; says which role does when not.
func receives(_ handover: Handover, _ state: inout AppState) -> Bool {
  let needed = AppState.receivingRole(handover.lane)
  guard state.role == needed else {
    state.message = StatusMessage(state.strings.notYourLane(needed), kind: .error)
    return false
  }
  return true
}

/// Keys while a `/` filter is typed; returns the filter as it then stands.
func filterKey(_ key: Key, _ input: inout TextInput, _ filter: LineFilter, _ state: inout AppState)
  -> LineFilter
{
  var next = filter
  switch Keymaps(strings: state.strings).filter.command(for: key) {
  case .accept:
    next.input = nil
  case .cancel:
    next.input = nil
    next.text = ""
  case .interrupt:
    next.input = nil
  case nil:
    _ = input.handle(key, width: 1000)
    next.text = input.text
    next.input = input
  }
  return next
}

/// Keys in the one-line reason prompt; true when the prompt is done (sent or cancelled).
func promptKey(
  _ key: Key, _ prompt: inout ReasonPrompt, _ state: inout AppState, _ context: ReduceContext
) -> (Bool, [Effect]) {
  switch Keymaps.reasonPrompt(state.strings).command(for: key) {
  case .cancel:
    state.message = StatusMessage(state.strings.cancelled)
    return (true, [])
  case .interrupt:
    return (false, interruptWithWork(&state))
  case .accept:
    let reason = prompt.input.text.trimmingCharacters(in: .whitespaces)
    guard let found = state.handover(prompt.caseID, prompt.handover) else { return (true, []) }
    let command: HandoverCommand
    let done: String
    switch prompt.purpose {
    case .decline:
      command = .decline(id: found.handover.id, reason: reason, date: context.today)
      done = state.strings.handoverDeclined(found.handover.from)
    case .close:
      command = .close(id: found.handover.id, reason: reason, date: context.today)
      done = state.strings.handoverClosed
    }
    // The prompt stays open until the save succeeds, so the reason is never lost.
    return (false, saveChange([.handover(command)], to: found.file, &state, context, done: done))
  case nil:
    _ = prompt.input.handle(key, width: 1000)
    return (false, [])
  }
}
