import CasusApp
import CasusCore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// The trainer's keys in a running demo: step, back, autoplay, take over, hand back, reset.
@Suite("Demo mode: the trainer's keys")
struct DemoReducerTests {
  @Test("Space plays the next step's keys through the app and its saves")
  func spacePlaysAStep() throws {
    let demo = try DemoDriver("de-jong")
    #expect(demo.runner.state.demo?.played == 0)
    let before = demo.eventCount("C-DEJONG01")
    demo.press(.char(" "))
    demo.press(.char(" "))
    #expect(demo.runner.state.demo?.played == 2)
    #expect(demo.screen.contains("Kennismaking en toestemming"))
    #expect(demo.screen.contains("stap 3 van 10"))
    // Ctrl-R (consent) was saved on disk by the real runner.
    #expect(demo.eventCount("C-DEJONG01") > before)
  }

  @Test("keys the demo does not know never reach the app while the demo has the keyboard")
  func otherKeysStayWithTheDemo() throws {
    let demo = try DemoDriver("de-jong")
    demo.press(.char("n"))
    if case .browse = demo.runner.state.mode {
    } else {
      Issue.record("n opened \(demo.runner.state.mode)")
    }
    #expect(demo.runner.state.demo?.notice == demo.runner.state.strings.demoKeysIgnored)
  }

  @Test("t takes over: keys go to the app; F2 hands back and the demo goes on from there")
  func takeOverAndHandBack() throws {
    let demo = try DemoDriver("de-jong")
    demo.press(.char(" "))
    demo.press(.char("t"))
    #expect(demo.runner.state.demo?.takenOver == true)
    #expect(demo.screen.contains("u typt zelf"))
    demo.press(.char("m"))
    #expect(demo.screen.contains("Meetmoment"))
    // Space, p, r and q are the app's now: Space does not start a step.
    demo.press(.char("4"))
    #expect(demo.screen.contains("1 van 13 gescoord"))
    #expect(demo.runner.state.demo?.played == 1)
    demo.press(.function(2))
    #expect(demo.runner.state.demo?.takenOver == false)
    #expect(demo.screen.contains("De demo heeft het toetsenbord weer; Spatie speelt stap 2."))
    #expect(demo.screen.contains("Meetmoment"), "the state reached stays")
  }

  @Test("Backspace goes back one step by replaying the steps before it on a fresh copy")
  func backOneStep() throws {
    let demo = try DemoDriver("de-jong")
    try demo.press("<Space><Space><Space>")
    let consent = demo.eventCount("C-DEJONG01")
    try demo.press("<Space>")  // the matrix
    #expect(demo.runner.state.demo?.played == 4)
    #expect(demo.eventCount("C-DEJONG01") > consent)
    demo.press(.backspace)
    #expect(demo.runner.state.demo?.played == 3)
    #expect(demo.screen.contains("stap 4 van 10"))
    let file = try #require(demo.file("C-DEJONG01"))
    let types = (file["events"] as? [[String: Any]])?.compactMap { $0["type"] as? String } ?? []
    #expect(!types.contains("matrix.measured"), "\(types)")
    #expect(types.contains("conversation.consentChanged"), "\(types)")
  }

  @Test("Backspace at the first step says so")
  func backAtStart() throws {
    let demo = try DemoDriver("de-jong")
    demo.press(.backspace)
    #expect(demo.runner.state.demo?.notice == demo.runner.state.strings.demoAtStart)
  }

  @Test("r starts over on a fresh copy of the scenario's store")
  func resetStartsOver() throws {
    let demo = try DemoDriver("de-jong")
    let start = demo.eventCount("C-DEJONG01")
    try demo.press("<Space><Space><Space><Space>")
    #expect(demo.eventCount("C-DEJONG01") > start)
    demo.press(.char("r"))
    #expect(demo.runner.state.demo?.played == 0)
    #expect(demo.screen.contains("Opnieuw begonnen"))
    let types =
      (demo.file("C-DEJONG01")?["events"] as? [[String: Any]])?.compactMap { $0["type"] as? String }
      ?? []
    #expect(!types.contains("matrix.measured"), "\(types)")
  }

  @Test("p cycles autoplay off, slow and normal; a due tick starts the next step")
  func autoplay() throws {
    var state = AppState(
      language: .nl, size: Size(width: 120, height: 32), storeDescription: "demo",
      today: Fixtures.today,
      colors: false, timeZone: Fixtures.utc)
    let scenario = try Scenario.named("veiligheid")
    state.demo = DemoSession(
      scenario: scenario, terminal: Size(width: 120, height: 40), clock: Fixtures.now)
    let context = Fixtures.context()
    _ = reduce(&state, .event(.key(.char("p"))), context)
    #expect(state.demo?.pace == .slow)
    let due = try #require(state.demo?.nextStepAt)
    #expect(due > Fixtures.now)
    _ = reduce(&state, .event(.key(.char("p"))), context)
    #expect(state.demo?.pace == .normal)
    var later = context
    later.now = due.addingTimeInterval(60)
    _ = reduce(&state, .tick, later)
    #expect(state.demo?.played == 1)
    #expect(state.demo?.isPlaying == true)
    _ = reduce(&state, .event(.key(.char("p"))), context)
    #expect(state.demo?.pace == .off)
    #expect(state.demo?.nextStepAt == nil)
  }

