import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing store files through the store's ``StoreCodec``.
extension CaseStore {
  /// Why a store file could not be read.
  enum ReadFailure: Error {
    /// The system call failed (for example `ENOENT`).
    case system(FileSystem.Failure)
    /// The bytes are there but do not open with this store's codec.
    case seal(Seal.Failure)

    var isMissing: Bool {
      if case .system(let failure) = self { return failure.code == ENOENT }
      return false
    }

    var reason: String {
      switch self {
      case .system(let failure): return failure.description
      case .seal(let failure): return failure.description
      }
    }
  }

  /// The content of a store file: read, then opened by the codec.
  func readContents(_ path: String) throws(ReadFailure) -> Data {
    let bytes: Data
    do {
      bytes = try fileSystem.read(path)
    } catch {
      throw .system(error)
    }
    do {
      return try codec.decode(bytes)
    } catch {
      throw .seal(error)
    }
  }

  /// Writes a store file atomically, sealed when the store is encrypted.
  func writeContents(_ data: Data, to url: URL) throws(StoreError) {
    let bytes: Data
    do {
      bytes = try codec.encode(data)
    } catch {
      throw .io(path: url.path, operation: "encrypt", reason: error.description)
    }
    try writeAtomically(bytes, to: url)
  }

  /// Whether the store seals its files.
  public var isEncrypted: Bool { codec.isSealed }
}

extension CaseStore {
  /// The content of a file sealed with this store's key (an export copied out of the store).
  public func unseal(_ data: Data, file: String) throws(StoreError) -> Data {
    do {
      return try codec.decode(data)
    } catch {
      throw .unreadable(file: file, reason: error.description)
    }
  }
}
