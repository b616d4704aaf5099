import CasusCore
import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The index beside the case files: what the lists need, so start-up reads one file, not all.
///
/// `index/snapshot` holds every entry (a binary file with a SHA-256 trailer, sealed in an
/// encrypted store); `index/journal` gets one frame per save. The case files stay the truth: at
/// every load each file's size and modification time are compared with the index, and a file
/// that changed behind its back (another tool, a crash between the save and the journal, an
/// old version of Casus) is read again. A missing or damaged index is rebuilt from the files.
extension CaseStore {
  /// What ``loadIndex()`` found.
  public struct IndexLoad: Sendable {
    /// Every readable case, newest melding first.
    public var summaries: [CaseSummary]
    /// Each summary's ``SearchText``, in the same order.
    public var searchTexts: [[UInt8]]
    /// Files that could not be read, as ``loadAll()`` reports them.
    public var problems: [StoreProblem]
    /// Cases from a newer version of Casus: shown, never changed.
    public var readOnlyCases: Set<CaseID>
    /// Why the index was rebuilt from every file, if it was (`missing`, `damaged: …`).
    public var rebuilt: String?
    /// How many case files had to be read because the index did not know them as they are.
    public var reread: Int
  }

  var indexDirectory: URL { root.appendingPathComponent("index", isDirectory: true) }
  var snapshotURL: URL { indexDirectory.appendingPathComponent("snapshot") }
  var journalURL: URL { indexDirectory.appendingPathComponent("journal") }

  private static let snapshotMagic: [UInt8] = Array("CIX5".utf8)
  /// Journal frames beyond which the next load writes a fresh snapshot.
  static let compactAfter = 1000

  /// The summaries of every case, from the index where it is up to date, from the files where
  /// it is not; the index is repaired on the way (unless the store is read-only).
  public func loadIndex() -> IndexLoad {
    // Listing and stat-ing every case file waits on the disk; reading the snapshot is work
    // for a core: both at once.
    let listing = StampListing()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { listing.stamps = self.caseFileStamps() }
    var entries = IndexTable()
    var rebuilt: String?
    switch readSnapshot() {
    case .success(let loaded): entries = loaded
    case .failure(let unusable): rebuilt = unusable.reason
    }
    let frames = readJournal(into: &entries)
    group.wait()
    let onDisk = listing.stamps
    var stale: [String] = []
    for (name, (id, stamp)) in onDisk where entries[id]?.stamp != stamp { stale.append(name) }
    let known = Set(onDisk.values.map(\.id))
    let gone = entries.ids.filter { !known.contains($0) }
    for id in gone { entries[id] = nil }
    let results = Self.concurrentMap(stale.sorted()) { name in (name, self.read(name: name)) }
    var problems: [StoreProblem] = []
    var newer: Set<CaseID> = []
    for (name, (file, problem)) in results {
      if let problem { problems.append(problem) }
      guard let file, let stamp = onDisk[name]?.stamp else { continue }
      if problem?.kind == .newerVersion {
        // Not indexed: a newer version's file is read every time and never changed.
        newer.insert(file.id)
        entries[file.id] = IndexEntry(
          summary: CaseSummary(file), stamp: FileStamp(size: -1, modified: 0))
      } else {
        entries[file.id] = IndexEntry(summary: CaseSummary(file), stamp: stamp)
      }
    }
    if !self.readOnly
      && (rebuilt != nil || !stale.isEmpty || !gone.isEmpty || frames > Self.compactAfter)
    {
      try? writeSnapshot(entries.entries.filter { $0.stamp.size >= 0 })
    }
    var sorted = entries.takeEntries()
    sorted.sort { x, y in
      let (a, b) = (x.summary, y.summary)
      return a.melding.date != b.melding.date ? a.melding.date > b.melding.date : a.id < b.id
    }
    var summaries: [CaseSummary] = []
    var searchTexts: [[UInt8]] = []
    summaries.reserveCapacity(sorted.count)
    searchTexts.reserveCapacity(sorted.count)
    sorted.reverse()
    while let entry = sorted.popLast() {
      summaries.append(entry.summary)
      searchTexts.append(entry.searchText)
    }
    return IndexLoad(
      summaries: summaries, searchTexts: searchTexts, problems: problems, readOnlyCases: newer,
      rebuilt: rebuilt, reread: stale.count)
  }

