import Foundation

/// A passphrase as the user typed it, normalised so the same words always give the same key.
///
/// Unicode NFC, so `één` typed with combining accents equals `één` typed precomposed. The
/// passphrase is never written anywhere; only a key derived from it with scrypt is used.
public struct Passphrase: Sendable, Equatable {
  /// The UTF-8 bytes of the NFC form.
  let bytes: Data

  /// The shortest passphrase accepted for a new or changed passphrase.
  public static let minimumLength = 8

  /// `nil` for an empty passphrase (scrypt needs at least one byte).
  public init?(_ text: String) {
    let normal = text.precomposedStringWithCanonicalMapping
    guard !normal.isEmpty else { return nil }
    bytes = Data(normal.utf8)
  }

  /// The passphrase in a passphrase file: its text without one final line break.
  ///
  /// `nil` when the file is empty or is not UTF-8.
  public init?(fileContents data: Data) {
    guard var text = String(data: data, encoding: .utf8) else { return nil }
    if text.hasSuffix("\r\n") {
      text.removeLast(1)
    } else if text.hasSuffix("\n") {
      text.removeLast()
    }
    self.init(text)
  }

  /// Whether the passphrase is long enough to protect a new key.
  public var isStrongEnough: Bool {
    String(decoding: bytes, as: UTF8.self).count >= Self.minimumLength
  }
}
