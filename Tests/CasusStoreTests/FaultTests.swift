import CasusCore
import CasusStore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// One system call of a save made to fail with one errno.
enum Fault: CustomTestStringConvertible, CaseIterable {
  case createAccessDenied, writeNoSpace, syncIOError, renameReadOnlyFS

  var testDescription: String {
    switch self {
    case .createAccessDenied: return "EACCES creating the temporary file"
    case .writeNoSpace: return "ENOSPC while writing"
    case .syncIOError: return "EIO on fsync"
    case .renameReadOnlyFS: return "EROFS on rename"
    }
  }

  var operation: String {
    switch self {
    case .createAccessDenied: return "create"
    case .writeNoSpace: return "write"
    case .syncIOError: return "sync"
    case .renameReadOnlyFS: return "rename"
    }
  }

  var code: Int32 {
    switch self {
    case .createAccessDenied: return EACCES
    case .writeNoSpace: return ENOSPC
    case .syncIOError: return EIO
    case .renameReadOnlyFS: return EROFS
    }
  }

  /// The real file system with this one step failing.
  var fileSystem: FileSystem {
    var fs = FileSystem.real
    let code = code
    switch self {
    case .createAccessDenied:
      fs.open = { path, flags, mode throws(FileSystem.Failure) in
        if path.hasSuffix(".tmp") { throw FileSystem.Failure(code) }
        return try FileSystem.real.open(path, flags, mode)
      }
    case .writeNoSpace:
      fs.write = { fd, bytes throws(FileSystem.Failure) in
        // Part of the file reaches the disk before the device fills up.
        try FileSystem.real.write(fd, bytes.prefix(bytes.count / 2))
        throw FileSystem.Failure(code)
      }
    case .syncIOError:
      fs.fsync = { _ throws(FileSystem.Failure) in throw FileSystem.Failure(code) }
    case .renameReadOnlyFS:
      fs.rename = { _, _ throws(FileSystem.Failure) in throw FileSystem.Failure(code) }
    }
    return fs
  }
}

@Suite("Failing disks and read-only stores")
struct FaultTests {
  @Test(
    "a failed save throws io with the system's reason and leaves the old file and no temp",
    arguments: Fault.allCases)
  func failedSave(fault: Fault) throws {
    try withTemporaryDirectory { root in
      let saved = try CaseStore(root: root).save(try Samples.newCase())
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      let before = try Data(contentsOf: url)
      let store = try CaseStore(root: root, fileSystem: fault.fileSystem)
      let error = try #require(throws: StoreError.self) {
        try store.save(try Samples.edited(saved))
      }
      let reason = String(cString: strerror(fault.code))
      guard case .io(let path, let operation, let got) = error else {
        Issue.record("expected an io error, got \(error)")
        return
      }
      #expect(operation == fault.operation)
      #expect(got == reason)
      #expect(path.hasPrefix(root.path))
      #expect(error.description.hasSuffix(": \(reason)."))
      #expect(try Data(contentsOf: url) == before)
      #expect(
        allNames(in: root.appendingPathComponent("cases"))
          == [".C-BROUWER1.lock", "C-BROUWER1.json"])
      #expect(try CaseStore(root: root).save(try Samples.edited(saved)).revision == 2)
    }
  }

  @Test("ENOSPC reads as a clear sentence")
  func noSpaceSentence() {
    let error = StoreError.io(
      path: "/data/cases/.C-1.json.tmp", operation: "write",
      reason: FileSystem.Failure(ENOSPC).description)
    #expect(
      error.description
        == "Could not write /data/cases/.C-1.json.tmp: No space left on device.")
  }

  @Test("a store that cannot create its folders says which and why")
  func cannotCreate() throws {
    var fs = FileSystem.real
    fs.makeDirectory = { path, _ throws(FileSystem.Failure) in
      if path.hasSuffix("/quarantine") { throw FileSystem.Failure(EACCES) }
    }
    #expect(
      throws: StoreError.io(
        path: "/tmp/nowhere/quarantine", operation: "create directory",
        reason: "Permission denied")
    ) {
      try CaseStore(root: URL(fileURLWithPath: "/tmp/nowhere"), fileSystem: fs)
    }
  }

  @Test("a read-only store on a missing folder creates nothing")
  func readOnlyMissing() throws {
    try withTemporaryDirectory { root in
      let missing = root.appendingPathComponent("absent")
      let store = try CaseStore(root: missing, readOnly: true)
      #expect(store.loadAll().cases.isEmpty)
      #expect(store.check().isEmpty)
      #expect(throws: StoreError.readOnly) { try store.save(try Samples.newCase()) }
      #expect(!FileManager.default.fileExists(atPath: missing.path))
    }
  }

  @Test("a read-only store writes nothing: same files, same bytes")
  func readOnlyWritesNothing() throws {
    try withTemporaryDirectory { root in
      let writer = try CaseStore(root: root)
      let saved = try writer.save(try Samples.newCase())
      try Data("garbage".utf8).write(to: root.appendingPathComponent("cases/C-BAD.json"))
      try FileManager.default.removeItem(at: root.appendingPathComponent("cases/.C-BROUWER1.lock"))
      let before = directoryContents(root)

      let store = try CaseStore(root: root, readOnly: true)
      #expect(store.loadAll().cases == [saved])
      #expect(store.check().count == 1)
      #expect(try store.load(saved.id) == saved)
      #expect(throws: StoreError.readOnly) { try store.save(try Samples.edited(saved)) }
      #expect(throws: StoreError.readOnly) { try store.save(try Samples.newCase("C-NEW")) }
      #expect(throws: StoreError.readOnly) { try store.quarantine(file: "cases/C-BAD.json") }
      #expect(directoryContents(root) == before)
    }
  }
}
