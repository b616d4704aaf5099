import Foundation
import TestSupport
import Testing

/// `casus generate`: fictional stores that are valid, varied and the same for the same seed.
@Suite("Synthetic stores")
struct GenerateTests {
  private func generate(_ store: TemporaryStore, cases: Int, seed: Int) throws -> Spawn.Result {
    try runCasus([
      "generate", "--cases", "\(cases)", "--seed", "\(seed)", "--today", "2026-12-01",
      "--store", store.path,
    ])
  }

  @Test("the same seed gives the same files; every file checks and validates")
  func deterministicAndValid() throws {
    let a = try TemporaryStore("gen-a")
    let b = try TemporaryStore("gen-b")
    let c = try TemporaryStore("gen-c")
    for (store, seed) in [(a, 3), (b, 3), (c, 4)] {
      let result = try generate(store, cases: 40, seed: seed)
      try #require(result.status == 0, "\(result)")
    }
    #expect(a.caseFileNames().filter { $0.hasSuffix(".json") }.count == 40)
    for (x, y) in zip(a.caseFiles(), b.caseFiles()) {
      #expect(x.lastPathComponent == y.lastPathComponent)
      #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent)")
    }
    #expect(a.caseFiles().map(\.lastPathComponent) != c.caseFiles().map(\.lastPathComponent))
    let check = try runCasus(["check", "--store", a.path])
    #expect(check.status == 0, "\(check)")
    if SchemaValidator.hasJSONSchemaModule {
      let report = try SchemaValidator.validate(a.caseFiles())
      #expect(report.status == 0, "\(report.stdout)")
    }
    var events: [Int] = []
    var urgent = 0
    var unfinished = 0
    var scripts = Set<String>()
    for url in a.caseFiles() {
      let file = try CaseFileJSON(contentsOf: url)
      events.append(file.events.count)
      if file.state["safetyLane"] != nil { urgent += 1 }
      if (file.state["milestones"] as? [String: Any])?["onderzoekFinished"] == nil {
        unfinished += 1
      }
      for member in file.members {
        for scalar in (member["name"] as? String ?? "").unicodeScalars where scalar.value > 0x590 {
          scripts.insert(
            scalar.value < 0x700 ? "arabic" : scalar.value < 0x1400 ? "ethiopic" : "other")
        }
      }
    }
    #expect(events.allSatisfy { (20...200).contains($0) }, "\(events)")
    #expect(Set(events).count > 10, "histories should vary in length")
    #expect(!scripts.isEmpty, "some names are in other scripts")
    #expect(urgent > 0, "some cases have an open safety lane")
    #expect(unfinished > 0, "some onderzoeken are not finished (and may be overdue)")
  }

  @Test("a store that already holds cases is refused, and nothing in it changes")
  func refusesNonEmpty() throws {
    let store = try TemporaryStore("gen-full")
    try #require(try generate(store, cases: 2, seed: 1).status == 0)
    let before = try store.caseFiles().map { try Data(contentsOf: $0) }
    let again = try generate(store, cases: 2, seed: 9)
    #expect(again.status != 0)
    #expect(again.stderr.contains("not empty"), "\(again)")
    #expect(try store.caseFiles().map { try Data(contentsOf: $0) } == before)
  }
}
