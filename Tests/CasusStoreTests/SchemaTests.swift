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
    let talked = try store.save(try Samples.newCase("C-TALKED"))
    _ = try store.save(try Samples.talkedThrough(talked))
    _ = try store.save(try measured(try store.save(try Samples.newCase("C-MATRIX", meldingDay: 2))))
    let ladder = try store.save(
      try Samples.talkedThrough(try store.save(Samples.newCase("C-LADDER"))))
    let laddered = try store.save(try Samples.laddered(ladder))
    let types = Set(laddered.events.map(\.type))
    let ours = CaseEventType.all.filter {
      $0.hasPrefix("ladder.") || $0.hasPrefix("plan.") || $0.hasPrefix("safety.lane")
        || $0 == CaseEventType.chainStepRecorded
    }
    #expect(ours.isSubset(of: types), "not written: \(ours.subtracting(types).sorted())")
    let arranged = try store.save(try Samples.newCase("C-ARRANGED"))
    let handedOver = try store.save(try Samples.arrangedAndHandedOver(arranged))
    _ = try store.save(try Samples.imported(from: handedOver, id: "C-IMPORTED"))
    _ = try store.save(try Samples.meerTeam(try store.save(try Samples.newCase("C-MEERTEAM"))))
    return [
      "C-NEW", "C-EDITED", "C-ALL", "C-TALKED", "C-MATRIX", "C-LADDER", "C-ARRANGED",
      "C-IMPORTED", "C-MEERTEAM",
    ].map {
      root.appendingPathComponent("cases/\($0).json")
    }
  }

  /// Two meetmomenten with the 13-domain set and one with the 11-domain set: notes with
  /// quotes and diacritics, targets, and domains not discussed.
  static func measured(_ file: CaseFile) throws -> CaseFile {
    let zrm = Fixtures.matrix("zrm-2017")
    let old = Fixtures.matrix("zrm-2013")
    let day = { (d: Int) in LocalDate(year: 2026, month: 11, day: d) ?? Fixtures.today }
    var next = file
    for (definition, date, scores) in [
      (old, day(3), [2, 3, nil, 4]), (zrm, day(4), [2, 1, 3]), (zrm, day(24), [3, 2, nil, 5]),
    ] as [(MatrixDefinition, LocalDate, [Int?])] {
      next = try next.applying(
        .recordMeasurement(
          Fixtures.measurement(
            definition, on: date, scores: scores, targets: [4, nil, 3],
            notes: ["zegt: \"één ding tegelijk\"", nil, "Öztürk"]), definition: definition),
        at: Samples.now.addingTimeInterval(120), today: try Samples.today(),
        actor: Samples.actor)
    }
    #expect(next.state.measurements.count == 3)
    return next
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
      let matrix = try String(contentsOf: files[4], encoding: .utf8)
      let matrixMutations = [
        ("\"score\" : 5", "\"score\" : 6"),
        ("\"target\" : 4", "\"target\" : 0"),
        ("\"definitionVersion\" : 1", "\"definitionVersion\" : \"1\""),
        ("\"domain\" : \"financien\"", "\"domain\" : \"financiën\""),
        ("\"scoredBy\" : \"consulent\"", "\"scoredBy\" : \"\""),
        ("\"type\" : \"matrix.measured\"", "\"type\" : \"matrix.scored\""),
      ]
      let ladder = try String(contentsOf: files[5], encoding: .utf8)
      let ladderMutations = [
        ("\"status\" : \"active\"", "\"status\" : \"running\""),
        ("\"suffices\" : \"partly\"", "\"suffices\" : \"maybe\""),
        ("\"form\" : \"zin\"", "\"form\" : \"cash\""),
        ("\"source\" : \"matrix\"", "\"source\" : \"rumour\""),
        ("\"type\" : \"safety.laneReasonChanged\"", "\"type\" : \"safety.reasonChanged\""),
      ]
      for (index, (from, to)) in ladderMutations.enumerated() {
        #expect(ladder.contains(from), "fixture text changed: \(from)")
        let url = root.appendingPathComponent("bad-ladder-\(index).json")
        try Data(ladder.replacingOccurrences(of: from, with: to).utf8).write(to: url)
        let result = try Self.validate([url])
        #expect(result.status == 1, "accepted \(to): \(result)")
      }
      for (index, (from, to)) in matrixMutations.enumerated() {
        #expect(matrix.contains(from), "fixture text changed: \(from)")
        let url = root.appendingPathComponent("bad-matrix-\(index).json")
        try Data(matrix.replacingOccurrences(of: from, with: to).utf8).write(to: url)
        let result = try Self.validate([url])
        #expect(result.status == 1, "accepted \(to): \(result)")
      }
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
