/// Parses the vim-style key notation used by `--headless --keys` and by scenarios.
///
/// Plain characters stand for themselves (UTF-8, so `één` is three keys). Special keys are
/// written in angle brackets: `<Enter>` (`<CR>`), `<Esc>`, `<Tab>`, `<S-Tab>`, `<BS>`, `<Del>`,
/// `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<Home>`, `<End>`, `<PageUp>`, `<PageDown>`,
/// `<Space>`, `<lt>` (a literal `<`), `<F1>`…`<F12>`, `<C-x>` for control keys, `<M-x>` for
/// Alt, and `<Resize 80x24>` for a window resize. Names are case-insensitive.
///
///     try KeyNotation.parse("n<Tab>één<C-s>")
///     // [.key(.char("n")), .key(.tab), .key(.char("é")), …, .key(.ctrl("s"))]
public enum KeyNotation {
  /// A notation that could not be read, with the offending token.
  public struct ParseError: Error, Equatable, CustomStringConvertible {
    public var token: String
    public init(token: String) { self.token = token }
    public var description: String { "unknown key in --keys: \(token)" }
  }

  /// The events the notation stands for, in order.
  public static func parse(_ text: String) throws -> [TerminalEvent] {
    var events: [TerminalEvent] = []
    var rest = Substring(text)
    while let first = rest.first {
      if first == "<", let close = rest.firstIndex(of: ">"),
        rest.distance(from: rest.startIndex, to: close) > 1
      {
        let token = String(rest[rest.index(after: rest.startIndex)..<close])
        events.append(try special(token))
        rest = rest[rest.index(after: close)...]
      } else {
        events.append(.key(.char(first)))
        rest = rest.dropFirst()
      }
    }
    return events
  }

  private static func special(_ token: String) throws -> TerminalEvent {
    let lower = token.lowercased()
    let named: [String: Key] = [
      "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape, "escape": .escape,
      "tab": .tab, "s-tab": .backTab, "bs": .backspace, "backspace": .backspace,
      "del": .delete, "delete": .delete, "up": .up, "down": .down, "left": .left,
      "right": .right, "home": .home, "end": .end, "pageup": .pageUp, "pagedown": .pageDown,
      "space": .char(" "), "lt": .char("<"), "gt": .char(">"),
    ]
    if let key = named[lower] { return .key(key) }
    if lower.hasPrefix("resize "), let size = Size(parsing: String(lower.dropFirst(7))) {
      return .resize(size)
    }
    if lower.hasPrefix("c-"), token.count == 3, let c = lower.last, c.isLetter {
      return .key(.ctrl(c))
    }
    if lower.hasPrefix("m-") || lower.hasPrefix("a-"), token.count == 3, let c = token.last {
      return .key(.alt(c))
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      return .key(.function(n))
    }
    throw ParseError(token: "<\(token)>")
  }
}
