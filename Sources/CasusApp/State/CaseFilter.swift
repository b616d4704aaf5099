import CasusCore
import Foundation

/// Matches cases against the `/` filter: case- and diacritic-insensitive, so `ozturk` finds
/// `Öztürk` and `clie` finds `Cliënt`.
public enum CaseFilter {
  /// The text folded for comparison.
  public static func fold(_ text: String) -> String {
    String(decoding: foldedBytes(text), as: UTF8.self)
  }

  /// The folded text as UTF-8, equal to folding the whole text (`CaseListTests` checks).
  ///
  /// ASCII is lower-cased byte by byte and only the runs of other characters go through
  /// Foundation's folding: most names and questions are mostly ASCII, and at start-up every
  /// case of the store is folded once.
  public static func foldedBytes(_ text: String) -> [UInt8] {
    var cache: [Substring: [UInt8]] = [:]
    return foldedBytes(text, cache: &cache)
  }

  /// The same, remembering in `cache` what each run of non-ASCII text folded to.
  public static func foldedBytes(_ text: String, cache: inout [Substring: [UInt8]]) -> [UInt8] {
    SearchText.fold(text, cache: &cache)
  }

  /// Foundation's folding of the whole text: what ``fold(_:)`` must equal.
  public static func foldWithFoundation(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Whether every word of the needle occurs in the household name, a member's name, the
  /// case id or the question.
  public static func matches(_ file: CaseFile, needle: String) -> Bool {
    let haystack = fold(
      ([file.state.household.name, file.id.rawValue, file.state.question]
        + file.state.household.members.map(\.name)).joined(separator: " "))
    return needle.split(separator: " ").allSatisfy { haystack.contains($0) }
  }
}
