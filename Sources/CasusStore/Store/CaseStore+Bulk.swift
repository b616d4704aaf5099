import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing many cases at once (a generated or imported store): atomic per file, one sync at
/// the end instead of one per file.
extension CaseStore {
  /// Writes a case that does not exist yet, with a rename but without fsync; call
  /// ``syncAll()`` when the batch is done.
  ///
  /// Only for tools that create stores in bulk (`casus generate`): a crash in the middle loses
  /// at most files of the batch itself, never an existing case.
  @discardableResult
  public func writeNew(_ file: CaseFile) throws(StoreError) -> IndexEntry {
    guard !readOnly else { throw .readOnly }
    let url = fileURL(of: file.id)
    guard !FileManager.default.fileExists(atPath: url.path) else { throw .alreadyExists(file.id) }
    var next = file
    next.schemaVersion = CaseFile.currentSchemaVersion
    next.revision = max(1, file.revision)
    next = EventChain.linked(next)
    // Through the codec like every store file: sealed in an encrypted store.
    let data: Data
    do {
      data = try codec.encode(try CaseFileCoding.encode(next))
    } catch let error as StoreError {
      throw error
    } catch {
      throw .io(path: url.path, operation: "encrypt", reason: "\(error)")
    }
    let temporary = casesDirectory.appendingPathComponent(".\(file.id.rawValue).json.tmp")
    do {
      try data.write(to: temporary)
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o600], ofItemAtPath: temporary.path)
      try FileManager.default.moveItem(at: temporary, to: url)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .io(path: url.path, operation: "write", reason: "\(error.localizedDescription)")
    }
    let stamp = self.stamp(of: url.path) ?? FileStamp(size: -1, modified: 0)
    return IndexEntry(summary: CaseSummary(next), stamp: stamp)
  }

  /// Writes the index for a batch written with ``writeNew(_:)`` (plus what the index knew).
  public func writeIndex(_ entries: [IndexEntry]) throws(StoreError) {
    guard !readOnly else { throw .readOnly }
    try writeSnapshot(entries)
  }

  /// Flushes everything written to stable storage (`sync(2)`), then the cases folder.
  public func syncAll() throws(StoreError) {
    sync()
    try syncDirectory(casesDirectory.path)
  }
}
