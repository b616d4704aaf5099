import TerminalUI

/// What a key does in a demo while the demo has the keyboard (not taken over).
public enum DemoCommand: Equatable, Sendable {
  case next, previous, autoplay, takeOver, reset, help, quit, redraw
  /// While taken over: give the keyboard back to the demo.
  case handBack
}

extension Keymaps {
  /// The trainer's keys while the demo has the keyboard.
  ///
  /// Presenter remotes send PageDown/PageUp or the arrows, so those step too. None of these
  /// reach the app: the app gets keys only while the trainer has taken over (`t`), and then
  /// only F2 is the demo's (the app binds no F2).
  public static func demo(_ s: any StringTable) -> Keymap<DemoCommand> {
    Keymap([
      KeyBinding([.char(" "), .right, .pageDown], "Spatie", s.keyDemoNext, .next, inHintBar: true),
      KeyBinding(
        [.backspace, .left, .pageUp], "⌫", s.keyDemoPrevious, .previous, inHintBar: true),
      KeyBinding([.char("t"), .function(2)], "t", s.keyDemoTakeOver, .takeOver, inHintBar: true),
      KeyBinding([.char("r")], "r", s.keyDemoReset, .reset, inHintBar: true),
      KeyBinding([.char("p")], "p", s.keyDemoAutoplay, .autoplay, inHintBar: true),
      KeyBinding([.char("q"), .ctrl("c")], "q", s.keyDemoQuit, .quit, inHintBar: true),
      KeyBinding([.char("?"), .function(1)], "?", s.keyHelp, .help, inHintBar: true),
      KeyBinding([.ctrl("l")], "Ctrl-L", s.keyRedraw, .redraw),
    ])
  }

  /// The one demo key while the trainer has taken over.
  public static func demoTakenOver(_ s: any StringTable) -> Keymap<DemoCommand> {
    Keymap([KeyBinding([.function(2)], "F2", s.keyDemoHandBack, .handBack, inHintBar: true)])
  }
}
