import Crypto
import Foundation

/// `<store>/store.key`: the store key, wrapped by a key derived from the passphrase.
///
/// JSON, so a person can see what it is: `format`, the scrypt parameters and salt, and
/// `wrappedKey`, the 32-byte store key sealed with AES-256-GCM under the derived key (nonce ‖
/// ciphertext ‖ tag, base64), with the parameters as authenticated data. A wrong passphrase
/// derives another key, the tag does not match, and nothing is returned.
public struct KeyFile: Hashable, Sendable, Codable {
  /// The only format this version reads and writes.
  public static let currentFormat = "casus.key.v1"
  /// The file name in the store folder.
  public static let fileName = "store.key"
  /// The name while `casus encrypt` is sealing the files; renamed to ``fileName`` when done.
  public static let pendingName = "store.key.pending"

  public var format: String
  public var kdf: String
  public var cipher: String
  public var derivation: KeyDerivation
  public var wrappedKey: Data

  /// Wraps `key` under `passphrase` with `derivation`.
  public static func wrapping(
    _ key: StoreKey, passphrase: Passphrase, derivation: KeyDerivation
  ) throws(KeyFileError) -> KeyFile {
    let wrapping = try derivation.key(for: passphrase)
    do {
      let box = try AES.GCM.seal(
        key.bytes, using: wrapping, nonce: AES.GCM.Nonce(),
        authenticating: derivation.authenticatedData)
      guard let combined = box.combined else { throw KeyFileError.damaged("cannot wrap") }
      return KeyFile(
        format: currentFormat, kdf: "scrypt", cipher: "AES-256-GCM", derivation: derivation,
        wrappedKey: combined)
    } catch {
      throw .damaged("cannot wrap the key: \(error)")
    }
  }

  /// The store key, or `.wrongPassphrase`.
  public func unwrap(_ passphrase: Passphrase) throws(KeyFileError) -> StoreKey {
    guard format == Self.currentFormat, kdf == "scrypt", cipher == "AES-256-GCM" else {
      throw .damaged("unknown format \(format) (\(kdf), \(cipher))")
    }
    let wrapping = try derivation.key(for: passphrase)
    let bytes: Data
    do {
      let box = try AES.GCM.SealedBox(combined: wrappedKey)
      bytes = try AES.GCM.open(box, using: wrapping, authenticating: derivation.authenticatedData)
    } catch {
      throw .wrongPassphrase
    }
    guard bytes.count == 32 else { throw .damaged("the key has \(bytes.count) bytes, not 32") }
    return StoreKey(SymmetricKey(data: bytes))
  }

  /// The file's bytes: pretty JSON with sorted keys and one final newline.
  func encoded() throws(KeyFileError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(self) + Data([0x0A])
    } catch {
      throw .damaged("cannot encode: \(error)")
    }
  }

  /// Reads a key file's bytes.
  static func decode(_ data: Data) throws(KeyFileError) -> KeyFile {
    do {
      return try JSONDecoder().decode(KeyFile.self, from: data)
    } catch {
      throw .damaged(CaseFileCoding.describe(error, data: data))
    }
  }
}
