import TerminalUI
import Testing

@Suite("The screen buffer")
struct ScreenTests {
  @Test("wide characters take two cells and text after them lines up")
  func wideCharacters() {
    var screen = Screen(size: Size(width: 12, height: 2))
    screen.put("日本x", x: 0, y: 0)
    screen.put("abcde", x: 0, y: 1)
    #expect(screen[1, 0].isContinuation)
    #expect(screen[4, 0].text == "x")
    #expect(screen.plainText() == "日本x\nabcde")
  }

  @Test("a combining mark joins the cell before it")
  func combiningMarks() {
    var screen = Screen(size: Size(width: 10, height: 1))
    screen.put("clie\u{308}nt", x: 0, y: 0)
    #expect(screen.line(0) == "clie\u{308}nt")
    #expect(screen[4, 0].text == "n")
  }

  @Test("text is clipped to its rectangle and never wraps into the next row")
  func clipping() {
    var screen = Screen(size: Size(width: 10, height: 2))
    screen.put("procescoördinatie", x: 2, y: 0, clip: Rect(x: 2, y: 0, width: 5, height: 1))
    #expect(screen.plainText() == "  proce\n")
  }

  @Test("overwriting half of a wide character blanks the other half")
  func overwriteWide() {
    var screen = Screen(size: Size(width: 6, height: 1))
    screen.put("日本", x: 0, y: 0)
    screen.put("a", x: 1, y: 0)
    #expect(screen.line(0) == " a本")
  }

  @Test("stored escape sequences never reach the grid")
  func sanitisedOnPut() {
    var screen = Screen(size: Size(width: 30, height: 1))
    screen.put("\u{1B}]0;pwned\u{07}\u{1B}[2J", x: 0, y: 0)
    let text = screen.plainText()
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(text.contains("pwned"))
  }

  @Test("a frame draws box characters with the title in the top edge")
  func box() {
    var screen = Screen(size: Size(width: 14, height: 3))
    screen.box(Rect(x: 0, y: 0, width: 14, height: 3), title: "Dossiers")
    #expect(screen.plainText() == "┌─ Dossiers ─┐\n│            │\n└────────────┘")
  }
}
