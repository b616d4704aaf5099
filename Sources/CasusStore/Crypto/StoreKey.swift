import Crypto
import Foundation

/// The random key that seals every file of an encrypted store; it lives only in memory.
///
/// It is made once, when the store is encrypted, and never changes: the passphrase only
/// wraps it (see ``KeyFile``), so a new passphrase re-wraps this key instead of re-sealing
/// every case.
public struct StoreKey: @unchecked Sendable {
  // @unchecked: SymmetricKey is an immutable value (copy-on-write secure bytes that are
  // zeroed when freed) that swift-crypto 3 does not mark Sendable; it is never mutated.
  let key: SymmetricKey

  init(_ key: SymmetricKey) { self.key = key }

  /// A fresh 256-bit key from the system's random generator.
  public static func random() -> StoreKey { StoreKey(SymmetricKey(size: .bits256)) }

  /// The key's bytes, only to be wrapped by a key derived from a passphrase.
  var bytes: Data { key.withUnsafeBytes { Data($0) } }
}
