import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// The real loop, reducer and store together, with a scripted terminal.
@Suite("The app loop over a real store")
struct RunnerTests {
  let root: URL
  let environment = AppEnvironment(
    now: { Fixtures.now }, random: { 0x1234_5678 }, timeZone: Fixtures.utc, actor: "anna",
    user: UserPreset(name: "anna"))

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("casus-runner-\(UUID())")
  }

  private func run(
    _ keys: String, size: Size = Size(width: 100, height: 30), readOnly: Bool = false
  )
    throws -> AppRunner<ScriptedBackend>
  {
    let store = try CaseStore(root: root, readOnly: readOnly)
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: size, events: try KeyNotation.parse(keys)),
      environment: environment, language: .nl, colors: false, storeDescription: root.path)
    runner.run()
    return runner
  }

  @Test("a melding typed in the app is on disk with the exact UTF-8 text")
  func savesToDisk() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let runner = try run(
      "nCliënt Brouwer-Öztürk<Tab>12-03-1980<Tab><Tab><Tab><Tab>ik wil graag hulp bij één ding<C-s>"
    )
    let files = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("cases").path
    )
    .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    #expect(files.count == 1)
    let data = try Data(
      contentsOf: root.appendingPathComponent("cases").appendingPathComponent(
        try #require(files.first)))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"question\" : \"ik wil graag hulp bij één ding\""))
    #expect(text.contains("\"name\" : \"Cliënt Brouwer-Öztürk\""))
    #expect(runner.state.list.summaries.first?.revision == 1)
    #expect(runner.backend.lastScreen?.plainText().contains("Melding geregistreerd") == true)
  }

  @Test("an unreadable file is moved to quarantine, named on screen, and the others still load")
  func quarantinesGarbage() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    _ = try store.save(Fixtures.caseFile(id: "C-GOOD0001").with(revision: 0))
    try Data("{ niet af".utf8).write(to: root.appendingPathComponent("cases/C-BAD00001.json"))
    let runner = try run("!")
    #expect(runner.state.list.summaries.map(\.id.rawValue) == ["C-GOOD0001"])
    #expect(runner.state.problems.first?.kind == .quarantined)
    let screen = runner.backend.lastScreen?.plainText() ?? ""
    #expect(screen.contains("cases/C-BAD00001.json"))
    let quarantined = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("quarantine").path)
    #expect(quarantined.contains { $0.hasPrefix("C-BAD00001.json") })
  }

  @Test("a read-only store leaves every byte as it was")
  func readOnlyWritesNothing() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    _ = try store.save(Fixtures.caseFile(id: "C-GOOD0001").with(revision: 0))
    let path = root.appendingPathComponent("cases/C-GOOD0001.json")
    let before = try Data(contentsOf: path)
    let runner = try run("e<Tab>xyz<C-s>nJan<C-s>", readOnly: true)
    #expect(try Data(contentsOf: path) == before)
    #expect(runner.state.message?.text == "Alleen lezen: er wordt niets opgeslagen.")
  }

  @Test("the first frame of an empty store offers the first melding")
  func firstFrame() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let runner = try run("", size: Size(width: 80, height: 24))
    let screen = try #require(runner.backend.lastScreen)
    #expect(screen.plainText().contains("Nog geen dossiers in deze opslag."))
    #expect(screen.plainText().contains("Druk op n om de eerste melding te"))
    #expect(runner.backend.frames == 1)
  }

  @Test("start-up reads the index and only the selected case's file; moving reads one more")
  func readsOnDemand() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    for day in 1...20 {
      _ = try store.save(
        Fixtures.caseFile(
          id: String(format: "C-LOAD%04d", day), name: "Huishouden \(day)", meldingDay: day
        )
        .with(revision: 0))
    }
    let runner = try run("jj")
    // Newest melding first: day 20, 19, 18; three files read, not twenty.
    #expect(runner.state.list.count == 20)
    #expect(runner.state.selection?.rawValue == "C-LOAD0018")
    #expect(
      Set(runner.state.loaded.keys.map(\.rawValue)) == ["C-LOAD0020", "C-LOAD0019", "C-LOAD0018"])
    let screen = runner.backend.lastScreen?.plainText() ?? ""
    #expect(screen.contains("Huishouden 18"))
  }

  @Test("a case file that broke after the index was written is named in the detail pane")
  func brokenAfterIndex() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    _ = try store.save(Fixtures.caseFile(id: "C-FINE0001", meldingDay: 10).with(revision: 0))
    _ = try store.save(Fixtures.caseFile(id: "C-BREK0001", meldingDay: 11).with(revision: 0))
    _ = store.loadIndex()
    // Same size, same modification time: the index cannot see that the bytes changed.
    let url = root.appendingPathComponent("cases/C-BREK0001.json")
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    var bytes = try Data(contentsOf: url)
    bytes.replaceSubrange(0..<1, with: Data("x".utf8))
    try bytes.write(to: url)
    try FileManager.default.setAttributes(
      [.modificationDate: attributes[.modificationDate] as Any], ofItemAtPath: url.path)
    let runner = try run("!")
    #expect(runner.state.list.count == 2)
    #expect(runner.state.unreadable[CaseID("C-BREK0001")!] != nil)
    let screen = runner.backend.lastScreen?.plainText() ?? ""
    #expect(screen.contains("C-BREK0001"), "\(screen)")
    // Moving on to the other case reads it as usual.
    let next = try run("j")
    #expect(next.state.selectedCase?.id.rawValue == "C-FINE0001")
  }

  @Test("no more than the limit of case files stay read while paging through a long list")
  func forgetsOldFiles() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    for i in 1...90 {
      _ = try store.save(
        Fixtures.caseFile(id: String(format: "C-PAGE%04d", i), meldingDay: 1 + i % 20)
          .with(revision: 0))
    }
    let runner = try run(String(repeating: "j", count: 89))
    #expect(runner.state.loaded.count <= 64)
    #expect(runner.state.selectedCase != nil)
  }
}