  /// Rebuilds the index from every case file (`casus check --reindex`).
  public func rebuildIndex() throws(StoreError) -> Int {
    guard !readOnly else { throw .readOnly }
    try? fileSystem.unlink(snapshotURL.path)
    try? fileSystem.unlink(journalURL.path)
    return loadIndex().summaries.count
  }

  /// Records a saved case in the journal (called by ``save(_:)`` after the rename).
  ///
  /// Not synced: the journal only saves work at the next start; if it is lost, the file's
  /// stamp tells the next load to read the case again.
  func recordInIndex(_ file: CaseFile) {
    guard !readOnly, let stamp = stamp(of: fileURL(of: file.id).path) else { return }
    var w = BinaryWriter()
    w.raw([1])
    IndexEntry(summary: CaseSummary(file), stamp: stamp).write(to: &w)
    appendFrame(w.bytes)
  }

  /// Records that a case is gone (purged).
  func removeFromIndex(_ id: CaseID) {
    guard !readOnly else { return }
    var w = BinaryWriter()
    w.raw([2])
    w.string(id.rawValue)
    appendFrame(w.bytes)
  }

  /// Writes a snapshot of `entries` and empties the journal (for bulk writers and compaction).
  func writeSnapshot(_ entries: [IndexEntry]) throws(StoreError) {
    do {
      try fileSystem.makeDirectory(indexDirectory.path, 0o700)
    } catch {
      throw .io(path: indexDirectory.path, operation: "create directory", reason: error.description)
    }
    var w = BinaryWriter()
    w.raw(Self.snapshotMagic)
    w.uint(UInt64(entries.count))
    for entry in entries.sorted(by: { $0.summary.id < $1.summary.id }) { entry.write(to: &w) }
    let digest = Array(SHA256.hash(data: w.bytes))
    w.raw(digest)
    try writeContents(Data(w.bytes), to: snapshotURL)
    try? fileSystem.unlink(journalURL.path)
  }

  /// The entries of the snapshot, or why it cannot be used.
  private func readSnapshot() -> Result<IndexTable, IndexUnusable> {
    let data: Data
    do {
      data = try readContents(snapshotURL.path)
    } catch {
      return .failure(IndexUnusable(error.isMissing ? "missing" : "damaged: \(error.reason)"))
    }
    guard data.count > 36 else { return .failure(IndexUnusable("damaged: too short")) }
    let body = data.prefix(data.count - 32)
    guard Array(SHA256.hash(data: body)) == Array(data.suffix(32)) else {
      return .failure(IndexUnusable("damaged: the checksum does not match"))
    }
    return body.withUnsafeBytes { raw -> Result<IndexTable, IndexUnusable> in
      var r = BinaryReader(raw)
      do throws(BinaryReader.Malformed) {
        let magic = try r.raw(4)
        guard Array(magic) == Self.snapshotMagic else {
          return .failure(IndexUnusable("damaged: not an index"))
        }
        let count = try r.count()
        var out = IndexTable(capacity: count)
        for _ in 0..<count {
          let entry = try IndexEntry.read(from: &r)
          out[entry.summary.id] = entry
        }
        return .success(out)
      } catch {
        return .failure(IndexUnusable("damaged: an entry cannot be read"))
      }
    }
  }

  /// Applies the journal's frames to `entries` and returns how many there were.
  ///
  /// A frame cut off by a crash ends the journal.
  private func readJournal(into entries: inout IndexTable) -> Int {
    guard let bytes = try? fileSystem.read(journalURL.path) else { return 0 }
    var frames = 0
    var offset = 0
    let all = [UInt8](bytes)
    while offset + 4 <= all.count {
      let length =
        Int(all[offset]) | Int(all[offset + 1]) << 8 | Int(all[offset + 2]) << 16
        | Int(all[offset + 3]) << 24
      offset += 4
      guard length > 0, offset + length <= all.count else { break }
      let frame = Data(all[offset..<(offset + length)])
      offset += length
      guard let plain = try? codec.decode(frame) else { break }
      plain.withUnsafeBytes { raw in
        var r = BinaryReader(raw)
        guard let kind = try? r.raw(1).first else { return }
        if kind == 1, let entry = try? IndexEntry.read(from: &r) {
          entries[entry.summary.id] = entry
        } else if kind == 2, let text = try? r.string(), let id = CaseID(text) {
          entries[id] = nil
        }
      }
      frames += 1
    }
    return frames
  }

