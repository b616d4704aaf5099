import TerminalUI
import Testing

@Suite("Editing text in a field")
struct TextInputTests {
  @Test("a decomposed ë typed as e + U+0308 is removed by one backspace")
  func decomposedInput() {
    var input = TextInput()
    for c in "clie" { input.insert(String(c)) }
    input.insert("\u{308}")
    input.insert("n")
    input.insert("t")
    input.backspace()
    input.backspace()
    input.backspace()
    #expect(input.text == "cli")
  }

  @Test("moves by words and deletes a word backward")
  func words() {
    var input = TextInput("hulp bij één ding")
    input.moveWordLeft()
    #expect(input.cursor == 13)
    input.moveWordLeft()
    input.deleteWordBackward()
    #expect(input.text == "hulp één ding")
  }

  @Test("wraps multi-line text at words and moves the cursor over visual lines")
  func multiline() {
    var input = TextInput("ik wil graag hulp bij één ding", multiline: true)
    #expect(input.lines(width: 12) == ["ik wil graag ", "hulp bij één ", "ding"])
    #expect(input.cursorPosition(width: 12) == (2, 4))
    let moved = input.moveVertically(by: -1, width: 12)
    #expect(moved)
    #expect(input.cursorPosition(width: 12) == (1, 4))
    input.moveHome(width: 12)
    #expect(input.cursor == 13)
  }

  @Test("a one-line field turns pasted line breaks into spaces")
  func pasteIntoOneLine() {
    var input = TextInput()
    input.insert("regel een\nregel twee")
    #expect(input.text == "regel een regel twee")
  }
}
