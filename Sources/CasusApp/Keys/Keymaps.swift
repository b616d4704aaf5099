import TerminalUI

/// What a key does in the browse view (case list and detail).
public enum BrowseCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, top, bottom, open, back
  case new, edit, filter, command, help, problems, quit, redraw, interrupt
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
      KeyBinding([.enter, .tab], "Enter", s.keyOpen, .open, inHintBar: true),
      KeyBinding([.escape, .backTab], "Esc", s.keyBack, .back),
      KeyBinding([.char("n")], "n", s.keyNew, .new, inHintBar: true),
      KeyBinding([.char("e")], "e", s.keyEdit, .edit, inHintBar: true),
      KeyBinding([.char("/")], "/", s.keyFilter, .filter, inHintBar: true),
      KeyBinding([.char(":")], ":", s.keyCommand, .command, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.char("q")], "q", s.keyQuit, .quit, inHintBar: true),
      KeyBinding([.pageDown, .ctrl("f")], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp, .ctrl("b")], "PgUp", s.keyPageUp, .pageUp),
      KeyBinding([.char("g"), .home], "g Home", s.keyTop, .top),
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
