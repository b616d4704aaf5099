import Crypto
import Foundation
import _CryptoExtras

/// scrypt parameters: the cost of turning a passphrase into a key.
///
/// They are stored with every wrapped key (in `store.key`, in a sealed export), so a key
/// wrapped today still opens when the defaults grow later.
public struct KeyDerivation: Hashable, Sendable, Codable {
  /// log2 of scrypt's N (CPU and memory cost).
  public var logN: Int
  /// Block size.
  public var r: Int
  /// Parallelism.
  public var p: Int
  /// Random salt, 16 bytes.
  public var salt: Data

  public init(logN: Int, r: Int, p: Int, salt: Data) {
    self.logN = logN
    self.r = r
    self.p = p
    self.salt = salt
  }

  /// N = 2^17, r = 8, p = 1: 128 MiB and about half a second on a laptop, each time a
  /// passphrase is tried; a fresh random salt.
  public static func standard() -> KeyDerivation {
    KeyDerivation(logN: 17, r: 8, p: 1, salt: randomBytes(16))
  }

  /// Cheap parameters for tests only (N = 2^10).
  public static func forTests() -> KeyDerivation {
    KeyDerivation(logN: 10, r: 8, p: 1, salt: randomBytes(16))
  }

  /// Whether the parameters are in the range this version accepts (so a damaged or hostile
  /// file cannot ask for terabytes of memory or a zero-length salt).
  var isSane: Bool {
    guard (10...22).contains(logN), (1...32).contains(r), (1...16).contains(p),
      (8...64).contains(salt.count)
    else { return false }
    // scrypt needs about 128 · N · r · p bytes: at most 1 GiB, whatever a file asks for.
    return 128 * (1 << logN) * r * p <= 1 << 30
  }

  /// The 256-bit key scrypt derives from `passphrase` with these parameters.
  func key(for passphrase: Passphrase) throws(KeyFileError) -> SymmetricKey {
    guard isSane else { throw .damaged("unsupported scrypt parameters") }
    do {
      return try KDF.Scrypt.deriveKey(
        from: passphrase.bytes, salt: salt, outputByteCount: 32, rounds: 1 << logN,
        blockSize: r, parallelism: p)
    } catch {
      throw .damaged("scrypt failed: \(error)")
    }
  }

  /// The parameters as authenticated data: changing any of them makes unwrapping fail.
  var authenticatedData: Data {
    Data("casus.key.v1 scrypt logN=\(logN) r=\(r) p=\(p) salt=\(salt.base64EncodedString())".utf8)
  }
}

/// `count` bytes from the system's cryptographic random generator.
func randomBytes(_ count: Int) -> Data {
  SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Data($0) }
}
