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
  /// Makes and writes `count` new cases on every core (`casus generate`), in index order;
  /// the first failure is thrown after the others finished.
  public func writeNew(
    count: Int, make: @escaping @Sendable (Int) throws -> CaseFile,
    progress: @escaping @Sendable (Int) -> Void = { _ in }
  ) throws(StoreError) -> [IndexEntry] {
    let done = Counter()
    let results = Self.concurrentMap(Array(0..<count)) { index -> Result<IndexEntry, StoreError> in
      let result: Result<IndexEntry, StoreError>
      do {
        result = .success(try self.writeNew(try make(index)))
      } catch let error as StoreError {
        result = .failure(error)
      } catch {
        result = .failure(.io(path: self.root.path, operation: "generate", reason: "\(error)"))
      }
      progress(done.increment())
      return result
    }
    var entries: [IndexEntry] = []
    entries.reserveCapacity(count)
    for result in results {
      switch result {
      case .success(let entry): entries.append(entry)
      case .failure(let error): throw error
      }
    }
    return entries
  }

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

/// A count shared by the threads of a bulk write.
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
