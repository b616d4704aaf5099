import CasusCore
import Foundation

/// Matches cases against the `/` filter: case- and diacritic-insensitive, so `ozturk` finds
/// `Öztürk` and `clie` finds `Cliënt`.
public enum CaseFilter {
  /// The text folded for comparison.
  public static func fold(_ text: String) -> String {
    var cache: [Substring: [UInt8]] = [:]
    return String(decoding: SearchText.fold(text, cache: &cache), as: UTF8.self)
  }

  /// Foundation's folding of the whole text: what ``fold(_:)`` must equal.
  public static func foldWithFoundation(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
