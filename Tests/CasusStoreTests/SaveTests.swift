import CasusCore
import CasusStore
import Foundation
import Testing

@Suite("Saving and loading cases")
struct SaveTests {
  @Test("a case round-trips with its text stored as exact UTF-8")
  func roundTripUTF8() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let saved = try store.save(try Samples.newCase())
      #expect(saved.revision == 1)
      let data = try Data(contentsOf: root.appendingPathComponent("cases/C-BROUWER1.json"))
      for text in [
        "Cliënt Brouwer-Öztürk", "ik wil graag hulp bij één ding", "Nguyễn Văn An",
        "محمد", "ትግርኛ ተናጋሪ", "Zoë de Vries",
      ] {
        #expect(data.containsUTF8(text), "\(text) is not stored as plain UTF-8")
      }
      #expect(!data.containsUTF8("\\u"), "the file escapes characters")
      #expect(!data.containsUTF8("\\/"), "the file escapes slashes")
      #expect(try store.load(saved.id) == saved)
      #expect(store.loadAll().cases == [saved])
    }
  }

  @Test("each save raises the revision by one and keeps the history")
  func revisions() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let first = try store.save(try Samples.newCase())
      let second = try store.save(try Samples.edited(first))
      #expect(second.revision == 2)
      #expect(second.events.count == 2)
      let loaded = try store.load(second.id)
      #expect(loaded == second)
      #expect(loaded.problems().isEmpty)
    }
  }

  @Test("a save based on an older revision is refused and the disk file is unchanged")
  func staleSave() throws {
    try withTemporaryDirectory { root in
      let laptop = try CaseStore(root: root)
      let desktop = try CaseStore(root: root)
      let base = try laptop.save(try Samples.newCase())
      let copy = try desktop.load(base.id)
      _ = try laptop.save(try Samples.edited(base))
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      let before = try Data(contentsOf: url)
      #expect(throws: StoreError.staleRevision(base.id, expected: 1, onDisk: 2)) {
        try desktop.save(try Samples.edited(copy))
      }
      #expect(try Data(contentsOf: url) == before)
    }
  }

  @Test("a new case whose file already exists is refused")
  func newCaseExists() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let saved = try store.save(try Samples.newCase())
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      let before = try Data(contentsOf: url)
      #expect(throws: StoreError.alreadyExists(saved.id)) {
        try store.save(try Samples.newCase())
      }
      #expect(try Data(contentsOf: url) == before)
    }
  }

  @Test("saving a revision of a case that has no file is refused as not found")
  func savedCaseMissing() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      var file = try Samples.newCase()
      file.revision = 3
      #expect(throws: StoreError.notFound(file.id)) { try store.save(file) }
      #expect(throws: StoreError.notFound(file.id)) { try store.load(file.id) }
      #expect(allNames(in: root.appendingPathComponent("cases")) == [".C-BROUWER1.lock"])
    }
  }

  @Test("loadAll lists the newest melding first, then by id")
  func sortOrder() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      _ = try store.save(try Samples.newCase("C-B", meldingDay: 10))
      _ = try store.save(try Samples.newCase("C-C", meldingDay: 18))
      _ = try store.save(try Samples.newCase("C-A", meldingDay: 10))
      let ids = store.loadAll().cases.map(\.id.rawValue)
      #expect(ids == ["C-C", "C-A", "C-B"])
    }
  }

  @Test("opening a store creates its folders, and a save leaves only the case and its lock")
  func layout() throws {
    try withTemporaryDirectory { root in
      let nested = root.appendingPathComponent("a/b/casus")
      let store = try CaseStore(root: nested)
      #expect(allNames(in: nested) == ["cases", "quarantine"])
      _ = try store.save(try Samples.newCase())
      #expect(
        allNames(in: nested.appendingPathComponent("cases"))
          == [".C-BROUWER1.lock", "C-BROUWER1.json"])
      #expect(store.check().isEmpty)
    }
  }
}