  @Test("the trainer's reset and back are effects for the runner")
  func resetEffects() throws {
    var state = AppState(
      language: .nl, size: Size(width: 120, height: 32), storeDescription: "demo",
      today: Fixtures.today,
      colors: false, timeZone: Fixtures.utc)
    state.demo = DemoSession(
      scenario: try Scenario.named("de-jong"), terminal: Size(width: 120, height: 40),
      clock: Fixtures.now)
    state.demo?.played = 3
    #expect(
      reduce(&state, .event(.key(.char("r"))), Fixtures.context()) == [.demo(.reset(replay: 0))])
    #expect(
      reduce(&state, .event(.key(.backspace)), Fixtures.context()) == [.demo(.reset(replay: 2))])
    #expect(reduce(&state, .event(.key(.char("q"))), Fixtures.context()) == [.quit])
  }

  @Test("while a step plays, t waits and says so; Space finishes the step at once")
  func keysWhilePlaying() throws {
    var state = AppState(
      language: .nl, size: Size(width: 120, height: 32), storeDescription: "demo",
      today: Fixtures.today, colors: false, timeZone: Fixtures.utc)
    state.demo = DemoSession(
      scenario: try Scenario.named("veiligheid"), terminal: Size(width: 120, height: 40),
      clock: Fixtures.now)
    _ = reduce(&state, .event(.key(.char(" "))), Fixtures.context())
    _ = reduce(&state, .event(.key(.char(" "))), Fixtures.context())
    _ = reduce(&state, .tick, Fixtures.context())
    #expect(state.demo?.played == 1)
    _ = reduce(&state, .event(.key(.char(" "))), Fixtures.context())
    #expect(state.demo?.played == 2)
    #expect(state.demo?.isPlaying == true)
    _ = reduce(&state, .event(.key(.char("t"))), Fixtures.context())
    #expect(state.demo?.takenOver == false)
    #expect(state.demo?.notice == state.strings.demoStillPlaying)
    _ = reduce(&state, .event(.key(.char(" "))), Fixtures.context())
    #expect(state.demo?.hurry == true)
    while state.demo?.isPlaying == true { _ = reduce(&state, .tick, Fixtures.context()) }
    #expect(state.demo?.notice == nil)
  }

  @Test("the calendar moves to a step's day: the app sees the scenario's date")
  func calendarMoves() throws {
    let demo = try DemoDriver("de-jong")
    for _ in 0..<8 { demo.press(.char(" ")) }
    #expect(demo.runner.state.today == LocalDate(year: 2013, month: 4, day: 22))
    demo.press(.char(" "))
    #expect(demo.runner.state.today == LocalDate(year: 2017, month: 5, day: 15))
    #expect(demo.screen.contains("15-05-2017"))
  }

  @Test(
    ":opnemen records the typed keys, split at Enter, and :opnemen stop writes a skeleton that loads"
  )
  func recording() throws {
    let demo = try DemoDriver("de-jong")
    let cwd = try TemporaryStore("demo-record")
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(cwd.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    demo.press(.char("t"))
    try demo.press(":opnemen<Enter>")
    #expect(demo.runner.state.demo?.recording != nil)
    try demo.press("<Enter><Tab>g<Esc>")
    try demo.press(":opnemen volgende<Enter>")
    try demo.press("a<Esc>")
    try demo.press(":opnemen stop<Enter>")
    #expect(demo.runner.state.demo?.recording == nil)
    let files = try FileManager.default.contentsOfDirectory(atPath: cwd.path)
    try #require(files.count == 1, "\(files)")
    let path = cwd.path + "/" + files[0]
    #expect(files[0].hasPrefix("scenario-opname-") && files[0].hasSuffix(".json"))
    #expect(demo.screen.contains(files[0]), "the panel says where")
    let skeleton = try Scenario.named(path)
    #expect(skeleton.steps.map(\.keys) == ["<Enter>", "<Tab>g<Esc>", "a<Esc>"])
    #expect(skeleton.steps.allSatisfy { $0.narration.nl == "TODO" })
    #expect(skeleton.cases.map(\.id.rawValue) == ["C-DEJONG01"])
    #expect(skeleton.user == LocalUser(name: "Peter Bakker", role: .consulent))
    #expect(skeleton.profile == "haarlem")
  }
}
