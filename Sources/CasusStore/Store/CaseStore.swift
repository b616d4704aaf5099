import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The case files on disk: one JSON file per case, saved atomically under a per-case lock.
///
/// Layout under ``root``: `cases/<id>.json`, lock files `cases/.<id>.lock`, the temporary
/// file of a save in progress `cases/.<id>.json.tmp`, and `quarantine/` for files set aside.
/// Names starting with a dot are never cases. Use one instance from one thread; several
/// instances and processes may share a root, the locks and revisions keep them apart.
public final class CaseStore: @unchecked Sendable {
  /// The store directory.
  public let root: URL
  /// A read-only store never creates, locks or writes anything.
  public let readOnly: Bool
  let fileSystem: FileSystem
  /// Plain, or sealed with the store key: every store file goes through it.
  let codec: StoreCodec
  /// Case files this store wrote or checked itself, as they were then (see ``VerifiedFile``).
  var verifiedFiles: [CaseID: VerifiedFile] = [:]
  let verifiedLock = NSLock()
  /// The cases whose event bytes are kept, oldest first.
  var recentlySaved: [CaseID] = []

  /// Opens the store at `root`, creating `root/cases` and `root/quarantine` unless `readOnly`.
  ///
  /// Directories are created with mode 0700 and files with 0600: cases are personal data.
  /// An encrypted store (one with `store.key`) needs its `key` (see ``unlock(root:passphrase:)``)
  /// and throws `.locked` without it; a key for a store that is not encrypted is refused too.
  public convenience init(
    root: URL, readOnly: Bool = false, fileSystem: FileSystem = .real, key: StoreKey? = nil
  ) throws(StoreError) {
    try self.init(root: root, readOnly: readOnly, fileSystem: fileSystem, key: key, assume: nil)
  }

  /// `assume` overrides what the key files say (for `encrypt`, which works on both views).
  init(
    root: URL, readOnly: Bool = false, fileSystem: FileSystem, key: StoreKey?,
    assume: EncryptionStatus?
  ) throws(StoreError) {
    self.root = root.standardizedFileURL
    self.readOnly = readOnly
    self.fileSystem = fileSystem
    let status = assume ?? Self.encryption(at: self.root, fileSystem: fileSystem)
    switch (status, key) {
    case (.plain, nil): codec = .plain
    case (.plain, .some): throw .locked(reason: "the store is not encrypted")
    case (_, nil): throw .locked(reason: "the store is encrypted")
    case (_, .some(let key)): codec = .sealed(key)
    }
    guard !readOnly else { return }
    var path = ""
    for component in self.root.path.split(separator: "/") {
      path += "/" + component
      try makeDirectory(path)
    }
    try makeDirectory(casesDirectory.path)
    try makeDirectory(quarantineDirectory.path)
  }

  private func makeDirectory(_ path: String) throws(StoreError) {
    do {
      try fileSystem.makeDirectory(path, 0o700)
    } catch {
      throw .io(path: path, operation: "create directory", reason: error.description)
    }
  }

  var casesDirectory: URL { root.appendingPathComponent("cases", isDirectory: true) }
  var quarantineDirectory: URL { root.appendingPathComponent("quarantine", isDirectory: true) }

  /// `cases/<id>.json`, relative to the root, as problems and errors name it.
  func relativePath(of id: CaseID) -> String { "cases/\(id.rawValue).json" }

  func fileURL(of id: CaseID) -> URL {
    casesDirectory.appendingPathComponent("\(id.rawValue).json", isDirectory: false)
  }

  /// The names in a directory that are not dotfiles, sorted; empty when it does not exist.
  func visibleNames(in directory: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  /// The case id a file name stands for, or `nil` when it is not `<id>.json`.
  static func caseID(fileName: String) -> CaseID? {
    guard fileName.hasSuffix(".json") else { return nil }
    return CaseID(String(fileName.dropLast(5)))
  }
}
