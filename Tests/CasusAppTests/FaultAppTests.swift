import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A file system whose writes fail with `code` until it is cleared.
final class FaultSwitch: @unchecked Sendable {
  // @unchecked: set and read from the one test thread that drives the runner.
  var code: Int32?
  var step: Step = .write

  /// Which call fails.
  enum Step { case create, write, rename }

  var fileSystem: FileSystem {
    var fs = FileSystem.real
    fs.open = { path, flags, mode throws(FileSystem.Failure) in
      if self.step == .create, let code = self.code, path.hasSuffix(".tmp") {
        throw FileSystem.Failure(code)
      }
      return try FileSystem.real.open(path, flags, mode)
    }
    fs.write = { fd, bytes throws(FileSystem.Failure) in
      if self.step == .write, let code = self.code {
        try FileSystem.real.write(fd, bytes.prefix(bytes.count / 2))
        throw FileSystem.Failure(code)
      }
      try FileSystem.real.write(fd, bytes)
    }
    fs.rename = { from, to throws(FileSystem.Failure) in
      if self.step == .rename, let code = self.code { throw FileSystem.Failure(code) }
      try FileSystem.real.rename(from, to)
    }
    return fs
  }
}

@Suite("A failing disk, seen in the app")
struct FaultAppTests {
  @Test(
    "a failed save says why in Dutch, keeps the form, and Ctrl-S saves once the disk is back",
    arguments: [
      (ENOSPC, FaultSwitch.Step.write, "de schijf is vol"),
      (EACCES, .create, "geen toestemming om te schrijven"),
      (EROFS, .rename, "alleen gelezen kan worden"),
    ] as [(Int32, FaultSwitch.Step, String)])
  func failedSave(code: Int32, step: FaultSwitch.Step, wording: String) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casus-fault-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let fault = FaultSwitch()
    let store = try CaseStore(root: root, fileSystem: fault.fileSystem)
    let environment = AppEnvironment(
      now: { Fixtures.now }, random: { 9 }, timeZone: Fixtures.utc, actor: "anna",
      user: UserPreset(name: "anna"))
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: Size(width: 100, height: 30), events: []),
      environment: environment, language: .nl, colors: false, storeDescription: root.path)
    fault.code = code
    fault.step = step
    for event in try KeyNotation.parse(
      "nCliënt Öztürk<Tab>12-03-1980<Tab><Tab><Tab><Tab>hulp bij één ding<C-s>")
    {
      runner.send(.event(event))
    }
    let message = try #require(runner.state.message)
    #expect(message.kind == .error)
    #expect(message.text.contains(wording), "\(message.text)")
    #expect(message.text.contains("Uw invoer is bewaard"))
    guard case .form(let form) = runner.state.mode else {
      Issue.record("the form closed after a failed save")
      return
    }
    #expect(form.question.text == "hulp bij één ding")
    #expect(store.loadAll().cases.isEmpty)
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent("cases").path)) ?? []
    #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
    fault.code = nil
    runner.send(.event(.key(.ctrl("s"))))
    #expect(runner.state.mode == .browse)
    #expect(store.loadAll().cases.map(\.state.question) == ["hulp bij één ding"])
  }

  @Test("a case whose history was changed on disk is not saved over, and the user is told why")
  func changedHistory() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casus-tamper-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    let saved = try store.save(Fixtures.caseFile(id: "C-TAMPER01").with(revision: 0))
    let url = root.appendingPathComponent("cases/C-TAMPER01.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "\"actor\" : \"consulent\"", with: "\"actor\" : \"consulenT\"")
        .utf8
    )
    .write(to: url)
    let before = try Data(contentsOf: url)
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: Size(width: 100, height: 30), events: []),
      environment: AppEnvironment(
        now: { Fixtures.now }, random: { 9 }, timeZone: Fixtures.utc, actor: "anna",
        user: UserPreset(name: "anna")),
      language: .nl, colors: false, storeDescription: root.path)
    for event in try KeyNotation.parse("e<Tab><Tab><Tab><Tab><Tab><End> erbij<C-s>") {
      runner.send(.event(event))
    }
    #expect(
      runner.state.message?.text.contains("geschiedenis is buiten Casus gewijzigd") == true,
      "\(String(describing: runner.state.message))")
    guard case .form = runner.state.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(try Data(contentsOf: url) == before)
    _ = saved
  }
}

@Suite("A failing disk during a conversation")
struct ConversationFaultTests {
  @Test("drafts and the save fail with a clear reason, the notes stay, and Ctrl-S saves later")
  func fullDiskInConversation() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casus-fault-conv-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let fault = FaultSwitch()
    let store = try CaseStore(root: root, fileSystem: fault.fileSystem)
    _ = try store.save(Fixtures.caseFile(id: "C-CONVFULL").with(revision: 0))
    let clock = TestClock(Fixtures.now)
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: Size(width: 100, height: 30), events: []),
      environment: AppEnvironment(
        now: { clock.now }, random: { 9 }, timeZone: Fixtures.utc, actor: "anna",
        user: UserPreset(name: "anna")),
      language: .nl, colors: false, storeDescription: root.path)
    fault.code = ENOSPC
    for event in try KeyNotation.parse("gde cliënt vertelt") { runner.send(.event(event)) }
    clock.advance(3)
    runner.send(.tick)
    #expect(runner.state.message?.text == "Concept bewaren mislukt: de schijf is vol")
    runner.send(.event(.key(.ctrl("s"))))
    #expect(runner.state.message?.text.contains("de schijf is vol") == true)
    guard case .conversation(let session) = runner.state.mode else {
      Issue.record("the conversation closed")
      return
    }
    #expect(session.editor.text == "de cliënt vertelt")
    fault.code = nil
    runner.send(.event(.key(.ctrl("s"))))
    let saved = try store.load(try #require(CaseID("C-CONVFULL")))
    #expect(saved.state.conversation?.notes.values.contains("de cliënt vertelt") == true)
  }
}
