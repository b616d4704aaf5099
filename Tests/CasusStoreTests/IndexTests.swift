import CasusCore
import CasusStore
import Foundation
import Testing

@Suite("The index beside the case files")
struct IndexTests {
  /// A store with three saved cases, one of them saved twice.
  func filled(_ root: URL) throws -> (CaseStore, [CaseFile]) {
    let store = try CaseStore(root: root)
    var files: [CaseFile] = []
    for (n, id) in ["C-INDEX001", "C-INDEX002", "C-INDEX003"].enumerated() {
      files.append(try store.save(try Samples.newCase(id, meldingDay: 10 + n)))
    }
    files[1] = try store.save(try Samples.talkedThrough(files[1]))
    return (store, files)
  }

  func summaries(_ files: [CaseFile]) -> [CaseSummary] {
    files.map(CaseSummary.init).sorted { a, b in
      a.melding.date != b.melding.date ? a.melding.date > b.melding.date : a.id < b.id
    }
  }

  @Test("the index gives the same summaries as the files, and the second load reads no case file")
  func agreesWithFiles() throws {
    try withTemporaryDirectory { root in
      let (store, files) = try filled(root)
      let first = store.loadIndex()
      #expect(first.summaries == summaries(files))
      let second = store.loadIndex()
      #expect(second.summaries == first.summaries)
      #expect(second.reread == 0)
      #expect(second.rebuilt == nil)
      #expect(store.checkIndex(against: files.map { try! store.load($0.id) }).agrees)
    }
  }

  @Test("a missing index is rebuilt from the files; so is a damaged one, and it says why")
  func missingAndDamaged() throws {
    try withTemporaryDirectory { root in
      let (store, files) = try filled(root)
      _ = store.loadIndex()
      try FileManager.default.removeItem(at: root.appendingPathComponent("index"))
      let rebuilt = store.loadIndex()
      #expect(rebuilt.rebuilt == "missing")
      #expect(rebuilt.summaries == summaries(files))
      let snapshot = root.appendingPathComponent("index/snapshot")
      var bytes = try Data(contentsOf: snapshot)
      bytes[bytes.count / 2] ^= 0xFF
      try bytes.write(to: snapshot)
      #expect(store.checkIndex(against: files).unusable?.hasPrefix("damaged") == true)
      let repaired = store.loadIndex()
      #expect(repaired.rebuilt?.hasPrefix("damaged") == true, "\(repaired.rebuilt ?? "")")
      #expect(repaired.summaries == summaries(files))
      #expect(store.loadIndex().rebuilt == nil)
    }
  }

  @Test("a case file changed behind the index is read again; a removed one leaves the index")
  func staleEntries() throws {
    try withTemporaryDirectory { root in
      let (store, files) = try filled(root)
      _ = store.loadIndex()
      // Another tool rewrites a case file without telling the index.
      let url = root.appendingPathComponent("cases/\(files[0].id).json")
      let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
        of: "\"name\" : \"Brouwer-Öztürk\"", with: "\"name\" : \"Brouwer-Öztürk \"")
      try Data(text.utf8).write(to: url)
      try FileManager.default.removeItem(
        at: root.appendingPathComponent("cases/\(files[2].id).json"))
      #expect(!store.checkIndex(against: store.loadAll().cases).agrees)
      let load = store.loadIndex()
      #expect(load.reread == 1)
      #expect(load.summaries.map(\.id).sorted() == [files[0].id, files[1].id].sorted())
      #expect(store.checkIndex(against: store.loadAll().cases).agrees)
      #expect(load.summaries.first { $0.id == files[0].id }?.householdName == "Brouwer-Öztürk ")
    }
  }

  @Test("every save is in the journal: a fresh load reads no case file")
  func journal() throws {
    try withTemporaryDirectory { root in
      let (store, files) = try filled(root)
      _ = store.loadIndex()
      let edited = try store.save(
        try files[2].applying(
          .edit(CaseEdit(question: "een andere vraag")), at: Samples.now,
          today: try Samples.today(),
          actor: Samples.actor))
      let load = try CaseStore(root: root).loadIndex()
      #expect(load.reread == 0)
      #expect(load.summaries.first { $0.id == edited.id }?.question == "een andere vraag")
    }
  }
}

@Suite("The index of an encrypted store")
struct EncryptedIndexTests {
  @Test("the snapshot and the journal are sealed: no name can be read from them")
  func sealed() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore.createEncrypted(
        root: root, passphrase: try #require(Passphrase("een lange wachtzin voor de test")),
        derivation: .forTests())
      let saved = try store.save(try Samples.newCase())
      _ = store.loadIndex()
      _ = try store.save(
        try saved.applying(
          .edit(CaseEdit(question: "nog een vraag")), at: Samples.now, today: try Samples.today(),
          actor: Samples.actor))
      for name in ["index/snapshot", "index/journal"] {
        let bytes = try Data(contentsOf: root.appendingPathComponent(name))
        #expect(!bytes.containsUTF8("Brouwer"), "\(name) holds a name in the clear")
      }
      #expect(store.loadIndex().summaries.first?.question == "nog een vraag")
    }
  }
}
