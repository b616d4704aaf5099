import TerminalUI
import Testing

@Suite("Display width and sanitising")
struct DisplayWidthTests {
  @Test(
    "counts columns, not characters",
    arguments: [
      ("cliënt", 6), ("procescoördinatie", 17), ("één", 3), ("clie\u{308}nt", 6), ("Nguyễn", 6),
      ("محمد", 4), ("ትግርኛ", 4), ("日本", 4), ("👍", 2), ("", 0),
    ])
  func widths(_ text: String, _ expected: Int) {
    #expect(text.displayWidth == expected)
  }

  @Test("truncates to a width with an ellipsis, never splitting a wide character")
  func truncation() {
    #expect("procescoördinatie".truncated(toWidth: 8) == "procesc…")
    #expect("日本語".truncated(toWidth: 4) == "日…")
    #expect("kort".truncated(toWidth: 10) == "kort")
  }

  @Test("wraps at word boundaries and keeps hard line breaks")
  func wrapping() {
    #expect(
      "ik wil graag hulp bij één ding".wrapped(toWidth: 12) == [
        "ik wil graag", "hulp bij één", "ding",
      ])
    #expect("a\nb".wrapped(toWidth: 5) == ["a", "b"])
    #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
  }

  @Test("turns escape sequences and controls into harmless visible characters")
  func sanitises() {
    let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
    let clean = Sanitizer.clean(hostile)
    #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    #expect(clean == "␛]0;pwned␇␛[2J")
    #expect(Sanitizer.clean("a\u{202E}b\u{9B}c") == "ab\u{FFFD}c")
    #expect(Sanitizer.clean("cliënt") == "cliënt")
  }
}
