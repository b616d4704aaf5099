/// Why an encrypted store (or a sealed export) could not be opened or re-keyed.
public enum KeyFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The passphrase does not unwrap the key. Nothing was read or changed.
  case wrongPassphrase
  /// The key file is not what this version writes.
  case damaged(String)
  /// The store is already encrypted (for `init --encrypt` and `encrypt`).
  case alreadyEncrypted
  /// The store is not encrypted (for `passphrase`).
  case notEncrypted
  /// `casus encrypt` stopped half-way; running it again finishes the job.
  case interrupted
  /// A new passphrase shorter than ``Passphrase/minimumLength``.
  case tooShort
  /// `init --encrypt` on a store that already holds cases (use `casus encrypt`).
  case notEmpty
  /// Reading or writing the key file failed.
  case io(path: String, reason: String)

  public var description: String {
    switch self {
    case .wrongPassphrase: return "the passphrase is not correct"
    case .damaged(let reason): return "the key file store.key is damaged: \(reason)"
    case .alreadyEncrypted: return "the store is already encrypted"
    case .notEncrypted: return "the store is not encrypted"
    case .interrupted:
      return "encrypting the store was interrupted; run `casus encrypt` again to finish it"
    case .tooShort:
      return "a passphrase needs at least \(Passphrase.minimumLength) characters"
    case .notEmpty: return "the store already holds cases; use `casus encrypt` to encrypt them"
    case .io(let path, let reason): return "\(path): \(reason)"
    }
  }
}
