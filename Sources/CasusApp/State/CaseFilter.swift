import CasusCore
import Foundation

/// Matches cases against the `/` filter: case- and diacritic-insensitive, so `ozturk` finds
/// `Öztürk` and `clie` finds `Cliënt`.
public enum CaseFilter {
  /// The text folded for comparison.
  public static func fold(_ text: String) -> String {
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
