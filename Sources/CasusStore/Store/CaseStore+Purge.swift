import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removing closed cases whose retention date has passed, with a line in the store's own log.
extension CaseStore {
  /// One removal, as `purge-log.jsonl` keeps it: ids and dates only, never a name.
  public struct PurgeRecord: Hashable, Sendable, Codable {
    public var id: CaseID
    public var retainedUntil: LocalDate
    public var purgedAt: Date
    public var actor: String

    public init(id: CaseID, retainedUntil: LocalDate, purgedAt: Date, actor: String) {
      self.id = id
      self.retainedUntil = retainedUntil
      self.purgedAt = purgedAt
      self.actor = actor
    }
  }

  var purgeLogURL: URL { root.appendingPathComponent("purge-log.jsonl") }

  /// The cases whose retention date lies before `today`.
  public func purgeCandidates(today: LocalDate) -> [CaseFile] {
    loadAll().cases.filter { ($0.state.closure?.retainUntil).map { $0 < today } ?? false }
      .sorted { $0.id < $1.id }
  }

  /// Removes one case: the file is overwritten with random bytes and synced before it is
  /// unlinked, with its draft and conflict copies; then the removal is logged.
  ///
  /// Refuses a case that is not closed or not yet past its retention date.
  public func purge(_ id: CaseID, today: LocalDate, now: Date, actor: String) throws(StoreError)
    -> PurgeRecord
  {
    guard !readOnly else { throw .readOnly }
    let lock = try lock(id)
    defer { unlock(lock) }
    let file = try load(id)
    guard let until = file.state.closure?.retainUntil, until < today else {
      throw .io(
        path: relativePath(of: id), operation: "purge",
        reason: "the case is not closed or its retention date has not passed")
    }
    let record = PurgeRecord(id: id, retainedUntil: until, purgedAt: now, actor: actor)
    var line: Data
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      encoder.dateEncodingStrategy = .iso8601
      line = try encoder.encode(record)
    } catch {
      throw .io(path: purgeLogURL.path, operation: "encode", reason: "\(error)")
    }
    line.append(0x0A)
    try appendLog(line)
    let related = visibleOrHiddenNames().filter {
      $0 == "\(id.rawValue).json" || $0.hasPrefix(".\(id.rawValue).")
    }
    for name in related {
      try shred(casesDirectory.appendingPathComponent(name).path)
    }
    try syncDirectory(casesDirectory.path)
    removeFromIndex(id)
    return record
  }

  private func visibleOrHiddenNames() -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []
  }

  /// Appends one line to the purge log and syncs it: the log outlives every case it names.
  private func appendLog(_ line: Data) throws(StoreError) {
    let path = purgeLogURL.path
    do {
      let fd = try fileSystem.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
      defer { try? fileSystem.close(fd) }
      try fileSystem.write(fd, line)
      try fileSystem.fsync(fd)
    } catch {
      throw .io(path: path, operation: "append to", reason: error.description)
    }
  }

  /// Overwrites a file with random bytes, syncs, and unlinks it.
  private func shred(_ path: String) throws(StoreError) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    let size = Int(info.st_size)
    do throws(FileSystem.Failure) {
      if size > 0 {
        let fd = try fileSystem.open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0)
        var noise = Data(count: size)
        noise.withUnsafeMutableBytes { raw in
          for i in raw.indices { raw[i] = UInt8.random(in: 0...255) }
        }
        do {
          try fileSystem.write(fd, noise)
          try fileSystem.fsync(fd)
        } catch {
          try? fileSystem.close(fd)
          throw error
        }
        try fileSystem.close(fd)
      }
      try fileSystem.unlink(path)
    } catch {
      throw .io(path: path, operation: "remove", reason: error.description)
    }
  }
}
