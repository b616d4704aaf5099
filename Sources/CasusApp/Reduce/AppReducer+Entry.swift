import CasusCore
import TerminalUI

/// What a key did to a small form.
enum EntryOutcome: Equatable {
  /// The form changed (or nothing happened); it stays open.
  case none
  /// Ctrl-S, or Enter on the last field: the owner records the form.
  case save
  /// Esc (a second one when something was typed): the owner closes the form.
  case cancel
  /// Ctrl-C: the owner quits (asking once when work would be lost).
  case interrupt
  /// F1: the owner shows help.
  case help
}

/// Keys in a small form: typing goes to the focused text or date, Space and ← → change a
/// choice, Tab and ↑ ↓ move, Enter moves on and saves on the last field.
func entryFormKey(_ key: Key, _ form: inout EntryForm, _ state: inout AppState) -> EntryOutcome {
  let s = state.strings
  let command = Keymaps.entryForm(s).command(for: key)
  if form.confirmingDiscard, command != .cancel {
    form.confirmingDiscard = false
    state.message = nil
  }
  if let field = form.focused, field.options.isEmpty, command != .save, command != .cancel,
    command != .interrupt, command != .help
  {
    var input = field.input
    // ↑ ↓ and Tab move between fields; the rest edits the text.
    if key != .up, key != .down, key != .tab, key != .backTab, key != .enter,
      input.handle(key, width: 1000)
    {
      form.fields[form.focus].input = input
      return .none
    }
  }
  switch command {
  case .next: form.move(by: 1)
  case .previous: form.move(by: -1)
  case .cycleForward: _ = form.cycle(by: 1)
  case .cycleBackward: _ = form.cycle(by: -1)
  case .accept:
    if form.focus == form.fields.count - 1 { return .save }
    form.move(by: 1)
  case .save: return .save
  case .cancel:
    if form.isDirty, !form.confirmingDiscard {
      form.confirmingDiscard = true
      state.message = StatusMessage(s.discardForm, kind: .error)
      return .none
    }
    state.message = nil
    return .cancel
  case .help: return .help
  case .interrupt: return .interrupt
  case nil: break
  }
  return .none
}

/// What a key did to a list to choose from.
enum PickerOutcome: Equatable {
  case none
  /// The search text changed: the owner recomputes the rows.
  case queryChanged
  case choose
  case cancel
  case interrupt
  case help
}

/// Keys in a list to choose from.
func pickerKey(_ key: Key, _ picker: inout Picker, page: Int) -> PickerOutcome {
  switch Keymaps.picker(Language.nl.strings, multiple: picker.multiple).command(for: key) {
  case .up: picker.move(by: -1)
  case .down: picker.move(by: 1)
  case .pageUp: picker.move(by: -max(1, page))
  case .pageDown: picker.move(by: max(1, page))
  case .toggle: picker.toggle()
  case .choose: return .choose
  case .cancel: return .cancel
  case .help: return .help
  case .interrupt: return .interrupt
  case nil:
    guard !picker.multiple else { return .none }
    let before = picker.query.text
    _ = picker.query.handle(key, width: 1000)
    if picker.query.text != before {
      picker.cursor = 0
      return .queryChanged
    }
  }
  return .none
}