extension CaseFile {
  func with(revision: Int) -> CaseFile {
    var copy = self
    copy.revision = revision
    return copy
  }
}

@Suite("Two copies of the app on one store")
struct ConcurrentEditTests {
  @Test("a stale save is refused, the newer version is loaded, and a second save applies on top")
  func staleSave() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casus-stale-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    var original = Fixtures.caseFile(id: "C-SHARED01")
    original.revision = 0
    _ = try store.save(original)
    let environment = AppEnvironment(
      now: { Fixtures.now }, random: { 7 }, timeZone: Fixtures.utc, actor: "anna",
      user: UserPreset(name: "anna"))
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: Size(width: 100, height: 30), events: []),
      environment: environment, language: .nl, colors: false, storeDescription: root.path)
    // Meanwhile another copy changes the source and saves revision 2.
    let other = try store.load(try #require(CaseID("C-SHARED01")))
    _ = try store.save(
      try other.applying(
        .edit(CaseEdit(source: .network)), at: Fixtures.now, today: Fixtures.today, actor: "bram"))
    for event in try KeyNotation.parse("e<Tab><Tab><Tab><Tab><Tab><End> snel<C-s>") {
      runner.send(.event(event))
    }
    #expect(runner.state.message?.text.contains("intussen elders opgeslagen") == true)
    guard case .form = runner.state.mode else {
      Issue.record("the form closed after a stale save")
      return
    }
    // The conflict question is up; Ctrl-S (like m) applies my change on top of theirs.
    #expect(runner.state.overlay == .conflict)
    runner.send(.event(.key(.ctrl("s"))))
    let saved = try store.load(try #require(CaseID("C-SHARED01")))
    #expect(saved.revision == 3)
    #expect(saved.state.melding.source == .network)
    #expect(saved.state.question == "ik wil graag hulp bij één ding snel")
    #expect(saved.events.map(\.actor) == ["consulent", "bram", "anna (consulent)"])
  }
}
