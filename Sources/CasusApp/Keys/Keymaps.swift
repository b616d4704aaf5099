import TerminalUI

/// What a key does in the browse view (case list and detail).
public enum BrowseCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, top, bottom, open, back
  case new, edit, filter, command, help, problems, quit, redraw, interrupt, conversation
  case deadlines, verslag, measure, compare, ladder, plan, agenda, safety
  /// Handovers: register one for the selected case, the queues, the triage, the history.
  case handover, queue, triage, history
}

/// What a key does in the melding form.
public enum FormCommand: Equatable, Sendable {
  case next, previous, save, cancel, addMember, removeMember, cycleForward, cycleBackward, help
  case interrupt
}

/// What a key does on the filter and command lines.
public enum LineCommand: Equatable, Sendable { case accept, cancel, interrupt }

/// The keymaps of every view, in the user's language.
public struct Keymaps {
  public let browse: Keymap<BrowseCommand>
  public let form: Keymap<FormCommand>
  public let filter: Keymap<LineCommand>
  public let command: Keymap<LineCommand>

  public init(strings s: any StringTable) {
    browse = Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter, .tab], "Enter", s.keyOpen, .open),
      KeyBinding([.escape, .backTab], "Esc", s.keyBack, .back),
      // The hint bar shows these in order and stops at the first that does not fit: at 80
      // columns the daily work (new, conversation, matrix, ladder, plan, search) and quit.
      KeyBinding([.char("n")], "n", s.keyNew, .new, inHintBar: true),
      KeyBinding([.char("g")], "g", s.keyConversation, .conversation, inHintBar: true),
      KeyBinding([.char("m")], "m", s.keyMeasure, .measure, inHintBar: true),
      KeyBinding([.char("l")], "l", s.keyLadder, .ladder, inHintBar: true),
      KeyBinding([.char("p")], "p", s.keyPlan, .plan, inHintBar: true),
      KeyBinding([.char("/")], "/", s.keyFilter, .filter, inHintBar: true),
      KeyBinding([.char("q")], "q", s.keyQuit, .quit, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.char("e")], "e", s.keyEdit, .edit, inHintBar: true),
      KeyBinding([.char("t")], "t", s.keyDeadlines, .deadlines, inHintBar: true),
      KeyBinding([.char("a")], "a", s.keyAgenda, .agenda, inHintBar: true),
      KeyBinding([.char("v")], "v", s.keyVerslag, .verslag, inHintBar: true),
      KeyBinding([.char("c")], "c", s.keyCompare, .compare),
      KeyBinding([.char("s")], "s", s.keySafetyLane, .safety),
      KeyBinding([.char(":")], ":", s.keyCommand, .command, inHintBar: true),
      KeyBinding([.char("o")], "o", s.keyHandover, .handover, inHintBar: true),
      KeyBinding([.char("w")], "w", s.keyQueue, .queue),
      KeyBinding([.char("r")], "r", s.keyTriage, .triage),
      KeyBinding([.char("h")], "h", s.keyHistory, .history),
      KeyBinding([.pageDown, .ctrl("f")], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp, .ctrl("b")], "PgUp", s.keyPageUp, .pageUp),
      KeyBinding([.home], "Home", s.keyTop, .top),
      KeyBinding([.char("G"), .end], "G End", s.keyBottom, .bottom),
      KeyBinding([.char("!")], "!", s.keyProblems, .problems),
      KeyBinding([.ctrl("l")], "Ctrl-L", s.keyRedraw, .redraw),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
    form = Keymap([
      KeyBinding([.tab, .down], "Tab ↓", s.keyNextField, .next, inHintBar: true),
      KeyBinding([.backTab, .up], "S-Tab ↑", s.keyPreviousField, .previous),
      KeyBinding([.char(" "), .right], "Spatie →", s.keyChoose, .cycleForward),
      KeyBinding([.left], "←", s.keyChoose, .cycleBackward),
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save, inHintBar: true),
      KeyBinding([.ctrl("n")], "Ctrl-N", s.keyAddMember, .addMember, inHintBar: true),
      KeyBinding([.ctrl("d")], "Ctrl-D", s.keyRemoveMember, .removeMember),
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.function(1)], "F1", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
    filter = Keymap([
      KeyBinding([.enter], "Enter", s.keyAccept, .accept, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyClear, .cancel, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
    command = Keymap([
      KeyBinding([.enter], "Enter", s.keyRun, .accept, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}

/// What a key does on the conversation screen.
public enum ConversationCommand: Equatable, Sendable {
  case nextItem, previousItem, focusNext, toggleSkipped, toggleDone, toggleSafety
  case toggleConsentRecord, toggleConsentInvolve, externalEditor, save, leave, help, interrupt
  /// Open the scoring screen on the same case, at the page's domain.
  case scoreMatrix
  // In the steps list and the network list.
  case up, down, open, add, edit, remove
}

extension Keymaps {
  /// The conversation screen's keys while typing in the editor.
  public static func conversationEditor(_ s: any StringTable) -> Keymap<ConversationCommand> {
    Keymap([
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyPause, .leave, inHintBar: true),
      KeyBinding([.ctrl("n"), .pageDown], "Ctrl-N", s.keyNextStep, .nextItem, inHintBar: true),
      KeyBinding([.ctrl("p"), .pageUp], "Ctrl-P", s.keyPreviousStep, .previousItem),
      KeyBinding([.tab, .backTab], "Tab", s.keyStepsList, .focusNext, inHintBar: true),
      KeyBinding([.ctrl("d")], "Ctrl-D", s.keyMarkDone, .toggleDone, inHintBar: true),
      KeyBinding([.ctrl("k")], "Ctrl-K", s.keySkip, .toggleSkipped, inHintBar: true),
      KeyBinding([.ctrl("t")], "Ctrl-T", s.keySafety, .toggleSafety, inHintBar: true),
      KeyBinding([.ctrl("r")], "Ctrl-R", s.keyConsentRecord, .toggleConsentRecord),
      KeyBinding([.ctrl("o")], "Ctrl-O", s.keyConsentInvolve, .toggleConsentInvolve),
      KeyBinding([.ctrl("e")], "Ctrl-E", s.keyExternalEditor, .externalEditor),
      KeyBinding([.ctrl("g")], "Ctrl-G", s.keyScoreFromConversation, .scoreMatrix),
      KeyBinding([.function(1)], "F1", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The conversation screen's keys in the steps list.
  public static func conversationSteps(_ s: any StringTable) -> Keymap<ConversationCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", s.keyOpen, .open, inHintBar: true),
      KeyBinding([.tab, .backTab], "Tab", s.keyEditor, .focusNext, inHintBar: true),
      KeyBinding([.char("s"), .ctrl("k")], "s", s.keySkip, .toggleSkipped, inHintBar: true),
      KeyBinding([.char("x"), .ctrl("d")], "x", s.keyMarkDone, .toggleDone, inHintBar: true),
      KeyBinding([.ctrl("t")], "Ctrl-T", s.keySafety, .toggleSafety),
      KeyBinding([.char("m"), .ctrl("g")], "m", s.keyScoreFromConversation, .scoreMatrix),
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save),
      KeyBinding([.escape, .char("q")], "Esc", s.keyPause, .leave, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The conversation screen's keys in the network list.
  public static func conversationNetwork(_ s: any StringTable) -> Keymap<ConversationCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.char("a"), .char("n")], "a", s.keyAddPerson, .add, inHintBar: true),
      KeyBinding([.enter, .char("e")], "Enter", s.keyEdit, .edit, inHintBar: true),
      KeyBinding([.char("d"), .delete], "d", s.keyRemovePerson, .remove, inHintBar: true),
      KeyBinding([.tab, .backTab], "Tab", s.keyStepsList, .focusNext, inHintBar: true),
      KeyBinding([.ctrl("t")], "Ctrl-T", s.keySafety, .toggleSafety),
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save),
      KeyBinding([.escape], "Esc", s.keyEditor, .leave, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}

/// What a key does in the Termijnen view.
public enum DeadlineCommand: Equatable, Sendable { case up, down, open, back, help, interrupt }

extension Keymaps {
  /// The Termijnen view's keys.
  public static func deadlines(_ s: any StringTable) -> Keymap<DeadlineCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.enter], "Enter", s.keyOpen, .open, inHintBar: true),
      KeyBinding([.escape, .char("q"), .char("t")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}

/// What a key does on the idle lock screen.
public enum LockCommand: Equatable, Sendable { case unlock, clear, quit }

/// What a key does in the conflict question.
public enum ConflictCommand: Equatable, Sendable { case theirs, mine, both }

extension Keymaps {
  /// The lock screen's keys; every other key types into the passphrase.
  public static func lock(_ s: any StringTable) -> Keymap<LockCommand> {
    Keymap([
      KeyBinding([.enter], "Enter", s.keyUnlock, .unlock, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyClearInput, .clear, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuitApp, .quit, inHintBar: true),
    ])
  }

  /// The conflict question's keys (the Dutch and the English letters both work).
  public static func conflict(_ s: any StringTable) -> Keymap<ConflictCommand> {
    Keymap([
      KeyBinding([.char("h"), .char("t")], s.keyConflictTheirs, s.conflictTheirsLabel, .theirs),
      KeyBinding([.char("m"), .ctrl("s")], s.keyConflictMine, s.conflictMineLabel, .mine),
      KeyBinding([.char("b"), .escape], s.keyConflictBoth, s.conflictBothLabel, .both),
    ])
  }
}

/// What a key does in a document about a case (the verslag).
public enum DocumentCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, top, bottom, writeFiles, response, verslagSent, back, help
  case interrupt
}

extension Keymaps {
  /// The keys of the verslag view; the plan has no response and is not "sent".
  public static func document(_ s: any StringTable, kind: DocumentViewer.Kind = .verslag)
    -> Keymap<DocumentCommand>
  {
    let all = document(s)
    guard kind == .plan else { return all }
    return Keymap(all.bindings.filter { $0.command != .response && $0.command != .verslagSent })
  }

  /// The keys of the verslag view.
  public static func document(_ s: any StringTable) -> Keymap<DocumentCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.pageDown, .char(" "), .ctrl("f")], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp, .ctrl("b")], "PgUp", s.keyPageUp, .pageUp),
      KeyBinding([.char("g"), .home], "g Home", s.keyTop, .top),
      KeyBinding([.char("G"), .end], "G End", s.keyBottom, .bottom),
      KeyBinding([.char("w")], "w", s.keyExportFile, .writeFiles, inHintBar: true),
      KeyBinding([.char("r")], "r", s.keyResponse, .response, inHintBar: true),
      KeyBinding([.char("v")], "v", s.keyVerslagSent, .verslagSent, inHintBar: true),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}

/// What a key does in the form for the client's response to the verslag.
public enum ResponseCommand: Equatable, Sendable { case save, switchField, cancel, interrupt }

extension Keymaps {
  /// The response form's keys; every other key edits the focused field.
  public static func response(_ s: any StringTable) -> Keymap<ResponseCommand> {
    Keymap([
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save, inHintBar: true),
      KeyBinding([.tab, .backTab], "Tab", s.keyNextField, .switchField, inHintBar: true),
      KeyBinding([.escape], "Esc", s.keyCancel, .cancel, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}
