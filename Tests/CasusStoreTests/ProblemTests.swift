import CasusCore
import CasusStore
import Foundation
import Testing

@Suite("Unreadable, invalid and newer files")
struct ProblemTests {
  @Test("a garbage file does not stop loadAll, which names it")
  func garbage() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let good = try store.save(try Samples.newCase("C-GOOD"))
      try Data("{ this is not json".utf8)
        .write(to: root.appendingPathComponent("cases/C-BAD.json"))
      let snapshot = store.loadAll()
      #expect(snapshot.cases == [good])
      let problem = try #require(snapshot.problems.first)
      #expect(snapshot.problems.count == 1)
      #expect(problem.file == "cases/C-BAD.json")
      #expect(problem.kind == .unreadable)
      #expect(problem.reason.hasPrefix("not valid JSON"))
      #expect(throws: StoreError.self) { try store.load(try Samples.id("C-BAD")) }
    }
  }

  @Test("check names the bad file and the field that fails to decode")
  func checkNamesField() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let saved = try store.save(try Samples.newCase("C-GOOD"))
      try Data("[1, 2".utf8).write(to: root.appendingPathComponent("cases/C-BAD.json"))
      var text = try String(
        contentsOf: root.appendingPathComponent("cases/C-GOOD.json"),
        encoding: .utf8)
      text = text.replacingOccurrences(of: "2026-11-18T11:06:40Z", with: "gisteren")
      try Data(text.utf8).write(to: root.appendingPathComponent("cases/C-DATE.json"))
      let problems = store.check()
      #expect(problems.map(\.file) == ["cases/C-BAD.json", "cases/C-DATE.json"])
      #expect(problems.allSatisfy { $0.kind == .unreadable })
      #expect(problems[1].reason.contains("events[0].at"), "\(problems[1].reason)")
      #expect(try store.load(saved.id) == saved)
    }
  }

  @Test("check reports a file whose name is not its id, and broken engine rules")
  func checkInvalid() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      var file = try store.save(try Samples.newCase("C-GOOD"))
      let cases = root.appendingPathComponent("cases")
      try FileManager.default.copyItem(
        at: cases.appendingPathComponent("C-GOOD.json"),
        to: cases.appendingPathComponent("C-OTHER.json"))
      file.state.question = "iets anders"
      file = try store.save(file)
      try Data().write(to: cases.appendingPathComponent("notes.txt"))
      let problems = store.check()
      #expect(
        problems.contains(
          StoreProblem(
            file: "cases/C-GOOD.json", kind: .invalid,
            reason: "the state does not match its event history")))
      #expect(
        problems.contains {
          $0.file == "cases/C-OTHER.json" && $0.kind == .invalid && $0.reason.contains("C-GOOD")
        })
      #expect(problems.contains { $0.file == "cases/notes.txt" && $0.kind == .invalid })
      #expect(store.loadAll().cases.map(\.id) == [file.id])
    }
  }

  @Test("a newer schemaVersion loads read-only, is never saved, and its bytes stay the same")
  func newerVersion() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let saved = try store.save(try Samples.newCase())
      let newer = CaseFile.currentSchemaVersion + 1
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      var text = try String(contentsOf: url, encoding: .utf8)
      text = text.replacingOccurrences(
        of: "\"schemaVersion\" : \(CaseFile.currentSchemaVersion)",
        with: "\"schemaVersion\" : \(newer),\n  \"tasks\" : [ { \"due\" : \"2026-12-01\" } ]")
      try Data(text.utf8).write(to: url)
      let before = try Data(contentsOf: url)

      let snapshot = store.loadAll()
      let loaded = try #require(snapshot.cases.first)
      #expect(loaded.schemaVersion == newer)
      #expect(loaded.state == saved.state)
      #expect(snapshot.readOnlyCases == [saved.id])
      #expect(snapshot.problems.map(\.kind) == [.newerVersion])
      #expect(store.check().map(\.kind) == [.newerVersion])
      #expect(try store.load(saved.id).schemaVersion == newer)

      #expect(throws: StoreError.newerSchema(saved.id, version: newer)) { try store.save(loaded) }
      var downgraded = loaded
      downgraded.schemaVersion = CaseFile.currentSchemaVersion
      #expect(throws: StoreError.newerSchema(saved.id, version: newer)) {
        try store.save(downgraded)
      }
      #expect(throws: StoreError.newerSchema(saved.id, version: newer)) {
        try store.quarantine(file: "cases/C-BROUWER1.json")
      }
      #expect(try Data(contentsOf: url) == before)
    }
  }

  @Test("a newer file that cannot be decoded is reported but never moved")
  func newerUndecodable() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let url = root.appendingPathComponent("cases/C-FUTURE.json")
      let bytes = Data(#"{"schemaVersion": 7, "id": "C-FUTURE", "dossier": {}}"#.utf8)
      try bytes.write(to: url)
      let snapshot = store.loadAll()
      #expect(snapshot.cases.isEmpty)
      #expect(snapshot.readOnlyCases.isEmpty)
      #expect(snapshot.problems.map(\.kind) == [.newerVersion])
      #expect(throws: StoreError.newerSchema(try Samples.id("C-FUTURE"), version: 7)) {
        try store.load(try Samples.id("C-FUTURE"))
      }
      #expect(try Data(contentsOf: url) == bytes)
    }
  }

  @Test("quarantine moves an unreadable file aside and check reports it there")
  func quarantine() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let bytes = Data("garbage".utf8)
      try bytes.write(to: root.appendingPathComponent("cases/C-BAD.json"))
      let moved = try store.quarantine(file: "cases/C-BAD.json")
      #expect(moved.deletingLastPathComponent().lastPathComponent == "quarantine")
      #expect(moved.lastPathComponent.hasPrefix("C-BAD.json."))
      #expect(try Data(contentsOf: moved) == bytes)
      #expect(allNames(in: root.appendingPathComponent("cases")) == [".C-BAD.lock"])
      #expect(store.loadAll().problems.isEmpty)
      let problems = store.check()
      #expect(problems.count == 1)
      #expect(problems.first?.file == "quarantine/\(moved.lastPathComponent)")
      #expect(problems.first?.kind == .quarantined)

      try bytes.write(to: root.appendingPathComponent("cases/C-BAD.json"))
      let again = try store.quarantine(file: "cases/C-BAD.json")
      #expect(again != moved)
      #expect(store.check().count == 2)
    }
  }

  @Test("quarantine only takes files directly in cases/")
  func quarantinePaths() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      for path in ["../etc/passwd", "cases/../x", "quarantine/x", "cases/.C-1.lock", "cases/"] {
        #expect(throws: StoreError.self, "\(path)") { try store.quarantine(file: path) }
      }
      #expect(throws: StoreError.self) { try store.quarantine(file: "cases/C-NONE.json") }
    }
  }
}
