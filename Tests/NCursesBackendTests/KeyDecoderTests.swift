import CNCurses
import NCursesBackend
import TerminalUI
import Testing

@Suite("KeyDecoder turns get_wch results into keys")
struct KeyDecoderTests {
  @Test(
    "characters decode to keys",
    arguments: [
      (UInt32(0x61), Key.char("a")),
      (0x20, .char(" ")),
      (0x7E, .char("~")),
      (0xEB, .char("ë")),
      (0xE9, .char("é")),
      (0x20AC, .char("€")),
      (0x65E5, .char("日")),
      (0x0308, .char("\u{0308}")),
      (9, .tab),
      (10, .enter),
      (13, .enter),
      (8, .backspace),
      (127, .backspace),
      (27, .escape),
      (1, .ctrl("a")),
      (3, .ctrl("c")),
      (12, .ctrl("l")),
      (19, .ctrl("s")),
      (26, .ctrl("z")),
    ] as [(UInt32, Key)])
  func characters(code: UInt32, expected: Key) {
    #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == expected)
  }

  @Test(
    "function-key codes decode to keys",
    arguments: [
      (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_HOME, .home), (KEY_A1, .home), (KEY_FIND, .home),
      (KEY_END, .end), (KEY_C1, .end), (KEY_SELECT, .end),
      (KEY_PPAGE, .pageUp), (KEY_A3, .pageUp), (KEY_NPAGE, .pageDown), (KEY_C3, .pageDown),
      (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
      (cnc_key_f(1), .function(1)), (cnc_key_f(10), .function(10)),
      (cnc_key_f(12), .function(12)), (cnc_key_f(24), .function(24)),
    ] as [(Int32, Key)])
  func functionKeys(code: Int32, expected: Key) {
    #expect(KeyDecoder.decode(code: UInt32(code), isFunctionKey: true) == expected)
  }

  @Test(
    "codes the app has no key for decode to nil",
    arguments: [
      (UInt32(0), false), (28, false), (31, false), (0x85, false), (0x9B, false),
      (0xD800, false), (0x110000, false),
      (UInt32(KEY_RESIZE), true), (UInt32(KEY_MOUSE), true), (UInt32(KEY_B2), true),
      (UInt32(KEY_IC), true), (UInt32(cnc_key_f(0)), true), (UInt32(cnc_key_f(25)), true),
      (UInt32.max, true),
    ] as [(UInt32, Bool)])
  func unknownCodes(code: UInt32, isFunctionKey: Bool) {
    #expect(KeyDecoder.decode(code: code, isFunctionKey: isFunctionKey) == nil)
  }

  @Test("the same number means different keys as a character and as a key code")
  func characterVersusKeyCode() {
    // 259 is 'ă' (U+0103) as a character and KEY_UP as a key code.
    #expect(KeyDecoder.decode(code: 259, isFunctionKey: false) == .char("ă"))
    #expect(KeyDecoder.decode(code: 259, isFunctionKey: true) == .up)
  }
}

@Suite("KeyDecoder reads escape sequences that terminfo did not know")
struct EscapeSequenceTests {
  @Test(
    "common VT220 and xterm forms decode",
    arguments: [
      ("[", "1~", Key.home), ("[", "7~", .home), ("[", "H", .home), ("O", "H", .home),
      ("[", "4~", .end), ("[", "8~", .end), ("[", "F", .end), ("O", "F", .end),
      ("[", "3~", .delete), ("[", "5~", .pageUp), ("[", "6~", .pageDown), ("[", "Z", .backTab),
      ("[", "A", .up), ("O", "B", .down), ("[", "C", .right), ("O", "D", .left),
      ("O", "P", .function(1)), ("O", "S", .function(4)), ("[", "11~", .function(1)),
      ("[", "15~", .function(5)), ("[", "17~", .function(6)), ("[", "24~", .function(12)),
    ] as [(Character, String, Key)])
  func known(introducer: Character, body: String, expected: Key) {
    #expect(KeyDecoder.decodeEscapeSequence(introducer: introducer, body: body) == expected)
  }

  @Test(
    "modified and unknown sequences are dropped",
    arguments: [
      ("[", "1;5C"), ("[", "1;2A"), ("[", "200~"), ("[", "M"), ("O", "x"), ("[", ""), ("X", "A"),
    ] as [(Character, String)])
  func unknown(introducer: Character, body: String) {
    #expect(KeyDecoder.decodeEscapeSequence(introducer: introducer, body: body) == nil)
  }
}
