import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// A reducer context `seconds` after ``Fixtures/now``.
private func at(_ seconds: TimeInterval) -> ReduceContext {
  var context = Fixtures.context()
  context.now = Fixtures.now.addingTimeInterval(seconds)
  return context
}

/// Every character on the screen, as one string.
private func everything(_ screen: Screen) -> String { screen.plainText() }

@Suite("The idle lock")
struct IdleLockTests {
  let cases = [Fixtures.caseFile(id: "C-LOCK0001", name: "Cliënt Brouwer-Öztürk")]

  private func configured(passphrase: Bool, minutes: Int? = nil) -> AppState {
    var state = Fixtures.state(cases: cases)
    _ = reduce(&state, .configureLock(.init(minutes: minutes, passphrase: passphrase)), at(0))
    return state
  }

  @Test("after five idle minutes a tick locks, and the screen shows no case data")
  func locksAfterFiveMinutes() {
    var state = configured(passphrase: true)
    _ = reduce(&state, .event(.key(.char("j"))), at(10))
    _ = reduce(&state, .tick, at(10 + 299))
    #expect(!state.lock.isLocked)
    #expect(everything(render(state)).contains("Brouwer-Öztürk"))
    _ = reduce(&state, .tick, at(10 + 300))
    #expect(state.lock.isLocked)
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      state.size = size
      let screen = render(state)
      #expect(!everything(screen).contains("Brouwer"), "\(screen.plainText())")
      #expect(!everything(screen).contains("C-LOCK0001"))
      #expect(everything(screen).contains("Casus is vergrendeld"))
      #expect(everything(screen).contains("Vergrendeld na 5 minuten"))
    }
  }

  @Test("a key press restarts the idle time")
  func keysKeepItOpen() {
    var state = configured(passphrase: false, minutes: 1)
    for minute in 1...5 {
      _ = reduce(&state, .event(.key(.char("j"))), at(Double(minute) * 59))
      _ = reduce(&state, .tick, at(Double(minute) * 59 + 58))
      #expect(!state.lock.isLocked)
    }
  }

  @Test("the passphrase is typed as dots and checked by the runner; a wrong one says so")
  func passphraseUnlock() throws {
    var state = configured(passphrase: true)
    _ = reduce(&state, .tick, at(301))
    #expect(Fixtures.play("geheim", on: &state, context: at(302)).isEmpty)
    let screen = render(state)
    #expect(screen.plainText().contains("Wachtwoord: ••••••"))
    #expect(!screen.plainText().contains("geheim"))
    let cursor = try #require(screen.cursor)
    #expect(screen.line(cursor.y).contains("Wachtwoord:"))
    // The keys of the list do nothing while locked.
    #expect(state.mode == .browse)
    #expect(reduce(&state, .event(.key(.enter)), at(303)) == [.unlock("geheim")])
    _ = reduce(&state, .unlockFinished(false), at(304))
    #expect(state.lock.isLocked)
    #expect(render(state).plainText().contains("Onjuist wachtwoord"))
    Fixtures.play("goed wachtwoord<Enter>", on: &state, context: at(305))
    _ = reduce(&state, .unlockFinished(true), at(306))
    #expect(!state.lock.isLocked)
    #expect(render(state).plainText().contains("Brouwer-Öztürk"))
  }

  @Test("an unencrypted store unlocks with Enter; 0 minutes never locks")
  func confirmation() {
    var state = configured(passphrase: false)
    _ = reduce(&state, .tick, at(300))
    #expect(state.lock.isLocked)
    #expect(render(state).plainText().contains("Druk op Enter om verder te gaan."))
    Fixtures.play("x", on: &state, context: at(301))
    #expect(state.lock.isLocked)
    Fixtures.play("<Enter>", on: &state, context: at(302))
    #expect(!state.lock.isLocked)
    var never = configured(passphrase: false, minutes: 0)
    _ = reduce(&never, .tick, at(86_400))
    #expect(!never.lock.isLocked)
  }

  @Test("an open conversation's draft is written before the screen locks")
  func draftBeforeLock() throws {
    var state = configured(passphrase: true)
    Fixtures.play("g", on: &state, context: at(1))
    guard case .conversation = state.mode else {
      Issue.record("the conversation did not open: \(state.mode)")
      return
    }
    Fixtures.play("de cliënt vertelt", on: &state, context: at(2))
    // Typed less than two seconds apart, so no draft yet; the lock forces it.
    let effects = reduce(&state, .tick, at(2 + 300))
    #expect(state.lock.isLocked)
    let draft = try #require(
      effects.compactMap { effect -> ConversationDraft? in
        if case .writeDraft(let draft) = effect { return draft }
        return nil
      }.first)
    #expect(draft.update.notes.values.contains("de cliënt vertelt"))
  }

  @Test("Ctrl-C on the lock screen quits, but not over an unsaved form")
  func quitFromLock() {
    var state = configured(passphrase: true)
    _ = reduce(&state, .tick, at(300))
    #expect(reduce(&state, .event(.key(.ctrl("c"))), at(301)) == [.quit])
    var form = configured(passphrase: true)
    Fixtures.play("nJan", on: &form, context: at(1))
    _ = reduce(&form, .tick, at(302))
    #expect(reduce(&form, .event(.key(.ctrl("c"))), at(303)).isEmpty)
    #expect(render(form).plainText().contains("niet-opgeslagen formulier"))
  }

  @Test(
    "in an encrypted store Ctrl-E does not hand the text to an editor that writes it in the clear")
  func noExternalEditor() {
    var state = configured(passphrase: true)
    let effects = Fixtures.play("gde cliënt<C-e>", on: &state, context: at(1))
    #expect(
      !effects.contains { if case .editExternally = $0 { return true } else { return false } })
    #expect(state.message?.text.contains("geen externe editor") == true)
    var plain = configured(passphrase: false)
    #expect(
      Fixtures.play("gde cliënt<C-e>", on: &plain, context: at(1)).contains(
        .editExternally("de cliënt")))
  }

  @Test("the runner locks on a tick of the injected clock and checks the passphrase")
  func runner() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("casus-lock-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try CaseStore(root: root)
    _ = try store.save(cases[0].with(revision: 0))
    let clock = TestClock(Fixtures.now)
    let environment = AppEnvironment(
      now: { clock.now }, random: { 7 }, timeZone: Fixtures.utc, actor: "anna",
      user: UserPreset(name: "anna"))
    let runner = AppRunner.start(
      store: store, backend: ScriptedBackend(size: Size(width: 100, height: 30), events: []),
      environment: environment, language: .nl, colors: false, storeDescription: root.path)
    runner.send(.configureLock(.init(minutes: 2, passphrase: true)))
    runner.passphraseCheck = { $0 == "juist wachtwoord" }
    clock.advance(121)
    runner.send(.tick)
    #expect(runner.state.lock.isLocked)
    for event in try KeyNotation.parse("fout<Enter>") { runner.send(.event(event)) }
    #expect(runner.state.lock.isLocked && runner.state.lock.failedAttempts == 1)
    for event in try KeyNotation.parse("juist wachtwoord<Enter>") { runner.send(.event(event)) }
    #expect(!runner.state.lock.isLocked)
  }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
  // @unchecked: used from one test thread at a time.
  private(set) var now: Date
  init(_ start: Date) { now = start }
  func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
