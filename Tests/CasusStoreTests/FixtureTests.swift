import CasusCore
import CasusStore
import Foundation
import Testing

@Suite("Schema versions and fixtures")
struct FixtureTests {
  @Test("the v1 fixture loads and passes every engine check")
  func v1Fixture() throws {
    let fixture = try #require(
      Bundle.module.url(
        forResource: "C-V1FIXTURE", withExtension: "json",
        subdirectory: "Fixtures/v1"))
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      try FileManager.default.copyItem(
        at: fixture,
        to: root.appendingPathComponent("cases/C-V1FIXTURE.json"))
      let snapshot = store.loadAll()
      #expect(snapshot.problems.isEmpty)
      let file = try #require(snapshot.cases.first)
      #expect(file.problems().isEmpty)
      #expect(file.revision == 2)
      #expect(file.state.household.name == "Brouwer-Öztürk")
      #expect(file.state.phase == .gesprek)
      #expect(file.events.map(\.type) == [CaseEventType.opened, CaseEventType.edited])
      #expect(store.check().isEmpty)
      let saved = try store.save(file)
      #expect(saved.revision == 3)
    }
  }

  @Test("migrating from the current version changes nothing")
  func migrateCurrent() throws {
    let json = JSONValue.object(["schemaVersion": .number(1), "id": .string("C-1")])
    #expect(try CaseFileMigrations.migrate(json, from: CaseFile.currentSchemaVersion) == json)
  }

  @Test("a version older than the oldest supported is refused with a reason")
  func migrateTooOld() throws {
    #expect(throws: CaseFileMigrations.Failure.self) {
      try CaseFileMigrations.migrate(.object([:]), from: 0)
    }
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      try Data(#"{"schemaVersion": 0}"#.utf8)
        .write(to: root.appendingPathComponent("cases/C-OLD.json"))
      let problem = try #require(store.loadAll().problems.first)
      #expect(problem.kind == .unreadable)
      #expect(problem.reason.contains("schema version 0"))
    }
  }
}
