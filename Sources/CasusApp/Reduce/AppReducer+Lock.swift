import CasusCore
import Foundation
import TerminalUI

/// The idle lock's part of ``reduce(_:_:_:)``: runs before everything else.
///
/// Returns the effects when it handled the action, `nil` to let the rest of the reducer
/// handle it. While locked, keys go to the lock prompt only; results of earlier effects
/// (a draft written, a save done) are still applied, but nothing is drawn but the prompt.
func idleLockGate(_ state: inout AppState, _ action: AppAction, _ context: ReduceContext)
  -> [Effect]?
{
  switch action {
  case .configureLock(let settings):
    state.lock.settings = settings
    state.lock.lastActivity = context.now
    return []
  case .unlockFinished(let correct):
    guard state.lock.isLocked else { return [] }
    if correct {
      unlock(&state, context)
    } else {
      state.lock.failedAttempts += 1
    }
    return []
  default:
    break
  }
  if state.lock.isLocked {
    switch action {
    case .event(.key(let key)): return lockKey(key, &state, context)
    case .event(.resize(let size)):
      state.size = size
      return []
    case .tick: return []
    default: return nil
    }
  }
  switch action {
  case .event(.key):
    state.lock.lastActivity = context.now
    return nil
  case .tick:
    guard let timeout = state.lock.settings.timeout else { return nil }
    guard let last = state.lock.lastActivity else {
      state.lock.lastActivity = context.now
      return nil
    }
    guard context.now.timeIntervalSince(last) >= timeout else { return nil }
    return lockNow(&state, context)
  default:
    return nil
  }
}

/// Locks the screen; an open conversation's draft is written first.
private func lockNow(_ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  var effects: [Effect] = []
  if case .conversation(var session) = state.mode {
    effects = draftEffects(&session, state, context, force: true)
    state.mode = .conversation(session)
  }
  state.lock.isLocked = true
  state.lock.input = TextInput()
  state.lock.failedAttempts = 0
  state.lock.refusedQuit = false
  state.confirmingQuit = false
  return effects
}

private func unlock(_ state: inout AppState, _ context: ReduceContext) {
  state.lock.isLocked = false
  state.lock.input = TextInput()
  state.lock.failedAttempts = 0
  state.lock.refusedQuit = false
  state.lock.lastActivity = context.now
}

/// Keys on the lock screen: type the passphrase (or confirm), Enter, Esc clears, Ctrl-C quits.
private func lockKey(_ key: Key, _ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  switch Keymaps.lock(state.strings).command(for: key) {
  case .quit:
    // A conversation's draft is on disk already; an unsaved melding form is not.
    if state.hasUnsavedWork {
      state.lock.refusedQuit = true
      return []
    }
    return [.quit]
  case .clear:
    state.lock.input = TextInput()
    return []
  case .unlock:
    guard state.lock.settings.passphrase else {
      unlock(&state, context)
      return []
    }
    let typed = state.lock.input.text
    state.lock.input = TextInput()
    return typed.isEmpty ? [] : [.unlock(typed)]
  case nil:
    if state.lock.settings.passphrase { _ = state.lock.input.handle(key, width: 1000) }
    return []
  }
}
