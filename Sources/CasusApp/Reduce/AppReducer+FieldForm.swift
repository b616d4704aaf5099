import CasusCore
import TerminalUI

/// What a key did to a ``FieldForm``: the caller acts on save, cancel and the rest.
enum FieldFormOutcome: Equatable {
  /// The form changed (or nothing happened); keep it open.
  case handled
  case save
  /// Esc on an unchanged form, or the second Esc on a changed one.
  case cancel
  case help
  case interrupt
}

/// Applies a key to a form: text first, then the form's keys; Enter moves on and saves on
/// the last field.
func fieldFormKey(
  _ key: Key, _ form: inout FieldForm, _ state: inout AppState, width: Int
) -> FieldFormOutcome {
  let command = Keymaps.fieldForm(state.strings).command(for: key)
  if form.confirmingDiscard, command != .cancel {
    form.confirmingDiscard = false
    state.message = nil
  }
  // Space and the arrows change a choice or a tick box; in a text field they are text.
  if case .text? = form.focused?.kind, key != .up, key != .down, form.edit(key, width: width) {
    return .handled
  }
  switch command {
  case .next: form.moveFocus(by: 1)
  case .previous: form.moveFocus(by: -1)
  case .toggle: _ = form.cycle(by: 1)
  case .toggleBack: _ = form.cycle(by: -1)
  case .save: return .save
  case .help: return .help
  case .interrupt: return .interrupt
  case .cancel:
    if form.isDirty, !form.confirmingDiscard {
      form.confirmingDiscard = true
      state.message = StatusMessage(state.strings.discardForm, kind: .error)
      return .handled
    }
    return .cancel
  case nil:
    if key == .enter {
      if form.isOnLastField { return .save }
      form.moveFocus(by: 1)
    }
  }
  return .handled
}

/// Refuses a change in a read-only store or on a read-only case, saying why.
func mayChange(_ file: CaseFile?, _ state: inout AppState) -> Bool {
  if state.readOnly {
    state.message = StatusMessage(state.strings.storeError(.readOnly), kind: .error)
    return false
  }
  if let file, state.readOnlyCases.contains(file.id) {
    state.message = StatusMessage(state.strings.readOnlyCase, kind: .error)
    return false
  }
  return true
}

/// Decides commands on a case, one after the other, and asks the runner to save the result;
/// or shows why the engine refused.
func saveChange(
  _ commands: [CaseCommand], to file: CaseFile, _ state: inout AppState,
  _ context: ReduceContext, done: String
) -> [Effect] {
  guard mayChange(file, &state) else { return [] }
  var next = file
  for command in commands {
    do {
      next = try next.applying(command, at: context.now, today: context.today, actor: context.actor)
    } catch .nothingChanged {
      // A step that changes nothing (a revision with the same text) is simply left out.
      continue
    } catch {
      state.message = StatusMessage(state.strings.caseError(error), kind: .error)
      return []
    }
  }
  guard next != file else {
    state.message = StatusMessage(state.strings.nothingChanged)
    return []
  }
  state.pendingSaveMessage = done
  return [.save(next)]
}

/// Records that a case was looked at, once per case per session and never when read-only.
func recordView(_ id: CaseID, what: String, _ state: inout AppState, _ context: ReduceContext)
  -> [Effect]
{
  guard !state.readOnly, !state.readOnlyCases.contains(id), !state.viewed.contains(id)
  else { return [] }
  guard let file = state.file(id) else {
    // Not read yet: the runner reads it for the screen, and the view is recorded then.
    state.pendingViews[id] = what
    return []
  }
  guard
    let next = try? file.applying(
      .recordView(CaseViewed(what: what)), at: context.now, today: context.today,
      actor: context.actor)
  else { return [] }
  state.viewed.insert(id)
  return [.saveQuietly(next)]
}
