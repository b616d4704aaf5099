import TerminalUI
import Testing

/// Bugs the fuzz tests found in word wrapping, kept as regressions.
@Suite("Wrapping hostile text")
struct WrapRegressionTests {
  @Test("a character wider than the width gets a line of its own instead of looping forever")
  func wideCharacterInNarrowWidth() {
    #expect("日本".wrapped(toWidth: 1) == ["日", "本"])
  }

  @Test("a word of a hundred thousand characters wraps in one pass")
  func hugeWord() {
    let word = String(repeating: "ä", count: 100_000)
    let lines = word.wrapped(toWidth: 70)
    #expect(lines.count == 1_429)
    #expect(lines.dropLast().allSatisfy { $0.count == 70 })
    #expect(lines.joined() == word)
  }
}
