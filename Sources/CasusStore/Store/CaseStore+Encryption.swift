import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether a store is encrypted, as its key files say.
public enum EncryptionStatus: Hashable, Sendable {
  /// No `store.key`: files are plain JSON.
  case plain
  /// `store.key` exists: every file is sealed with the key it wraps.
  case encrypted
  /// Only `store.key.pending`: `casus encrypt` stopped half-way and must be run again.
  case interrupted
}

/// Encrypting a store, opening it with its passphrase, and changing the passphrase.
extension CaseStore {
  /// Whether the store at `root` is encrypted.
  public static func encryption(at root: URL, fileSystem: FileSystem = .real) -> EncryptionStatus {
    func exists(_ name: String) -> Bool {
      var info = stat()
      return stat(root.appendingPathComponent(name).path, &info) == 0
    }
    if exists(KeyFile.fileName) { return .encrypted }
    if exists(KeyFile.pendingName) { return .interrupted }
    return .plain
  }

  /// The store key of the encrypted store at `root`, unwrapped with `passphrase`.
  ///
  /// Reads only `store.key`; a wrong passphrase throws `.wrongPassphrase` and nothing else
  /// happens.
  public static func unlock(
    root: URL, passphrase: Passphrase, fileSystem: FileSystem = .real
  ) throws(KeyFileError) -> StoreKey {
    switch encryption(at: root, fileSystem: fileSystem) {
    case .plain: throw .notEncrypted
    case .interrupted: throw .interrupted
    case .encrypted:
      return try readKeyFile(root.appendingPathComponent(KeyFile.fileName), fileSystem)
        .unwrap(passphrase)
    }
  }

  /// Creates a new, empty, encrypted store at `root` (`casus init --encrypt`).
  public static func createEncrypted(
    root: URL, passphrase: Passphrase, derivation: KeyDerivation = .standard(),
    fileSystem: FileSystem = .real
  ) throws(KeyFileError) -> CaseStore {
    guard passphrase.isStrongEnough else { throw .tooShort }
    guard encryption(at: root, fileSystem: fileSystem) == .plain else { throw .alreadyEncrypted }
    let plain = try opened(root: root, key: nil, fileSystem: fileSystem)
    guard plain.visibleNames(in: plain.casesDirectory).isEmpty else { throw .notEmpty }
    let key = StoreKey.random()
    let file = try KeyFile.wrapping(key, passphrase: passphrase, derivation: derivation)
    try plain.writeKeyFile(file, name: KeyFile.fileName)
    return try opened(root: root, key: key, fileSystem: fileSystem)
  }

  /// What `casus encrypt` did.
  public struct EncryptionReport: Hashable, Sendable {
    /// Files that were plain and are now sealed (relative paths).
    public var sealed: [String]
    /// Files that were sealed already.
    public var alreadySealed: Int
  }

