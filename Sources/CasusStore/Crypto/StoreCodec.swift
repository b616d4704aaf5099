import Foundation

/// The one way store files become bytes on disk and back: plain, or sealed with the store key.
///
/// Every case file, draft, conflict copy and the settings file is written and read through
/// the store's codec (``CaseStore/writeContents(_:to:)`` and ``CaseStore/readContents(_:)``),
/// so in an encrypted store nothing reaches the disk in the clear. Only `store.key` (which
/// holds the key wrapped by the passphrase) and lock files (empty) are not sealed.
public enum StoreCodec: Sendable {
  /// An unencrypted store: bytes as they are; a sealed file is refused.
  case plain
  /// An encrypted store: AES-GCM with the store key; a plain file is refused.
  case sealed(StoreKey)

  /// Whether files are sealed.
  public var isSealed: Bool {
    if case .sealed = self { return true }
    return false
  }

  /// The bytes to write for `data`.
  public func encode(_ data: Data) throws(Seal.Failure) -> Data {
    switch self {
    case .plain: return data
    case .sealed(let key): return try Seal.seal(data, with: key)
    }
  }

  /// The content of bytes read from disk.
  public func decode(_ data: Data) throws(Seal.Failure) -> Data {
    switch self {
    case .plain:
      if Seal.isSealed(data) { throw .unexpectedlySealed }
      return data
    case .sealed(let key):
      return try Seal.open(data, with: key)
    }
  }
}
