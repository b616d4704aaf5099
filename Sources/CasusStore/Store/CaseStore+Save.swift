import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saving: an exclusive per-case lock, a revision check, and an atomic replace.
extension CaseStore {
  /// Saves `file`: `file.revision` must equal the revision on disk (0 = new case, no file may
  /// exist yet).
  ///
  /// Under an exclusive `flock` on `cases/.<id>.lock`: read the disk revision, compare, write
  /// revision + 1 atomically (temporary file in the same directory, write, fsync, rename, fsync
  /// the directory). Returns the file exactly as it now reads back from disk (revision + 1;
  /// event times at whole seconds, as ISO 8601 stores them). On any failure the previous file
  /// is untouched and no temporary file is left behind.
  public func save(_ file: CaseFile) throws(StoreError) -> CaseFile {
    guard !readOnly else { throw .readOnly }
    guard file.schemaVersion <= CaseFile.currentSchemaVersion else {
      throw .newerSchema(file.id, version: file.schemaVersion)
    }
    let lock = try lock(file.id)
    defer { unlock(lock) }
    let disk = try diskState(of: file.id)
    let onDisk = disk?.revision
    switch onDisk {
    case nil where file.revision != 0:
      throw .notFound(file.id)
    case .some where file.revision == 0:
      throw .alreadyExists(file.id)
    case .some(let revision) where revision != file.revision:
      throw .staleRevision(file.id, expected: file.revision, onDisk: revision)
    default:
      break
    }
    var next = file
    next.schemaVersion = CaseFile.currentSchemaVersion
    next.revision = file.revision + 1
    // The events already on disk were checked (or written) by this store: only the new ones
    // need hashing, starting from the head the disk file has.
    var reusable = EventBytes.none
    if let disk, let head = disk.head, file.chainHead == head, disk.events <= file.events.count {
      next = EventChain.linked(next, from: disk.events, head: head)
      // The same events are on disk as this store wrote them: their bytes are reused.
      if let bytes = disk.eventBytes, bytes.count == disk.events { reusable = bytes }
    } else {
      next = EventChain.linked(next)
    }
    let (data, eventBytes) = try CaseFileCoding.encode(next, reusing: reusable)
    let url = fileURL(of: file.id)
    try writeContents(data, to: url)
    let saved = CaseFileCoding.asStored(next)
    remember(
      file.id,
      VerifiedFile(
        digest: nil, bytes: data, revision: saved.revision, head: saved.chainHead,
        events: saved.events.count, eventBytes: eventBytes))
    recordInIndex(saved)
    return saved
  }

  /// The revision, chain head and event count of the file on disk, `nil` when there is none.
  ///
  /// The file is always read. When its bytes are the ones this store last wrote or verified
  /// (same SHA-256), what it knew of them holds; any other file is decoded and its chain
  /// verified. Never build on a history that was changed outside Casus: that would hide it.
  private func diskState(of id: CaseID) throws(StoreError) -> VerifiedFile? {
    let path = fileURL(of: id).path
    let data: Data
    do {
      data = try readContents(path)
    } catch {
      if error.isMissing { return nil }
      if case .seal = error { throw .unreadable(file: relativePath(of: id), reason: error.reason) }
      throw .io(path: path, operation: "read", reason: error.reason)
    }
    verifiedLock.lock()
    let known = verifiedFiles[id]
    verifiedLock.unlock()
    if let known, known.describes(data) { return known }
    switch CaseFileCoding.decode(data) {
    case .current(let disk):
      if let broken = EventChain.verify(disk) { throw .historyChanged(id, seq: broken.seq) }
      let state = VerifiedFile(
        digest: VerifiedFile.digest(data), bytes: nil, revision: disk.revision,
        head: disk.chainHead, events: disk.events.count, eventBytes: nil)
      remember(id, state)
      return state
    case .newer(let version, _, _): throw .newerSchema(id, version: version)
    case .failed(let reason): throw .unreadable(file: relativePath(of: id), reason: reason)
    }
  }

  private func remember(_ id: CaseID, _ state: VerifiedFile) {
    verifiedLock.lock()
    defer { verifiedLock.unlock() }
    verifiedFiles[id] = state
    guard state.bytes != nil else { return }
    // Bytes of the last few saved cases only (each about twice its file); the others keep
    // a digest.
    recentlySaved.removeAll { $0 == id }
    recentlySaved.append(id)
    while recentlySaved.count > Self.eventBytesKept {
      let old = recentlySaved.removeFirst()
      guard var known = verifiedFiles[old], let bytes = known.bytes else { continue }
      known.digest = VerifiedFile.digest(bytes)
      known.bytes = nil
      known.eventBytes = nil
      verifiedFiles[old] = known
    }
  }

  /// How many cases keep the bytes of their events for the next save.
  static let eventBytesKept = 8

  /// Takes the exclusive lock of one case; blocks while another process holds it.
  ///
  /// `flock` locks belong to the open file, so they vanish when the process dies, even by
  /// `kill -9`: a crash never leaves a case locked.
  func lock(_ id: CaseID) throws(StoreError) -> Int32 {
    let path = casesDirectory.appendingPathComponent(".\(id.rawValue).lock").path
    let fd: Int32
    do {
      fd = try fileSystem.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    } catch {
      throw .io(path: path, operation: "open the lock file", reason: error.description)
    }
    while flock(fd, LOCK_EX) != 0 {
      let code = errno
      if code == EINTR { continue }
      try? fileSystem.close(fd)
      throw .io(path: path, operation: "lock", reason: FileSystem.Failure(code).description)
    }
    return fd
  }

  func unlock(_ fd: Int32) {
    // Closing the descriptor releases the lock.
    try? fileSystem.close(fd)
  }

  /// Replaces `url` with `data` so that a crash at any moment leaves the old or the new file.
  ///
  /// The temporary name is fixed per case (`.<name>.tmp`): only the lock holder writes it, so
  /// a temporary file left by a crash is simply overwritten by the next save.
  func writeAtomically(_ data: Data, to url: URL) throws(StoreError) {
    let directory = url.deletingLastPathComponent().path
    let temporary = directory + "/." + url.lastPathComponent + ".tmp"
    let fs = fileSystem
    let fd: Int32
    do {
      fd = try fs.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    } catch {
      throw .io(path: temporary, operation: "create", reason: error.description)
    }
    var step = "write"
    do {
      try fs.write(fd, data)
      step = "sync"
      try fs.fsync(fd)
    } catch {
      try? fs.close(fd)
      try? fs.unlink(temporary)
      throw .io(path: temporary, operation: step, reason: error.description)
    }
    do {
      step = "close"
      try fs.close(fd)
      step = "rename"
      try fs.rename(temporary, url.path)
    } catch {
      try? fs.unlink(temporary)
      throw .io(
        path: step == "rename" ? url.path : temporary, operation: step,
        reason: error.description)
    }
    try syncDirectory(directory)
  }

  /// Makes a rename durable: fsync the directory that holds the entry.
  func syncDirectory(_ path: String) throws(StoreError) {
    let fs = fileSystem
    do {
      let fd = try fs.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
      defer { try? fs.close(fd) }
      try fs.fsync(fd)
    } catch {
      throw .io(path: path, operation: "sync directory", reason: error.description)
    }
  }
}