  /// Encrypts an existing store in place (`casus encrypt`), or finishes an interrupted run.
  ///
  /// A new key is wrapped into `store.key.pending`; then every case file, draft, conflict copy,
  /// quarantined file and the settings are sealed one by one (each atomically, case files under
  /// their lock); last, `store.key.pending` becomes `store.key`. A crash at any point leaves
  /// every file either plain or sealed, and running the command again with the same passphrase
  /// finishes the job. On an encrypted store it seals any plain file that got in.
  public static func encrypt(
    root: URL, passphrase: Passphrase, derivation: KeyDerivation = .standard(),
    fileSystem: FileSystem = .real
  ) throws(KeyFileError) -> EncryptionReport {
    let status = encryption(at: root, fileSystem: fileSystem)
    let plain = try opened(root: root, key: nil, fileSystem: fileSystem, status: .plain)
    let key: StoreKey
    switch status {
    case .plain:
      guard passphrase.isStrongEnough else { throw .tooShort }
      key = StoreKey.random()
      try plain.writeKeyFile(
        try KeyFile.wrapping(key, passphrase: passphrase, derivation: derivation),
        name: KeyFile.pendingName)
    case .interrupted:
      key = try readKeyFile(root.appendingPathComponent(KeyFile.pendingName), fileSystem)
        .unwrap(passphrase)
    case .encrypted:
      key = try unlock(root: root, passphrase: passphrase, fileSystem: fileSystem)
    }
    let sealedStore = try opened(root: root, key: key, fileSystem: fileSystem, status: .encrypted)
    // The index holds names too; it is not sealed in place but dropped, and the next load
    // rebuilds it sealed. Its journal frames are sealed one by one, so there is nothing to keep.
    for name in ["index/snapshot", "index/journal"] {
      try? fileSystem.unlink(root.appendingPathComponent(name).path)
    }
    var report = EncryptionReport(sealed: [], alreadySealed: 0)
    for relative in plain.filesToSeal() {
      let url = root.appendingPathComponent(relative)
      let id = relative.hasPrefix("cases/") ? caseID(fileName: url.lastPathComponent) : nil
      let lock = try? id.map { id throws(StoreError) in try sealedStore.lock(id) }
      defer { lock.map(sealedStore.unlock) }
      let bytes: Data
      do {
        bytes = try fileSystem.read(url.path)
      } catch {
        throw .io(path: url.path, reason: error.description)
      }
      if Seal.isSealed(bytes) {
        report.alreadySealed += 1
        continue
      }
      do {
        try sealedStore.writeContents(bytes, to: url)
      } catch {
        throw .io(path: url.path, reason: error.description)
      }
      report.sealed.append(relative)
    }
    if status != .encrypted {
      do {
        try fileSystem.rename(
          root.appendingPathComponent(KeyFile.pendingName).path,
          root.appendingPathComponent(KeyFile.fileName).path)
        try sealedStore.syncDirectory(root.path)
      } catch {
        throw .io(path: root.appendingPathComponent(KeyFile.fileName).path, reason: "\(error)")
      }
    }
    return report
  }

  /// Re-wraps the store key under a new passphrase (`casus passphrase`); no case is rewritten.
  public static func changePassphrase(
    root: URL, from old: Passphrase, to new: Passphrase,
    derivation: KeyDerivation = .standard(), fileSystem: FileSystem = .real
  ) throws(KeyFileError) {
    guard new.isStrongEnough else { throw .tooShort }
    let key = try unlock(root: root, passphrase: old, fileSystem: fileSystem)
    let store = try opened(root: root, key: key, fileSystem: fileSystem)
    try store.writeKeyFile(
      try KeyFile.wrapping(key, passphrase: new, derivation: derivation), name: KeyFile.fileName)
  }

  /// Every file under the store that holds case data: what `encrypt` must seal.
  func filesToSeal() -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []
    let cases = all.filter { name in
      name.hasSuffix(".json") && !name.hasSuffix(".tmp")
    }.sorted().map { "cases/" + $0 }
    let quarantined = visibleNames(in: quarantineDirectory).map { "quarantine/" + $0 }
    var settings: [String] = []
    if FileManager.default.fileExists(atPath: settingsURL.path) { settings = ["settings.json"] }
    return cases + quarantined + settings
  }

  private static func opened(
    root: URL, key: StoreKey?, fileSystem: FileSystem, status: EncryptionStatus? = nil
  ) throws(KeyFileError) -> CaseStore {
    do {
      return try CaseStore(root: root, fileSystem: fileSystem, key: key, assume: status)
    } catch {
      throw .io(path: root.path, reason: error.description)
    }
  }

  private static func readKeyFile(_ url: URL, _ fileSystem: FileSystem) throws(KeyFileError)
    -> KeyFile
  {
    do {
      return try KeyFile.decode(try fileSystem.read(url.path))
    } catch let error as KeyFileError {
      throw error
    } catch {
      throw .io(path: url.path, reason: "\(error)")
    }
  }

  private func writeKeyFile(_ file: KeyFile, name: String) throws(KeyFileError) {
    let url = root.appendingPathComponent(name)
    do {
      try writeAtomically(try file.encoded(), to: url)
    } catch let error as KeyFileError {
      throw error
    } catch {
      throw .io(path: url.path, reason: "\(error)")
    }
  }
}
