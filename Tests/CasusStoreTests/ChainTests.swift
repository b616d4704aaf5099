import CasusCore
import Foundation
import Testing

@testable import CasusStore

@Suite("The tamper-evident event chain")
struct ChainTests {
  /// A case with three events (opened, edited twice), saved three times.
  private func threeEvents(_ store: CaseStore) throws -> CaseFile {
    var file = try store.save(try Samples.newCase())
    file = try store.save(try Samples.edited(file))
    let edit = CaseEdit(question: "nog een vraag over één ding")
    file = try file.applying(
      .edit(edit), at: Samples.now.addingTimeInterval(7200), today: try Samples.today(),
      actor: "Consulent de Vries")
    return try store.save(file)
  }

  @Test("every saved event carries the hash of the one before, and the file the last hash")
  func savedChain() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let file = try threeEvents(store)
      #expect(
        file.events.map(\.prev) == [
          EventChain.genesis(file.id), EventChain.hash(file.events[0]),
          EventChain.hash(file.events[1]),
        ])
      #expect(file.chainHead == EventChain.hash(file.events[2]))
      #expect(EventChain.verify(file) == nil)
      #expect(store.check().isEmpty)
      let text = try String(
        contentsOf: root.appendingPathComponent("cases/C-BROUWER1.json"), encoding: .utf8)
      #expect(text.contains("\"prev\" : \"\(EventChain.genesis(file.id))\""))
    }
  }

  @Test("saves that reuse the bytes of earlier events write what a full encode writes")
  func reusedEventBytes() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      var file = try threeEvents(store)
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      for round in 0..<6 {
        let edit = CaseEdit(question: "ronde \(round): één vraag, \"geciteerd\"\nen een regel")
        file = try file.applying(
          .edit(edit), at: Samples.now.addingTimeInterval(9000 + Double(round) * 60),
          today: try Samples.today(), actor: "Consulent de Vries")
        file = try store.save(file)
        let written = try Data(contentsOf: url)
        #expect(written == (try CaseFileCoding.encode(file)), "round \(round)")
        #expect(written == (try CaseFileCoding.encodeWithFoundation(file)), "round \(round)")
      }
      // Another store instance (another copy of the app) has no bytes to reuse: the same file.
      let other = try CaseStore(root: root)
      let edit = CaseEdit(question: "van de andere kant")
      file = try file.applying(
        .edit(edit), at: Samples.now.addingTimeInterval(99_000), today: try Samples.today(),
        actor: "Consulent Jansen")
      file = try other.save(file)
      #expect(try Data(contentsOf: url) == (try CaseFileCoding.encode(file)))
      #expect(EventChain.verify(try store.load(file.id)) == nil)
      #expect(store.check().isEmpty)
    }
  }

  @Test("a case saved long ago (only its digest kept) is still checked before the next save")
  func digestAfterManySaves() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let first = try threeEvents(store)
      for n in 0..<(CaseStore.eventBytesKept + 2) {
        _ = try store.save(try Samples.newCase("C-OTHER\(String(format: "%03d", n))"))
      }
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      let text = try String(contentsOf: url, encoding: .utf8)
      try Data(text.replacingOccurrences(of: "één ding", with: "twee dingen").utf8).write(to: url)
      let next = try first.applying(
        .edit(CaseEdit(question: "iets anders")), at: Samples.now.addingTimeInterval(9000),
        today: try Samples.today(), actor: "x")
      #expect(throws: StoreError.self) { try store.save(next) }
      // Untouched, it saves as usual.
      try Data(text.utf8).write(to: url)
      #expect(try store.save(next).revision == first.revision + 1)
    }
  }

  @Test("changing one byte in the middle of the event list makes check name the case and the event")
  func oneByte() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      _ = try threeEvents(store)
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      let text = try String(contentsOf: url, encoding: .utf8)
      // Event 2's new question; the same words are in the state, which is left alone.
      let from = "\"new\" : \"hulp bij schulden én huisvesting\""
      #expect(text.contains(from))
      try Data(
        text.replacingOccurrences(of: from, with: "\"new\" : \"hulp bij schulden én huisvestinG\"")
          .utf8
      )
      .write(to: url)
      let problems = store.check()
      let chain = problems.filter { $0.reason.contains("chain") }
      #expect(chain.count == 1, "\(problems)")
      #expect(chain.first?.file == "cases/C-BROUWER1.json")
      #expect(chain.first?.reason.contains("case C-BROUWER1") == true)
      #expect(chain.first?.reason.contains("at event 2") == true, "\(chain)")
      // Building on a changed history is refused.
      let loaded = try store.load(try Samples.id("C-BROUWER1"))
      let next = try loaded.applying(
        .edit(CaseEdit(question: "iets anders")), at: Samples.now.addingTimeInterval(9000),
        today: try Samples.today(), actor: "x")
      #expect(throws: StoreError.historyChanged(loaded.id, seq: 2)) { try store.save(next) }
    }
  }

  @Test("a change to the last event is caught by chainHead")
  func lastEvent() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      _ = try threeEvents(store)
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      let text = try String(contentsOf: url, encoding: .utf8)
      try Data(
        text.replacingOccurrences(
          of: "\"actor\" : \"Consulent de Vries\"", with: "\"actor\" : \"Consulent de Vriez\""
        ).utf8
      ).write(to: url)
      #expect(
        store.check().contains {
          $0.reason.contains("at event 3") && $0.reason.contains("chainHead")
        })
    }
  }

  @Test("files from before the chain get one on load and keep it at the next save")
  func unchained() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      _ = try threeEvents(store)
      let url = root.appendingPathComponent("cases/C-BROUWER1.json")
      var json = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      json["chainHead"] = nil
      json["events"] = (json["events"] as? [[String: Any]])?.map { event in
        var e = event
        e["prev"] = nil
        return e
      }
      try JSONSerialization.data(withJSONObject: json).write(to: url)
      #expect(!(try String(contentsOf: url, encoding: .utf8)).contains("prev"))
      #expect(store.check().isEmpty)
      let loaded = try store.load(try Samples.id("C-BROUWER1"))
      #expect(EventChain.verify(loaded) == nil)
      let saved = try store.save(
        try loaded.applying(
          .edit(CaseEdit(phase: .onderzoek)), at: Samples.now.addingTimeInterval(9999),
          today: try Samples.today(), actor: "x"))
      #expect(saved.events.allSatisfy { $0.prev != nil })
      #expect(store.check().isEmpty)
    }
  }

  @Test("the schema 1 fixture gets its chain when it is migrated, and checks clean")
  func v1FixtureChained() throws {
    let fixture = try #require(
      Bundle.module.url(
        forResource: "C-V1FIXTURE", withExtension: "json", subdirectory: "Fixtures/v1"))
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      try FileManager.default.copyItem(
        at: fixture, to: root.appendingPathComponent("cases/C-V1FIXTURE.json"))
      let file = try store.load(try Samples.id("C-V1FIXTURE"))
      #expect(file.events.first?.prev == EventChain.genesis(file.id))
      #expect(file.events.allSatisfy { $0.prev != nil } && file.chainHead != nil)
      #expect(EventChain.verify(file) == nil)
      #expect(store.check().isEmpty, "\(store.check())")
      // Still on disk as schema 1 until the next save; that save writes the chain.
      let text = try String(
        contentsOf: root.appendingPathComponent("cases/C-V1FIXTURE.json"), encoding: .utf8)
      #expect(!text.contains("prev"))
    }
  }

  @Test("the hashed form of an event is exactly what the file stores, fractions of a second too")
  func hashedFormMatchesTheFile() throws {
    for fraction in [0.0, 0.25, 0.5, 0.999] {
      let event = CaseEvent(
        seq: 3, at: Samples.now.addingTimeInterval(fraction), actor: "Zoë \u{1B}",
        type: CaseEventType.edited,
        payload: .object(["changes": .array([.number(1.5), .string("één/twee")]), "n": .number(7)]),
        prev: EventChain.genesis(try Samples.id("C-X")))
      #expect(EventChain.json(event) == EventChain.encodedJSON(event), "fraction \(fraction)")
    }
    // And a case saved with fractional times checks clean after it is read back.
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      var file = try Samples.newCase()
      file.events[0].at = Samples.now.addingTimeInterval(0.73)
      let saved = try store.save(file)
      #expect(store.check().isEmpty)
      let next = try saved.applying(
        .edit(CaseEdit(question: "anders")), at: Samples.now.addingTimeInterval(1.6),
        today: try Samples.today(), actor: "x")
      _ = try store.save(next)
      #expect(store.check().isEmpty)
    }
  }

  @Test("canonical bytes: sorted keys, no spaces, minimal escapes, integers without a fraction")
  func canonical() {
    let value = JSONValue.object([
      "b": .array([.number(3), .number(-12), .number(0.5), .bool(true), .null]),
      "a": .string("é \"q\" \\ / \u{1}\n"),
      "Z": .object([:]),
    ])
    #expect(
      String(decoding: CanonicalJSON.bytes(value), as: UTF8.self)
        == #"{"Z":{},"a":"é \"q\" \\ / \u0001\u000a","b":[3,-12,0.5,true,null]}"#)
  }
}
