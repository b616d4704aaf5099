/// The text and cursor of an editable field, with the editing operations of a text box.
///
/// Text is kept as grapheme clusters: a combining mark typed after a letter (as terminals
/// deliver decomposed input: `e`, then U+0308) joins that letter, so one Backspace removes
/// `ë` whole. Multi-line inputs wrap at word boundaries; the cursor moves over the wrapped
/// lines as the user sees them.
public struct TextInput: Hashable, Sendable {
  public private(set) var characters: [Character] {
    // SE-0268: a didSet that does not read oldValue costs no copy of the text.
    didSet { edits &+= 1 }
  }
  /// Counts changes to the text, so a caller can tell "the text changed" without comparing it.
  ///
  /// Not part of equality: two inputs with the same text and cursor are equal.
  public private(set) var edits = 0
  /// Position of the cursor as a character offset, 0…count.
  public private(set) var cursor: Int
  public var isMultiline: Bool

  public init(_ text: String = "", multiline: Bool = false) {
    self.characters = Array(text)
    self.cursor = characters.count
    self.isMultiline = multiline
  }

  public var text: String {
    get { String(characters) }
    set {
      characters = Array(newValue)
      cursor = characters.count
    }
  }

  public var isEmpty: Bool { characters.isEmpty }

  public static func == (a: TextInput, b: TextInput) -> Bool {
    a.cursor == b.cursor && a.isMultiline == b.isMultiline && a.characters == b.characters
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(characters)
    hasher.combine(cursor)
    hasher.combine(isMultiline)
  }

  /// Puts the cursor at a character offset (clamped to the text).
  public mutating func setCursor(_ offset: Int) {
    cursor = min(max(0, offset), characters.count)
  }

  /// Inserts typed or pasted text at the cursor.
  ///
  /// Line breaks are dropped in one-line fields.
  public mutating func insert(_ text: String) {
    var incoming = text
    if !isMultiline {
      incoming = String(incoming.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
    // Re-segment only around the cursor: a combining mark merges with the character before
    // it, and a typed character can merge with the one after it. Rebuilding the whole text
    // would make every keystroke cost the length of the note (a pasted page took seconds).
    let low = max(0, cursor - 1)
    let high = min(characters.count, cursor + 1)
    let head = Array(String(characters[low..<cursor]) + incoming)
    let merged = Array(String(head) + String(characters[cursor..<high]))
    characters.replaceSubrange(low..<high, with: merged)
    cursor = low + min(head.count, merged.count)
  }

  public mutating func backspace() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

  /// Moves to the start of the previous word.
  public mutating func moveWordLeft() {
    var i = cursor
    while i > 0, characters[i - 1].isWhitespace { i -= 1 }
    while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
    cursor = i
  }

  /// Moves past the end of the next word.
  public mutating func moveWordRight() {
    var i = cursor
    while i < characters.count, characters[i].isWhitespace { i += 1 }
    while i < characters.count, !characters[i].isWhitespace { i += 1 }
    cursor = i
  }

  /// Deletes the word before the cursor (Ctrl-W).
  public mutating func deleteWordBackward() {
    let end = cursor
    moveWordLeft()
    characters.removeSubrange(cursor..<end)
  }

  /// Moves to the start of the visual line (the whole field when it is one line).
  public mutating func moveHome(width: Int) {
    let lines = layout(width: width)
    cursor = lines[lineIndex(of: cursor, in: lines)].lowerBound
  }

  /// Moves to the end of the visual line.
  public mutating func moveEnd(width: Int) {
    let lines = layout(width: width)
    cursor = lines[lineIndex(of: cursor, in: lines)].upperBound
  }

  /// Moves one visual line up or down, keeping the column; false at the first or last line.
  @discardableResult
  public mutating func moveVertically(by delta: Int, width: Int) -> Bool {
    let lines = layout(width: width)
    let current = lineIndex(of: cursor, in: lines)
    let target = current + delta
    guard lines.indices.contains(target) else { return false }
    let column = DisplayWidth.of(String(characters[lines[current].lowerBound..<cursor]))
    var i = lines[target].lowerBound
    var used = 0
    while i < lines[target].upperBound {
      let w = DisplayWidth.of(characters[i])
      if used + w > column { break }
      used += w
      i += 1
    }
    cursor = i
    return true
  }

  /// The visual lines at `width` columns, as character ranges (line breaks excluded).
  public func layout(width: Int) -> [Range<Int>] {
    let width = max(1, width)
    var lines: [Range<Int>] = []
    var start = 0
    var used = 0
    var lastSpace: Int?
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if c == "\n" {
        lines.append(start..<i)
        start = i + 1
        used = 0
        lastSpace = nil
        i += 1
        continue
      }
      let w = DisplayWidth.of(c)
      if c == " ", used + w > width {
        // A space that does not fit ends the line; it stays at the end, out of sight.
        lines.append(start..<(i + 1))
        start = i + 1
        used = 0
        lastSpace = nil
        i += 1
        continue
      }
      if used + w > width, i > start {
        if let space = lastSpace, space > start {
          lines.append(start..<(space + 1))
          start = space + 1
        } else {
          lines.append(start..<i)
          start = i
        }
        used = DisplayWidth.of(String(characters[start..<i]))
        lastSpace = nil
        continue
      }
      if c == " " { lastSpace = i }
      used += w
      i += 1
    }
    lines.append(start..<characters.count)
    return lines
  }

  /// The visual line that holds character offset `offset`.
  public func lineIndex(of offset: Int, in lines: [Range<Int>]) -> Int {
    for (n, line) in lines.enumerated().reversed() where offset >= line.lowerBound {
      return n
    }
    return 0
  }

  /// The cursor as (row, column) in the wrapped layout.
  public func cursorPosition(width: Int) -> (row: Int, column: Int) {
    let lines = layout(width: width)
    let row = lineIndex(of: cursor, in: lines)
    let column = DisplayWidth.of(String(characters[lines[row].lowerBound..<cursor]))
    return (row, min(column, max(0, width - 1)))
  }

  /// The text of each visual line.
  public func lines(width: Int) -> [String] {
    layout(width: width).map { String(characters[$0]) }
  }

  /// Applies a standard editing key; returns false when the key is not an editing key.
  public mutating func handle(_ key: Key, width: Int) -> Bool {
    switch key {
    case .char(let c): insert(String(c))
    case .backspace, .ctrl("h"): backspace()
    case .delete: deleteForward()
    case .left, .ctrl("b"): moveLeft()
    case .right, .ctrl("f"): moveRight()
    case .alt("b"): moveWordLeft()
    case .alt("f"): moveWordRight()
    case .ctrl("w"): deleteWordBackward()
    case .home, .ctrl("a"): moveHome(width: width)
    case .end: moveEnd(width: width)
    case .ctrl("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .enter where isMultiline: insert("\n")
    default: return false
    }
    return true
  }
}
