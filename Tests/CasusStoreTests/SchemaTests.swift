import CasusCore
import CasusStore
import Foundation
import TestSupport
import Testing

@Suite("The published JSON Schema")
struct SchemaTests {
  static func validate(_ files: [URL]) throws -> Spawn.Result {
    try SchemaValidator.validate(files)
  }

  /// Saves a new case, an edited one and one where every field changed; returns their files.
  static func writeCases(in root: URL) throws -> [URL] {
    let store = try CaseStore(root: root)
    _ = try store.save(try Samples.newCase("C-NEW"))
    _ = try store.save(try Samples.edited(try store.save(try Samples.newCase("C-EDITED"))))
    let base = try store.save(try Samples.newCase("C-ALL"))
    let edit = CaseEdit(
      householdName: "Öztürk", members: [Member(name: "Ayşe Öztürk")],
      question: "een nieuwe vraag", meldingDate: LocalDate(year: 2026, month: 11, day: 1),
      source: .signal, regie: Regie(holder: .network, name: "tante Fatima"), phase: .plan)
    let all = try base.applying(
      .edit(edit), at: Samples.now.addingTimeInterval(60),
      today: try Samples.today(), actor: "Consulent Jansen")
    #expect(all.events.last.map { try? $0.payload.decode(CaseEdited.self) }??.changes.count == 7)
    _ = try store.save(all)
    return ["C-NEW", "C-EDITED", "C-ALL"].map {
      root.appendingPathComponent("cases/\($0).json")
    }
  }

  @Test(
    "every file the store writes is valid against case.v2.schema.json, the v1 fixture against v1",
    .enabled(
      if: SchemaValidator.hasJSONSchemaModule, "python3 with the jsonschema module is needed"))
  func storedFilesValidate() throws {
    try withTemporaryDirectory { root in
      let files = try Self.writeCases(in: root)
      let fixture = try #require(
        Bundle.module.url(
          forResource: "C-V1FIXTURE",
          withExtension: "json", subdirectory: "Fixtures/v1"))
      let result = try Self.validate(files)
      #expect(result.status == 0, "\(result)")
      let old = try SchemaValidator.validate([fixture], against: SchemaValidator.caseSchemaV1)
      #expect(old.status == 0, "\(old)")
    }
  }

  @Test(
    "the schema rejects files the store would never write",
    .enabled(
      if: SchemaValidator.hasJSONSchemaModule, "python3 with the jsonschema module is needed"))
  func schemaRejects() throws {
    try withTemporaryDirectory { root in
      let files = try Self.writeCases(in: root)
      let text = try String(contentsOf: files[1], encoding: .utf8)
      let mutations = [
        ("\"phase\" : \"gesprek\"", "\"phase\" : \"klaar\""),
        ("\"chainHead\" : \"", "\"chainHead\" : \"X"),
        ("\"prev\" : \"", "\"prev\" : \"not-a-hash"),
        ("\"seq\" : 2", "\"seq\" : 0"),
        ("\"born\" : \"1984-03-09\"", "\"born\" : \"09-03-1984\""),
        ("\"at\" : \"2026-11-18T11:06:40Z\"", "\"at\" : \"gisteren\""),
        ("\"revision\" : 2", "\"revision\" : 2, \"extra\" : true"),
        ("\"field\" : \"phase\"", "\"field\" : \"colour\""),
        ("\"new\" : \"gesprek\"", "\"new\" : 3"),
        ("\"id\" : \"C-EDITED\"", "\"id\" : \"../etc\""),
      ]
      for (index, (from, to)) in mutations.enumerated() {
        #expect(text.contains(from), "fixture text changed: \(from)")
        let url = root.appendingPathComponent("bad-\(index).json")
        try Data(text.replacingOccurrences(of: from, with: to).utf8).write(to: url)
        let result = try Self.validate([url])
        #expect(result.status == 1, "accepted \(to): \(result)")
      }
    }
  }
}
