import CasusCore
import TerminalUI

/// What a key does in a ``FieldForm`` (Enter moves on, and saves on the last field).
public enum FieldFormCommand: Equatable, Sendable {
  case next, previous, toggle, toggleBack, save, cancel, help, interrupt
}

/// What a key does in the handover queues.
public enum QueueCommand: Equatable, Sendable {
  case up, down, switchTab, open, accept, decline, start, handBack, close, resubmit, history
  case filter, stateFilter, command, back, quit, help, interrupt
}

/// What a key does in the triage queue.
public enum TriageCommand: Equatable, Sendable {
  case up, down, open, accept, filter, signalFilter, registeredOnly, sort, queue, history
  case command, back, quit, help, interrupt
}

/// What a key does in a handover's workspace.
public enum WorkspaceCommand: Equatable, Sendable {
  case up, down, open, toggle, remove, accept, decline, start, handBack, close
  case addInvolvement, addPlan, doorbraak, relapseChecked, history, back, help, interrupt
}

/// What a key does in the history of a case.
public enum HistoryCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, top, bottom, filter, back, help, interrupt
}

/// What a key does in the preview of a handover.
public enum PreviewCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, send, saveConcept, back, help, interrupt
}

extension Keymaps {
  /// The keys of every small form; other keys edit the focused text field.
  public static func fieldForm(_ s: any StringTable) -> Keymap<FieldFormCommand> {
    Keymap([
      KeyBinding([.tab, .down], "Tab ↓", s.keyNextField, .next, inHintBar: true),
      KeyBinding([.backTab, .up], "S-Tab ↑", s.keyPreviousField, .previous),
      KeyBinding([.char(" "), .right], "Spatie", s.keyToggle, .toggle, inHintBar: true),
      KeyBinding([.left], "←", s.keyChoose, .toggleBack),
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.function(1)], "F1", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The keys of the one-line reason prompt.
  public static func reasonPrompt(_ s: any StringTable) -> Keymap<LineCommand> {
    Keymap([
      KeyBinding([.enter], "Enter", s.keyRecord, .accept, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The queues' keys.
  ///
  /// `q` stops the app where the queue is the role's start view. The hint bar shows the
  /// receiver's keys on the incoming tab and the sender's on the other.
  public static func queue(
    _ s: any StringTable, home: Bool, tab: HandoverQueue.Tab = .incoming
  ) -> Keymap<QueueCommand> {
    let incoming = tab == .incoming
    return Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.tab, .backTab], "Tab", s.keyOtherQueue, .switchTab, inHintBar: true),
      KeyBinding([.enter], "Enter", s.keyOpenHandover, .open, inHintBar: true),
      KeyBinding([.char("a")], "a", s.keyAcceptHandover, .accept, inHintBar: incoming),
      KeyBinding(
        [.char("x"), .char("d")], "x d", s.keyDeclineHandover, .decline, inHintBar: incoming),
      KeyBinding([.char("r")], "r", s.keyResubmit, .resubmit, inHintBar: !incoming),
      KeyBinding([.char("c")], "c", s.keyCloseHandover, .close, inHintBar: !incoming),
      KeyBinding(
        [.char("q")], "q", home ? s.keyQuit : s.keyBack, home ? .quit : .back, inHintBar: true),
      KeyBinding([.char("s")], "s", s.keyStartHandover, .start),
      KeyBinding([.char("b")], "b", s.keyHandBack, .handBack),
      KeyBinding([.char("h")], "h", s.keyHistory, .history),
      KeyBinding([.char("/")], "/", s.keyFilter, .filter),
      KeyBinding([.char("f")], "f", s.keyStateFilter, .stateFilter),
      KeyBinding([.char(":")], ":", s.keyCommand, .command),
      KeyBinding([.escape], "Esc", s.keyToList, .back),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The triage queue's keys.
  public static func triage(_ s: any StringTable, home: Bool) -> Keymap<TriageCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", s.keyOpen, .open, inHintBar: true),
      KeyBinding([.char("a")], "a", s.keyAcceptRegistration, .accept, inHintBar: true),
      KeyBinding([.char("/")], "/", s.keyFilter, .filter, inHintBar: true),
      KeyBinding(
        [.char("q")], "q", home ? s.keyQuit : s.keyBack, home ? .quit : .back,
        inHintBar: true),
      KeyBinding([.char("f")], "f", s.keySignalFilter, .signalFilter, inHintBar: true),
      KeyBinding([.char("r")], "r", s.keyOnlyRegistered, .registeredOnly, inHintBar: true),
      KeyBinding([.char("o")], "o", s.keySort, .sort, inHintBar: true),
      KeyBinding([.char("w")], "w", s.keyQueue, .queue),
      KeyBinding([.char("h")], "h", s.keyHistory, .history),
      KeyBinding([.char(":")], ":", s.keyCommand, .command),
      KeyBinding([.escape], "Esc", s.keyToList, .back),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The workspace's keys; the hint bar shows those of the lane and the state.
  public static func workspace(
    _ s: any StringTable, lane: MunicipalityProfile.Lane.Kind = .procescoordinatie,
    state: HandoverState = .inProgress
  ) -> Keymap<WorkspaceCommand> {
    let waiting = state == .submitted
    let working = [.accepted, .inProgress].contains(state)
    let pc = lane == .procescoordinatie && working
    let meer = lane == .meerTeam && working
    return Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.char("a")], "a", s.keyAcceptHandover, .accept, inHintBar: waiting),
      KeyBinding(
        [.char("x"), .char("d")], "x d", s.keyDeclineHandover, .decline, inHintBar: waiting),
      KeyBinding([.enter], "Enter", s.keyEdit, .open, inHintBar: working && lane != .consult),
      KeyBinding([.char(" ")], "Spatie", s.keyWorkspaceToggle, .toggle, inHintBar: pc),
      KeyBinding([.char("i")], "i", s.keyAddInvolvement, .addInvolvement, inHintBar: pc),
      KeyBinding([.char("p")], "p", s.keyAddPlanItem, .addPlan, inHintBar: pc),
      KeyBinding([.char("o")], "o", s.keyDoorbraak, .doorbraak, inHintBar: meer),
      KeyBinding([.char("b")], "b", s.keyHandBack, .handBack, inHintBar: working),
      KeyBinding([.char("c")], "c", s.keyCloseHandover, .close, inHintBar: lane == .consult),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("s")], "s", s.keyStartHandover, .start),
      KeyBinding([.char("v")], "v", s.keyRelapseChecked, .relapseChecked),
      KeyBinding([.delete, .char("-")], "Del", s.keyRemoveItem, .remove),
      KeyBinding([.char("h")], "h", s.keyHistory, .history),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The history view's keys.
  public static func history(_ s: any StringTable) -> Keymap<HistoryCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.pageDown, .char(" "), .ctrl("f")], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp, .ctrl("b")], "PgUp", s.keyPageUp, .pageUp),
      KeyBinding([.char("g"), .home], "g Home", s.keyTop, .top),
      KeyBinding([.char("G"), .end], "G End", s.keyBottom, .bottom),
      KeyBinding([.char("/")], "/", s.keyFilter, .filter, inHintBar: true),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The keys of a handover's preview.
  public static func preview(_ s: any StringTable) -> Keymap<PreviewCommand> {
    Keymap([
      KeyBinding([.enter], "Enter", s.keySendHandover, .send, inHintBar: true),
      KeyBinding([.char("c")], "c", s.keySaveConcept, .saveConcept, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyBackToForm, .back, inHintBar: true),
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.pageDown, .char(" ")], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp], "PgUp", s.keyPageUp, .pageUp),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The browse keys as a role sees them: the same keys, with the role's own work first in
  /// the hint bar (a procescoördinator's triage, the Meer-team's queue).
  public static func browse(for role: UserRole, _ s: any StringTable) -> Keymap<BrowseCommand> {
    let all = Keymaps(strings: s).browse.bindings
    let front: [BrowseCommand]
    switch role {
    case .consulent, .trainer: return Keymap(all)
    case .procescoordinator: front = [.triage, .queue, .history]
    case .meerteam: front = [.queue, .history]
    }
    // `q stop` right after the role's own keys, so it stays in the hint bar at 80 columns.
    let rest: [BrowseCommand] = [.quit, .filter, .command, .help]
    var bindings = front.compactMap { c in all.first { $0.command == c } }.map { b in
      var copy = b
      copy.inHintBar = true
      return copy
    }
    bindings += rest.compactMap { c in all.first { $0.command == c } }
    bindings += all.filter { b in !front.contains(b.command) && !rest.contains(b.command) }.map {
      var copy = $0
      copy.inHintBar = false
      return copy
    }
    return Keymap(bindings)
  }
}
