/// A key press, after decoding from the terminal or from the headless key notation.
public enum Key: Hashable, Sendable {
  case char(Character)
  /// A control key: `.ctrl("s")` is Ctrl-S. Always a lowercase letter.
  case ctrl(Character)
  /// Alt (Meta) with a character, sent by terminals as ESC followed by the character.
  case alt(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)

  /// The key as written in the headless notation (`<Enter>`, `<C-s>`, `a`).
  public var notation: String {
    switch self {
    case .char("<"): return "<lt>"
    case .char(let c): return String(c)
    case .ctrl(let c): return "<C-\(c)>"
    case .alt(let c): return "<M-\(c)>"
    case .enter: return "<Enter>"
    case .escape: return "<Esc>"
    case .tab: return "<Tab>"
    case .backTab: return "<S-Tab>"
    case .backspace: return "<BS>"
    case .delete: return "<Del>"
    case .up: return "<Up>"
    case .down: return "<Down>"
    case .left: return "<Left>"
    case .right: return "<Right>"
    case .home: return "<Home>"
    case .end: return "<End>"
    case .pageUp: return "<PageUp>"
    case .pageDown: return "<PageDown>"
    case .function(let n): return "<F\(n)>"
    }
  }
}

/// What the terminal reports: a key, or a new size after the window was resized.
public enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  case resize(Size)
}
