import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// Who is working, the profile's lanes and recorded views through the real loop and store.
@Suite("Roles and views over a real store")
struct HandoverRunnerTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "casus-roles-\(UUID())")

  private func run(
    _ keys: String, user: UserPreset? = nil, readOnly: Bool = false,
    size: Size = Size(width: 100, height: 30)
  ) throws -> AppRunner<ScriptedBackend> {
    let store = try CaseStore(root: root, readOnly: readOnly)
    let environment = AppEnvironment(
      now: { Fixtures.now }, random: { 0xABCD }, timeZone: Fixtures.utc, actor: "casus",
      user: user)
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: size, events: try KeyNotation.parse(keys)),
      environment: environment, language: .nl, colors: false, storeDescription: root.path)
    runner.run()
    return runner
  }

  @Test("with no one known the form comes first; what is typed is in settings.json")
  func firstStartForm() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let asked = try run("")
    guard case .user(let setup) = asked.state.mode else {
      Issue.record("expected the form, got \(asked.state.mode)")
      return
    }
    #expect(setup.first)
    let answered = try run("Samira El Amrani<Tab><Right><Right><Enter>")
    #expect(answered.state.user == LocalUser(name: "Samira El Amrani", role: .meerteam))
    let settings = try CaseStore(root: root).loadSettings()
    #expect(settings.user == LocalUser(name: "Samira El Amrani", role: .meerteam))
    // The next start knows: the Meer-team's queue, no form.
    let next = try run("")
    guard case .handovers = next.state.mode else {
      Issue.record("expected the Meer-team's queue, got \(next.state.mode)")
      return
    }
  }

  @Test("a preset user is written once and names every event; --role alone keeps the name")
  func presetUser() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let runner = try run(
      "nJan<Tab><Tab><Tab><Tab><Tab>hulp<C-s>", user: UserPreset(name: "Bo Kramer"))
    #expect(
      runner.state.caseFile(runner.state.list.summaries.first?.id)?.events.first?.actor
        == "Bo Kramer (consulent)")
    #expect(try CaseStore(root: root).loadSettings().user?.name == "Bo Kramer")
    let coordinator = try run("", user: UserPreset(role: .procescoordinator))
    #expect(coordinator.state.user == LocalUser(name: "Bo Kramer", role: .procescoordinator))
    guard case .triage = coordinator.state.mode else {
      Issue.record("expected the triage, got \(coordinator.state.mode)")
      return
    }
    // A role for the session does not change the stored one.
    #expect(try CaseStore(root: root).loadSettings().user?.role == .consulent)
  }

  @Test("the store's profile decides the lanes; the generic one has only erbij halen")
  func lanes() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let generic = try run("", user: UserPreset(name: "Bo"))
    #expect(generic.state.lanes.map(\.kind) == [.consult])
    let store = try CaseStore(root: root)
    var settings = try store.loadSettings()
    settings.profile = "zoetermeer"
    try store.saveSettings(settings)
    let zoetermeer = try run("", user: UserPreset(name: "Bo"))
    #expect(zoetermeer.state.lanes.map(\.kind) == [.procescoordinatie, .consult])
  }

  @Test("opening a detail records one view on disk; a read-only run records none")
  func viewsOnDisk() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    _ = try store.save(Fixtures.caseFile(id: "C-VIEW0001").with(revision: 0))
    _ = try run("<Enter><Esc><Enter>", user: UserPreset(name: "Bo"))
    let viewed = try store.load(try #require(CaseID("C-VIEW0001")))
    #expect(viewed.events.filter { $0.type == CaseEventType.viewed }.count == 1)
    #expect(viewed.events.last?.actor == "Bo (consulent)")
    let before = try Data(contentsOf: root.appendingPathComponent("cases/C-VIEW0001.json"))
    _ = try run("<Enter>h", user: UserPreset(name: "Bo"), readOnly: true)
    #expect(try Data(contentsOf: root.appendingPathComponent("cases/C-VIEW0001.json")) == before)
  }
}
