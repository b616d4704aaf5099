import TerminalUI

/// One key of a workflow screen as the hint bar and the help show it.
struct KeyHint {
  var label: String
  var help: String
  var inHintBar: Bool
}

/// The keys of the ladder, safety, plan or agenda screen as they are now: those of the form
/// or list over it when one is open.
func workflowKeys(_ state: AppState) -> [KeyHint] {
  let s = state.strings
  func hints<C>(_ map: Keymap<C>) -> [KeyHint] {
    map.bindings.map { KeyHint(label: $0.label, help: $0.help, inHintBar: $0.inHintBar) }
  }
  let form = hints(Keymaps.entryForm(s))
  switch state.mode {
  case .ladder(let screen):
    switch screen.overlay {
    case .needPicker(let p), .kaart(let p, _), .network(let p, _):
      return hints(Keymaps.picker(s, multiple: p.multiple))
    case .form: return form
    case .reasons:
      return [
        KeyHint(label: "Enter", help: s.keyNextReason, inHintBar: true),
        KeyHint(label: "S-Tab", help: s.keyPreviousReason, inHintBar: false),
        KeyHint(label: "Esc", help: s.keyBack, inHintBar: true),
        KeyHint(label: "Ctrl-C", help: s.keyQuit, inHintBar: false),
      ]
    case nil: return hints(Keymaps.ladder(s, focus: screen.focus))
    }
  case .safety(let screen):
    guard screen.form == nil else { return form }
    // The hint bar offers what can be done now: open a lane, or word and close the open one.
    let open = caseFile(screen.caseID, state)?.state.safetyLane?.isOpen == true
    return Keymaps.safety(s).bindings.map { binding in
      let fits =
        binding.command == .open
        ? !open : [.reason, .close].contains(binding.command) ? open : true
      return KeyHint(
        label: binding.label, help: binding.help, inHintBar: binding.inHintBar && fits)
    }
  case .plan(let screen): return screen.form == nil ? hints(Keymaps.plan(s)) : form
  case .agenda(let screen): return screen.form == nil ? hints(Keymaps.agenda(s)) : form
  default: return []
  }
}
