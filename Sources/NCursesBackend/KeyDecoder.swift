import CNCurses
import TerminalUI

/// Turns one `get_wch` result into a ``Key``: a pure table, tested without a terminal.
///
/// `get_wch` reports either a character (`OK`; `code` is a Unicode scalar value) or a function
/// key (`KEY_CODE_YES`; `code` is an ncurses `KEY_*` constant). The app runs in `raw()` mode, so
/// Ctrl-C arrives here as code 3 rather than as a signal. Escape-then-character (Alt) and
/// `KEY_RESIZE` need state or the terminal and are handled by ``NCursesTerminal``.
public enum KeyDecoder {
  /// The key for one `get_wch` result, or `nil` for codes the app does not use.
  ///
  /// - Parameters:
  ///   - code: the `wint_t` that `get_wch` stored.
  ///   - isFunctionKey: whether `get_wch` returned `KEY_CODE_YES`.
  public static func decode(code: UInt32, isFunctionKey: Bool) -> Key? {
    isFunctionKey ? functionKey(code) : character(code)
  }

  private static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let scalar = Unicode.Scalar(code + 96) else { return nil }
      return .ctrl(Character(scalar))
    case 0..<32, 0x80..<0xA0:
      return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .char(Character(scalar))
    }
  }

  private static func functionKey(_ code: UInt32) -> Key? {
    guard code <= UInt32(Int32.max) else { return nil }
    let k = Int32(code)
    switch k {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    // KEY_A1/KEY_C1/KEY_A3/KEY_C3 are the keypad corners that some terminals send for
    // Home/End/PageUp/PageDown; KEY_FIND/KEY_SELECT are the VT220 keys in the Home/End place.
    case KEY_HOME, KEY_A1, KEY_FIND: return .home
    case KEY_END, KEY_C1, KEY_SELECT: return .end
    case KEY_PPAGE, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_C3: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case cnc_key_f(1)...cnc_key_f(24): return .function(Int(k - cnc_key_f(0)))
    default: return nil
    }
  }
}
