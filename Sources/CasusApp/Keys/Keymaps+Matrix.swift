import TerminalUI

/// What a key does on the scoring screen.
public enum ScoringCommand: Equatable, Sendable {
  /// `1`–`5`: score the focused domain at the digit's level.
  case score
  case notDiscussed, accept, levelUp, levelDown, up, down, note, target, date, undo
  case save, leave, help, interrupt
}

/// What a key does in the comparison view.
public enum ComparisonCommand: Equatable, Sendable {
  case up, down, earlier, later, otherSeries, measure, back, help, interrupt
}

extension Keymaps {
  /// The digit keys that score a level.
  static let scoreKeys: [Key] = (1...5).map { .char(Character(String($0))) }

  /// The scoring screen's keys (not while a note or the date is being typed).
  public static func scoring(_ s: any StringTable) -> Keymap<ScoringCommand> {
    Keymap([
      KeyBinding(scoreKeys, "1–5", s.keyScore, .score, inHintBar: true),
      KeyBinding([.char("0")], "0", s.keyNotDiscussed, .notDiscussed, inHintBar: true),
      KeyBinding([.char("n")], "n", s.keyNote, .note, inHintBar: true),
      KeyBinding([.ctrl("s")], "Ctrl-S", s.keySave, .save, inHintBar: true),
      KeyBinding([.escape, .char("q")], "Esc", s.keyBack, .leave, inHintBar: true),
      KeyBinding([.char("t")], "t", s.keyTarget, .target, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.char("h"), .left], "h ←", s.keyLevelDown, .levelDown),
      KeyBinding([.char("l"), .right], "l →", s.keyLevelUp, .levelUp),
      KeyBinding([.enter, .char(" ")], "Enter", s.keyScoreFocused, .accept),
      KeyBinding([.char("d")], "d", s.keyMeasurementDate, .date),
      KeyBinding([.char("u")], "u", s.keyUndo, .undo),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }

  /// The comparison view's keys.
  public static func comparison(_ s: any StringTable) -> Keymap<ComparisonCommand> {
    Keymap([
      KeyBinding([.char("j"), .down], "j ↓", s.keyDown, .down),
      KeyBinding([.char("k"), .up], "k ↑", s.keyUp, .up),
      KeyBinding([.char("h"), .left], "← →", s.keyOtherMeasurement, .earlier, inHintBar: true),
      KeyBinding([.char("l"), .right], "l →", s.keyOtherMeasurement, .later),
      KeyBinding([.char("m")], "m", s.keyMeasure, .measure, inHintBar: true),
      KeyBinding([.escape, .char("q"), .char("v")], "Esc", s.keyBack, .back, inHintBar: true),
      KeyBinding([.tab, .backTab], "Tab", s.keyOtherSeries, .otherSeries, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("c")], "Ctrl-C", s.keyQuit, .interrupt),
    ])
  }
}
