import Crypto
import Foundation

/// Sealing bytes with AES-256-GCM: the format of every encrypted file in a store.
///
/// A sealed file is `casus-sealed-v1\n` (16 bytes, so `head -c 16` tells what the file is),
/// a 12-byte random nonce, the ciphertext and the 16-byte authentication tag. The 16 header
/// bytes are authenticated too. Opening checks the tag before anything is returned, so a
/// wrong key or a changed byte gives an error and never partial or garbled data.
public enum Seal {
  /// The first bytes of every sealed store file.
  public static let magic = Data("casus-sealed-v1\n".utf8)

  /// Why sealed bytes could not be opened.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes do not start with the sealed-file header.
    case notSealed
    /// Too short, or the tag does not match: another key, or the file was changed.
    case cannotOpen
    /// A sealed file in a store that has no key file.
    case unexpectedlySealed

    public var description: String {
      switch self {
      case .notSealed: return "not an encrypted Casus file"
      case .cannotOpen:
        return "cannot be decrypted: it was changed, or sealed with another store's key"
      case .unexpectedlySealed:
        return "it is encrypted, but this store has no key file (store.key)"
      }
    }
  }

  /// Whether `data` starts with the sealed-file header.
  public static func isSealed(_ data: Data) -> Bool { data.starts(with: magic) }

  /// `data` sealed with `key` under a fresh random nonce.
  public static func seal(_ data: Data, with key: StoreKey) throws(Failure) -> Data {
    try seal(data, key: key.key, header: magic)
  }

  /// The plaintext of sealed `data`; throws without returning anything when it does not open.
  public static func open(_ data: Data, with key: StoreKey) throws(Failure) -> Data {
    guard isSealed(data) else { throw .notSealed }
    return try open(data.dropFirst(magic.count), key: key.key, header: magic)
  }

  /// AES-GCM with `header` as authenticated data: header ‖ nonce ‖ ciphertext ‖ tag.
  static func seal(_ data: Data, key: SymmetricKey, header: Data) throws(Failure) -> Data {
    do {
      let box = try AES.GCM.seal(data, using: key, nonce: AES.GCM.Nonce(), authenticating: header)
      guard let combined = box.combined else { throw Failure.cannotOpen }
      return header + combined
    } catch {
      throw .cannotOpen
    }
  }

  /// Opens `body` (nonce ‖ ciphertext ‖ tag) sealed with `header` as authenticated data.
  static func open(_ body: Data, key: SymmetricKey, header: Data) throws(Failure) -> Data {
    guard body.count >= 12 + 16 else { throw .cannotOpen }
    do {
      let box = try AES.GCM.SealedBox(combined: Data(body))
      return try AES.GCM.open(box, using: key, authenticating: header)
    } catch {
      throw .cannotOpen
    }
  }
}
