import CasusCore
import CasusStore
import TerminalUI

/// Keys in the screens of the handover work; `nil` when another screen has the keyboard.
func handoverModeKey(_ key: Key, _ state: inout AppState, _ context: ReduceContext) -> [Effect]? {
  switch state.mode {
  case .user(var setup):
    let effects = userKey(key, &setup, &state)
    if case .user = state.mode { state.mode = .user(setup) }
    return effects
  case .handovers(var queue):
    let effects = queueKey(key, &queue, &state, context)
    if case .handovers = state.mode { state.mode = .handovers(queue) }
    return effects
  case .handoverForm(var form):
    let effects = handoverFormKey(key, &form, &state, context)
    if case .handoverForm = state.mode { state.mode = .handoverForm(form) }
    return effects
  case .triage(var screen):
    let effects = triageKey(key, &screen, &state, context)
    if case .triage = state.mode { state.mode = .triage(state.cachingTriage(screen)) }
    return effects
  case .workspace(var w):
    let effects = workspaceKey(key, &w, &state, context)
    if case .workspace(let now) = state.mode, now.caseID == w.caseID, now.handover == w.handover,
      now.back == w.back
    {
      state.mode = .workspace(w)
    }
    return effects
  case .history(var screen):
    let effects = historyKey(key, &screen, &state)
    if case .history = state.mode { state.mode = .history(screen) }
    return effects
  default:
    return nil
  }
}

/// The browse keys of the handover work.
func browseHandover(_ command: BrowseCommand, _ state: inout AppState, _ context: ReduceContext)
  -> [Effect]
{
  switch command {
  case .handover: return openNewHandover(&state)
  case .queue: return openQueue(&state)
  case .triage:
    state.mode = .triage(state.cachingTriage(TriageScreen()))
    state.message = nil
    return []
  case .history: return openSelectedHistory(&state, context)
  default: return []
  }
}

/// The `:` commands of the handover work; `nil` when the verb is not one of them.
func handoverCommand(
  _ verb: String, _ argument: String, _ state: inout AppState, _ context: ReduceContext
) -> [Effect]? {
  switch verb {
  case "overdracht", "handover", "aanmelden", "o":
    return openNewHandover(&state)
  case "overdrachten", "handovers", "werkbak", "queue", "w":
    return openQueue(&state)
  case "triage", "signalen", "signals", "r":
    state.mode = .triage(state.cachingTriage(TriageScreen()))
    return []
  case "geschiedenis", "historie", "history":
    return openSelectedHistory(&state, context)
  case "rol", "role":
    return roleCommand(argument, &state)
  case "naam", "name":
    return nameCommand(argument, &state)
  default:
    return nil
  }
}

/// After a save while a handover screen is open: close the form or prompt that asked for it.
///
/// True when the screen was one of these (the caller then shows the pending message).
func handoverSaved(_ file: CaseFile, _ state: inout AppState) -> Bool {
  switch state.mode {
  case .handovers(var queue):
    queue.prompt = nil
    queue.row = min(queue.row, max(0, state.queueRows(queue).count - 1))
    state.mode = .handovers(queue)
  case .handoverForm(let form):
    state.mode = mode(for: form.back, state)
  case .triage(let old):
    var screen = state.cachingTriage(old)
    screen.row = min(screen.row, max(0, state.triageEntries(screen).count - 1))
    state.mode = .triage(screen)
  case .workspace(var w):
    w.form = nil
    w.purpose = nil
    w.prompt = nil
    if let (f, h) = state.handover(w.caseID, w.handover) {
      w.cursor = min(w.cursor, max(0, AppState.workspaceItems(f, h).count - 1))
    }
    state.mode = .workspace(w)
  case .history, .user:
    break
  default:
    return false
  }
  state.message = StatusMessage(state.pendingSaveMessage ?? state.strings.changesSaved)
  state.pendingSaveMessage = nil
  return true
}

/// The answers to the effects of the handover work.
func handoverAction(_ action: AppAction, _ state: inout AppState) -> [Effect] {
  switch action {
  case .savedQuietly(let file):
    state.upsert(file)
    if case .triage(let screen) = state.mode { state.mode = .triage(state.cachingTriage(screen)) }
  case .userSaved(let user):
    userChanged(user, &state)
  case .userSaveFailed(let user, let error):
    userChanged(user, &state)
    state.message = StatusMessage(
      state.strings.userNotSaved(state.strings.storeError(error)), kind: .error)
  default:
    break
  }
  return []
}
