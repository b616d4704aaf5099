import Crypto
import Foundation

/// A case file as this store last wrote or verified it: its revision, its chain head and how
/// many events it holds, with the SHA-256 of its bytes that tells whether it is still that file.
///
/// A save must not build on a file changed behind its back. Decoding it and verifying its
/// whole chain before every save costs several times the write itself (docs/performance.md);
/// reading it and comparing a digest costs a fraction, and any changed byte still shows.
struct VerifiedFile: Sendable {
  /// SHA-256 of the bytes; `nil` while the bytes themselves are kept.
  var digest: [UInt8]?
  /// The bytes this store wrote, for the last few saved cases (compared as they are).
  var bytes: Data?
  var revision: Int
  var head: String?
  var events: Int
  /// The bytes of its events, when this store wrote it (kept for the last few saved cases).
  var eventBytes: EventBytes?

  static func digest(_ data: Data) -> [UInt8] { Array(SHA256.hash(data: data)) }

  /// Whether `data` is the file this was made from.
  func describes(_ data: Data) -> Bool {
    if let bytes { return bytes == data }
    if let digest { return digest == Self.digest(data) }
    return false
  }
}
