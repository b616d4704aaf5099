import Crypto
import Foundation

/// Sealing one file with its own password, for handover packages and exports.
///
/// Independent of any store key, so the receiver needs only the password (`casus unseal`).
/// Format: `casus-pwseal-v1\n` (16 bytes), then log2 N, r and p of scrypt (one byte each),
/// the 16-byte salt, and AES-256-GCM of the content (12-byte nonce ‖ ciphertext ‖ 16-byte
/// tag). Everything before the nonce is authenticated data, so the parameters cannot be
/// weakened unnoticed.
public enum PasswordSeal {
  /// The first bytes of a password-sealed file.
  public static let magic = Data("casus-pwseal-v1\n".utf8)

  /// Whether `data` is a password-sealed file.
  public static func isSealed(_ data: Data) -> Bool { data.starts(with: magic) }

  /// `content` sealed under `password` with `derivation` (fresh salt by default).
  public static func seal(
    _ content: Data, password: Passphrase, derivation: KeyDerivation = .standard()
  ) throws(KeyFileError) -> Data {
    guard password.isStrongEnough else { throw .tooShort }
    guard derivation.salt.count == 16 else { throw .damaged("the salt must have 16 bytes") }
    let header =
      magic + Data([UInt8(derivation.logN), UInt8(derivation.r), UInt8(derivation.p)])
      + derivation.salt
    let key = try derivation.key(for: password)
    do {
      return try Seal.seal(content, key: key, header: header)
    } catch {
      throw .damaged("cannot seal: \(error)")
    }
  }

  /// The content of a password-sealed file; `.wrongPassword` (as `.wrongPassphrase`) when the
  /// password does not open it, and never any part of the content.
  public static func open(_ data: Data, password: Passphrase) throws(KeyFileError) -> Data {
    let headerLength = magic.count + 3 + 16
    guard isSealed(data), data.count >= headerLength + 28 else {
      throw .damaged("not a password-sealed Casus file")
    }
    let bytes = [UInt8](data.prefix(headerLength))
    let derivation = KeyDerivation(
      logN: Int(bytes[16]), r: Int(bytes[17]), p: Int(bytes[18]),
      salt: Data(bytes[19..<headerLength]))
    let key = try derivation.key(for: password)
    do {
      return try Seal.open(
        data.dropFirst(headerLength), key: key, header: data.prefix(headerLength))
    } catch {
      throw .wrongPassphrase
    }
  }
}
