import TerminalUI
import Testing

@Suite("Headless key notation")
struct KeyNotationTests {
  @Test("plain characters, UTF-8 included, are one key each")
  func plainCharacters() throws {
    #expect(try KeyNotation.parse("één") == [.key(.char("é")), .key(.char("é")), .key(.char("n"))])
  }

  @Test(
    "special keys are written in angle brackets",
    arguments: [
      ("<Enter>", Key.enter), ("<CR>", .enter), ("<Esc>", .escape), ("<Tab>", .tab),
      ("<S-Tab>", .backTab),
      ("<BS>", .backspace), ("<Up>", .up), ("<Down>", .down), ("<Left>", .left),
      ("<Right>", .right),
      ("<PageUp>", .pageUp), ("<PageDown>", .pageDown), ("<C-s>", .ctrl("s")),
      ("<C-X>", .ctrl("x")),
      ("<lt>", .char("<")), ("<Space>", .char(" ")), ("<F1>", .function(1)), ("<M-b>", .alt("b")),
    ])
  func specialKeys(_ text: String, _ key: Key) throws {
    #expect(try KeyNotation.parse(text) == [.key(key)])
  }

  @Test("a resize is an event of its own")
  func resize() throws {
    #expect(
      try KeyNotation.parse("<Resize 80x24>q") == [
        .resize(Size(width: 80, height: 24)), .key(.char("q")),
      ])
  }

  @Test("an unknown name is an error that names it")
  func unknown() {
    #expect(throws: KeyNotation.ParseError(token: "<Bogus>")) { try KeyNotation.parse("a<Bogus>") }
  }

  @Test("a lone angle bracket is just a character")
  func loneBracket() throws {
    #expect(try KeyNotation.parse("a<b") == [.key(.char("a")), .key(.char("<")), .key(.char("b"))])
  }

  @Test("every key's notation parses back to the same key")
  func roundTrip() throws {
    let keys: [Key] = [
      .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
      .home, .end, .pageUp, .pageDown, .ctrl("s"), .alt("f"), .function(5), .char("<"), .char("ë"),
    ]
    for key in keys { #expect(try KeyNotation.parse(key.notation) == [.key(key)]) }
  }
}
