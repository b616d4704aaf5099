import Foundation

/// What the `/` filter searches in a case, folded: case- and diacritic-insensitive UTF-8 of
/// the household name, the case id, the question and every member's name.
///
/// Made when a case is saved and kept in the index, so that start-up reads it instead of
/// folding every case of the store again.
public enum SearchText {
  /// The search text of a summary.
  public static func of(_ s: CaseSummary, cache: inout [Substring: [UInt8]]) -> [UInt8] {
    fold(
      ([s.householdName, s.id.rawValue, s.question] + s.memberNames).joined(separator: " "),
      cache: &cache)
  }

  public static func of(_ s: CaseSummary) -> [UInt8] {
    var cache: [Substring: [UInt8]] = [:]
    return of(s, cache: &cache)
  }

  /// `text` folded as the filter compares it; `cache` remembers what each run of non-ASCII
  /// text folded to (names repeat).
  ///
  /// ASCII is lower-cased byte by byte and only the runs of other characters go through
  /// Foundation's folding; `CaseListTests` holds the result against folding the whole text.
  public static func fold(_ text: String, cache: inout [Substring: [UInt8]]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var utf8 = text.utf8[...]
    var lastWasASCII = false
    while let first = utf8.first {
      if first < 0x80 {
        out.append(first >= 0x41 && first <= 0x5A ? first + 0x20 : first)
        utf8 = utf8.dropFirst()
        lastWasASCII = true
        continue
      }
      let run = utf8.prefix { $0 >= 0x80 }
      utf8 = utf8.dropFirst(run.count)
      var piece = String(Substring(run))
      // A combining mark belongs to the letter before it (`e` + U+0301 is `é`): fold them
      // together, as folding the whole text does.
      if lastWasASCII, let mark = piece.unicodeScalars.first,
        [.nonspacingMark, .spacingMark, .enclosingMark].contains(mark.properties.generalCategory),
        let letter = out.popLast()
      {
        piece = String(UnicodeScalar(letter)) + piece
      }
      let key = Substring(piece)
      if let known = cache[key] {
        out.append(contentsOf: known)
      } else {
        let folded = Array(
          piece.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        cache[key] = folded
        out.append(contentsOf: folded)
      }
      lastWasASCII = false
    }
    return out
  }
}
