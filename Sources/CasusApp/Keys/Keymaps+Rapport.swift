import TerminalUI

/// What a key does in the report screen.
public enum RapportKeyCommand: Equatable, Sendable {
  case up, down, pageUp, pageDown, top, bottom, grouping, back, help, interrupt
}

extension Keymaps {
  /// The report screen's keys: scrolling, months or quarters in the charts, back.
  public static func rapport(_ s: any StringTable) -> Keymap<RapportKeyCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.pageDown, .char(" "), .ctrl("f")], "PgDn", s.keyPageDown, .pageDown),
      KeyBinding([.pageUp, .ctrl("b")], "PgUp", s.keyPageUp, .pageUp),
      KeyBinding([.char("g"), .home], "g Home", s.keyTop, .top),
      KeyBinding([.char("G"), .end], "G End", s.keyBottom, .bottom),
      KeyBinding([.char("m")], "m", s.rapportKeyGrouping, .grouping, inHintBar: true),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}
