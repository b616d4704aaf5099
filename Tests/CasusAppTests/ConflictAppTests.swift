import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// Two runners (two copies of the app) on one store, both editing one case.
@Suite("Two copies of the app saving the same case")
struct ConflictAppTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "casus-conflict-\(UUID())")
  let id = CaseID("C-SHARED02")

  private func runner(_ store: CaseStore, actor: String) -> AppRunner<ScriptedBackend> {
    let environment = AppEnvironment(
      now: { Fixtures.now }, random: { 7 }, timeZone: Fixtures.utc, actor: actor,
      user: UserPreset(name: actor))
    return AppRunner.start(
      store: store, backend: ScriptedBackend(size: Size(width: 100, height: 30), events: []),
      environment: environment, language: .nl, colors: false, storeDescription: root.path)
  }

  private func play(_ keys: String, _ runner: AppRunner<ScriptedBackend>) throws {
    for event in try KeyNotation.parse(keys) { runner.send(.event(event)) }
  }

  /// Anna and Bram both open the form; Bram changes the source and saves first; Anna changes
  /// the question and saves second.
  private func collide() throws -> (CaseStore, AppRunner<ScriptedBackend>) {
    let store = try CaseStore(root: root)
    _ = try store.save(Fixtures.caseFile(id: "C-SHARED02").with(revision: 0))
    let anna = runner(store, actor: "anna")
    let bram = runner(try CaseStore(root: root), actor: "bram")
    try play("e", anna)
    try play("e<Tab><Tab><Tab><Tab><Tab><Tab><Space><C-s>", bram)
    #expect(bram.state.message?.text == "Wijzigingen opgeslagen.")
    try play("<Tab><Tab><Tab><Tab><Tab><End> snel<C-s>", anna)
    return (store, anna)
  }

  @Test("the second save keeps both versions, tells the user and asks")
  func secondSaveAsks() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let (store, anna) = try collide()
    #expect(anna.state.overlay == .conflict)
    let screen = try #require(anna.backend.lastScreen ?? Optional(render(anna.state)))
    _ = screen
    let text = render(anna.state).plainText()
    #expect(text.contains("Tegelijk gewijzigd"), "\(text)")
    #expect(text.contains("door bram (consulent) (revisie 2)"), "\(text)")
    #expect(text.contains("mijn wijziging over hun versie leggen"))
    let copies = store.conflictCopies()
    #expect(copies.count == 1)
    #expect(copies.first?.mine.state.question == "ik wil graag hulp bij één ding snel")
    #expect(try store.load(try #require(id)).state.melding.source == .network)
  }

  @Test("m applies my change on top of theirs and removes the copy")
  func mineOnTop() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let (store, anna) = try collide()
    try play("m", anna)
    let saved = try store.load(try #require(id))
    #expect(saved.revision == 3)
    #expect(saved.state.melding.source == .network)
    #expect(saved.state.question == "ik wil graag hulp bij één ding snel")
    #expect(saved.events.map(\.actor) == ["consulent", "bram (consulent)", "anna (consulent)"])
    #expect(store.conflictCopies().isEmpty)
    #expect(store.check().isEmpty)
    #expect(anna.state.mode == .browse)
    #expect(anna.state.overlay == nil)
  }

  @Test("h keeps theirs and drops mine; b keeps both and asks again at the next start")
  func theirsAndBoth() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let (store, anna) = try collide()
    try play("b", anna)
    #expect(anna.state.mode == .browse)
    #expect(store.conflictCopies().count == 1)
    #expect(store.check().map(\.kind) == [.conflict])
    let again = runner(store, actor: "anna")
    #expect(again.state.overlay == .conflict)
    try play("h", again)
    #expect(store.conflictCopies().isEmpty)
    let saved = try store.load(try #require(id))
    #expect(saved.revision == 2)
    #expect(saved.state.question == "ik wil graag hulp bij één ding")
  }

  @Test("when the copy could not be written, keeping both leaves my version open in the form")
  func noCopy() throws {
    let file = Fixtures.caseFile(id: "C-NOCOPY01")
    var state = Fixtures.state(cases: [file])
    Fixtures.play("e<Tab><Tab><Tab><Tab><Tab><End> snel", on: &state)
    let mine = try file.applying(
      .edit(CaseEdit(question: "ik wil graag hulp bij één ding snel")), at: Fixtures.now,
      today: Fixtures.today, actor: "anna")
    _ = reduce(&state, .conflict(CaseConflict(mine: mine, copy: nil)), Fixtures.context())
    #expect(state.message?.text.contains("niet als kopie worden bewaard") == true)
    Fixtures.play("b", on: &state)
    guard case .form(let form) = state.mode else {
      Issue.record("the form closed and my version with it")
      return
    }
    #expect(form.question.text == "ik wil graag hulp bij één ding snel")
  }

  @Test("m keeps the copy when my change is in a part the merge does not know yet")
  func notMergeable() throws {
    let file = Fixtures.caseFile(id: "C-PARTLY01")
    let theirs = try file.applying(
      .edit(CaseEdit(source: .network)), at: Fixtures.now, today: Fixtures.today, actor: "bram")
    var state = Fixtures.state(cases: [theirs.with(revision: 2)])
    var mine = file
    mine.state.profile = "haarlem"
    let copy = "cases/.C-PARTLY01.conflict-20261125T093000Z.json"
    _ = reduce(&state, .conflict(CaseConflict(mine: mine, copy: copy)), Fixtures.context())
    let effects = Fixtures.play("m", on: &state)
    #expect(!effects.contains(.deleteConflictCopy(copy)), "\(effects)")
    #expect(!effects.contains { if case .resolveConflict = $0 { true } else { false } })
    #expect(state.message?.text.contains("Niet al uw wijzigingen") == true)
    #expect(state.message?.text.contains(copy) == true)
  }
}
