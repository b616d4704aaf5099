/// How many terminal columns text takes.
///
/// Combining marks and format characters take 0 columns, East Asian wide and fullwidth
/// characters and emoji take 2, everything else 1. Widths are computed per grapheme
/// cluster (`Character`), so `e` + U+0308 is one column, never two. This is our own table
/// rather than glibc's `wcwidth`, which returns -1 until a UTF-8 locale is set and would make
/// tests depend on the environment.
public enum DisplayWidth {
  /// The width of a whole string in columns.
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The width of one grapheme cluster in columns: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    var sawVisible = false
    for scalar in character.unicodeScalars {
      let w = of(scalar)
      if w == 2 { return 2 }
      if w == 1 { sawVisible = true }
      if scalar.value == 0xFE0F, scalar.properties.isEmoji { return 2 }
    }
    if character.unicodeScalars.count > 1, let first = character.unicodeScalars.first,
      first.properties.isEmoji, character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    return sawVisible ? 1 : 0
  }

  /// The width of one scalar: 0 for combining, enclosing and format marks and controls.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
    if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15, condensed).
  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
      0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
      0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
      0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
      0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
      0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
      0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
      0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension String {
  /// Display width in terminal columns (see ``DisplayWidth``).
  public var displayWidth: Int { DisplayWidth.of(self) }

  /// The longest prefix that fits in `width` columns, ending in `…` when text was cut.
  public func truncated(toWidth width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    let limit = ellipsis ? width - 1 : width
    var out = ""
    var used = 0
    for character in self {
      let w = DisplayWidth.of(character)
      if used + w > limit { break }
      out.append(character)
      used += w
    }
    return ellipsis ? out + "…" : out
  }

  /// The string padded with spaces to exactly `width` columns (cut when longer).
  public func padded(toWidth width: Int) -> String {
    let cut = truncated(toWidth: width)
    return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
  }

  /// Word-wrapped lines of at most `width` columns; hard line breaks are kept.
  public func wrapped(toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        var word = String(word)
        var wordWidth = word.displayWidth
        let sep = line.isEmpty ? 0 : 1
        if lineWidth + sep + wordWidth <= width {
          if sep == 1 { line += " " }
          line += word
          lineWidth += sep + wordWidth
          continue
        }
        if !line.isEmpty { lines.append(line) }
        line = ""
        lineWidth = 0
        if wordWidth > width {
          // One pass over a long word (a hostile file can hold one of megabytes): cut it into
          // pieces of `width` columns; a character wider than `width` gets a piece of its own.
          var piece = ""
          var pieceWidth = 0
          for character in word {
            let w = DisplayWidth.of(character)
            if pieceWidth + w > width, !piece.isEmpty {
              lines.append(piece)
              piece = ""
              pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += w
          }
          word = piece
          wordWidth = pieceWidth
        }
        line = word
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }
}