  private func appendFrame(_ record: [UInt8]) {
    guard let sealed = try? codec.encode(Data(record)) else { return }
    var frame = Data()
    let n = UInt32(sealed.count)
    frame.append(contentsOf: [
      UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24),
    ])
    frame.append(sealed)
    try? fileSystem.makeDirectory(indexDirectory.path, 0o700)
    guard
      let fd = try? fileSystem.open(
        journalURL.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    else { return }
    // One write: appends of one call do not interleave with another process's appends.
    try? fileSystem.write(fd, frame)
    try? fileSystem.close(fd)
  }

  /// `<id>.json` in `cases/` with each file's stamp, by file name.
  ///
  /// Read with `readdir` and `fstatat` on the open directory: at start-up this runs over
  /// every file of the store, and building a URL and resolving a full path per file cost
  /// more than the `stat` itself. Hidden names (a lock file per case) are skipped before a
  /// `String` is made of them.
  func caseFileStamps() -> [String: (id: CaseID, stamp: FileStamp)] {
    var out: [String: (id: CaseID, stamp: FileStamp)] = [:]
    eachCasesEntry { name, fd in
      guard name[0] != CChar(UInt8(ascii: ".")) else { return }
      let text = String(cString: name)
      guard let id = Self.caseID(fileName: text) else { return }
      var info = stat()
      guard fstatat(fd, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
      let ns = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
      out[text] = (id, FileStamp(size: Int(info.st_size), modified: ns))
    }
    return out
  }

  /// The hidden names in `cases/` other than lock and temporary files.
  ///
  /// Those are drafts and conflict copies. A `String` is made only of those: a store has a
  /// lock file per case.
  func hiddenNames() -> [String] {
    var out: [String] = []
    eachCasesEntry { name, _ in
      guard name[0] == CChar(UInt8(ascii: ".")) else { return }
      let length = strlen(name)
      func ends(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        return length >= n && memcmp(name + length - n, suffix.utf8Start, n) == 0
      }
      guard length > 2, !ends(".lock"), !ends(".tmp") else { return }
      out.append(String(cString: name))
    }
    return out
  }

  /// Calls `body` with the name of every entry of `cases/` (as `readdir` gives it) and the
  /// open directory's descriptor, for `fstatat`.
  private func eachCasesEntry(_ body: (UnsafePointer<CChar>, Int32) -> Void) {
    guard let directory = opendir(casesDirectory.path) else { return }
    defer { closedir(directory) }
    let fd = dirfd(directory)
    while let entry = readdir(directory) {
      withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { body($0, fd) }
      }
    }
  }

  /// Size and modification time in nanoseconds, from `stat(2)`.
  func stamp(of path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    let ns = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    return FileStamp(size: Int(info.st_size), modified: ns)
  }

  /// How the index compares with the files (`casus check`).
  public struct IndexCheck: Sendable {
    /// Why the snapshot cannot be used, if it cannot (`missing`, `damaged: …`).
    public var unusable: String?
    /// Cases whose file the index does not know as it is (the next load reads them again).
    public var stale: [CaseID]
    /// Cases the index lists that have no file.
    public var orphans: [CaseID]

    public var agrees: Bool { unusable == nil && stale.isEmpty && orphans.isEmpty }
  }

  /// Compares the index with `cases` as just read from their files.
  public func checkIndex(against cases: [CaseFile]) -> IndexCheck {
    var entries = IndexTable()
    var unusable: String?
    switch readSnapshot() {
    case .success(let loaded): entries = loaded
    case .failure(let reason):
      // Without a snapshot the journal alone may still know every case (a store only ever
      // written by `casus new`); what it does not know shows as stale below.
      if reason.reason != "missing" { unusable = reason.reason }
    }
    _ = readJournal(into: &entries)
    let stale = cases.filter { entries[$0.id]?.summary != CaseSummary($0) }.map(\.id).sorted()
    let present = Set(cases.map(\.id))
    let orphans = entries.ids.filter { !present.contains($0) }.sorted()
    return IndexCheck(unusable: unusable, stale: stale, orphans: orphans)
  }
}

/// The stamps of the case files, listed on another thread while the snapshot is read; read
/// only after the group that wrote it was waited for.
private final class StampListing: @unchecked Sendable {
  var stamps: [String: (id: CaseID, stamp: FileStamp)] = [:]
}

/// Why the snapshot could not be used.
struct IndexUnusable: Error {
  var reason: String
  init(_ reason: String) { self.reason = reason }
}
