import TerminalUI

/// What a key does on the ladder screen.
public enum LadderScreenCommand: Equatable, Sendable {
  case up, down, switchPane, open, newNeed, network, kaart, status, remove, change, close
  case plan, back, leave, help, interrupt
}

/// What a key does in a small form (``EntryForm``).
public enum EntryFormCommand: Equatable, Sendable {
  case next, previous, cycleForward, cycleBackward, accept, save, cancel, help, interrupt
}

/// What a key does in a list to choose from (``Picker``).
public enum PickerCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, choose, toggle, cancel, help, interrupt
}

extension Keymaps {
  /// The ladder screen's keys; on the needs list the rung keys act on the highlighted need.
  public static func ladder(_ s: any StringTable, focus: LadderScreen.Focus)
    -> Keymap<LadderScreenCommand>
  {
    let rungs = focus == .rungs
    return Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", rungs ? s.keyEditRung : s.keyOpen, .open, inHintBar: true),
      KeyBinding([.char("/")], "/", s.keySearchKaart, .kaart, inHintBar: rungs),
      KeyBinding([.char("w")], "w", s.keyNetworkOnRung, .network, inHintBar: rungs),
      KeyBinding([.char("n")], "n", s.keyNewNeed, .newNeed, inHintBar: !rungs),
      KeyBinding([.tab, .backTab], "Tab", s.keyOtherPane, .switchPane, inHintBar: !rungs),
      KeyBinding([.escape], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.char("s")], "s", s.keyOfferStatus, .status, inHintBar: rungs),
      KeyBinding([.char("q")], "q", s.keyCloseScreen, .leave),
      KeyBinding([.char("o")], "o", s.keyChangeNeed, .change, inHintBar: true),
      KeyBinding([.char("x"), .delete], "x", s.keyRemoveOffer, .remove),
      KeyBinding([.char("c")], "c", s.keyCloseNeed, .close),
      KeyBinding([.char("p")], "p", s.keyPlan, .plan),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The keys of a small form; every other key edits the focused text.
  public static func entryForm(_ s: any StringTable) -> Keymap<EntryFormCommand> {
    Keymap([
      KeyBinding([.tab, .down], "Tab ↓", s.keyNextField, .next, inHintBar: true),
      KeyBinding([.backTab, .up], "S-Tab ↑", s.keyPreviousField, .previous),
      KeyBinding([.char(" "), .right], "Spatie →", s.keyChoose, .cycleForward),
      KeyBinding([.left], "←", s.keyChoose, .cycleBackward),
      KeyBinding([.enter], "Enter", s.keyNextOrSave, .accept),
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.function(1)], "F1", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The keys of a list to choose from; typing searches (not in a list to tick).
  public static func picker(_ s: any StringTable, multiple: Bool) -> Keymap<PickerCommand> {
    var bindings: [KeyBinding<PickerCommand>] = [
      KeyBinding([.down, .ctrl("n")], "↓", s.keyDown, .down),
      KeyBinding([.up, .ctrl("p")], "↑", s.keyUp, .up),
      KeyBinding([.pageDown], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp], "PgUp", s.keyPageUp, .pageUp),
    ]
    if multiple {
      bindings.append(KeyBinding([.char(" ")], "Spatie", s.keyTick, .toggle, inHintBar: true))
      bindings.append(KeyBinding([.enter], "Enter", s.keySave, .choose, inHintBar: true))
    } else {
      bindings.append(KeyBinding([.enter], "Enter", s.keyChooseItem, .choose, inHintBar: true))
    }
    bindings += [
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.function(1)], "F1", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ]
    return Keymap(bindings)
  }
}

/// What a key does on the safety screen.
public enum SafetyScreenCommand: Equatable, Sendable {
  case up, down, record, open, reason, close, ladder, back, help, interrupt
}

/// What a key does on the plan screen.
public enum PlanScreenCommand: Equatable, Sendable {
  case up, down, open, remove, status, document, ladder, back, help, interrupt
}

/// What a key does in the agenda.
public enum AgendaCommand: Equatable, Sendable {
  case up, down, open, dealtWith, back, help, interrupt
}

extension Keymaps {
  /// The safety screen's keys.
  public static func safety(_ s: any StringTable) -> Keymap<SafetyScreenCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", s.keyRecordStep, .record, inHintBar: true),
      KeyBinding([.char("r")], "r", s.keySafetyReason, .reason, inHintBar: true),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.char("o")], "o", s.keyOpenSafetyLane, .open, inHintBar: true),
      KeyBinding([.char("c")], "c", s.keyCloseSafetyLane, .close, inHintBar: true),
      KeyBinding([.char("l")], "l", s.keyLadder, .ladder, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The plan screen's keys.
  public static func plan(_ s: any StringTable) -> Keymap<PlanScreenCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", s.keyEditOrAdd, .open, inHintBar: true),
      KeyBinding([.char("s")], "s", s.keyActionStatus, .status, inHintBar: true),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.char("d")], "d", s.keyPlanDocument, .document, inHintBar: true),
      KeyBinding([.char("x"), .delete], "x", s.keyRemoveItem, .remove, inHintBar: true),
      KeyBinding([.char("l")], "l", s.keyLadder, .ladder, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The agenda's keys.
  public static func agenda(_ s: any StringTable) -> Keymap<AgendaCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", s.keyOpen, .open, inHintBar: true),
      KeyBinding([.char("x")], "x", s.keyDealtWith, .dealtWith, inHintBar: true),
      KeyBinding([.escape, .char("q"), .char("a")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}
