import TerminalUI

extension KeyDecoder {
  /// Decodes an escape sequence that the terminfo entry did not know, or `nil` to drop it.
  ///
  /// When `TERM` does not match the terminal (`TERM=xterm` inside tmux or screen is common),
  /// ncurses passes keys such as Home (`ESC [ 1 ~`) through as separate characters. The common
  /// VT220/xterm forms are recognised here; sequences with modifiers (`ESC [ 1 ; 5 C`) and
  /// anything else are dropped rather than typed into a field.
  ///
  /// - Parameters:
  ///   - introducer: `[` for CSI or `O` for SS3, the character after ESC.
  ///   - body: the characters after the introducer, up to and including the final one.
  public static func decodeEscapeSequence(introducer: Character, body: String) -> Key? {
    switch introducer {
    case "O": return ss3[body]
    case "[": return csi[body]
    default: return nil
    }
  }

  private static let ss3: [String: Key] = [
    "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "M": .enter,
    "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
  ]

  private static let csi: [String: Key] = [
    "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "Z": .backTab,
    "1~": .home, "7~": .home, "4~": .end, "8~": .end, "3~": .delete, "5~": .pageUp, "6~": .pageDown,
    "11~": .function(1), "12~": .function(2), "13~": .function(3), "14~": .function(4),
    "15~": .function(5), "17~": .function(6), "18~": .function(7), "19~": .function(8),
    "20~": .function(9), "21~": .function(10), "23~": .function(11), "24~": .function(12),
  ]
}
