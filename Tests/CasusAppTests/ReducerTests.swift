import CasusApp
import CasusCore
import CasusStore
import TerminalUI
import TestSupport
import Testing

@Suite("The app reducer")
struct ReducerTests {
  @Test("registering a melding through the form produces one save with the exact words")
  func registerMelding() throws {
    var state = Fixtures.state()
    let effects = Fixtures.play(
      "nCliënt Brouwer-Öztürk<Tab>12-03-1980<Tab><Tab><Tab><Tab>ik wil graag hulp bij één ding<C-s>",
      on: &state)
    let save = try #require(effects.first)
    guard case .save(let file) = save else {
      Issue.record("expected a save, got \(effects)")
      return
    }
    #expect(file.id.rawValue == "C-TEST0001")
    #expect(file.state.household.name == "Cliënt Brouwer-Öztürk")
    #expect(file.state.household.members.first?.born == LocalDate(year: 1980, month: 3, day: 12))
    #expect(file.state.question == "ik wil graag hulp bij één ding")
    #expect(file.state.melding.date == Fixtures.today)
    #expect(file.events.map(\.actor) == ["consulent"])
  }

  @Test("the form stays open with its text when a save fails, and closes when it succeeds")
  func saveOutcome() throws {
    var state = Fixtures.state()
    let effects = Fixtures.play("nJan<Tab><Tab><Tab><Tab><Tab>hulp<C-s>", on: &state)
    guard case .save(var file) = effects.first else {
      Issue.record("no save")
      return
    }
    _ = reduce(
      &state, .saveFailed(.io(path: "/x", operation: "write", reason: "No space left on device")),
      Fixtures.context())
    guard case .form(let form) = state.mode else {
      Issue.record("form closed after a failed save")
      return
    }
    #expect(form.question.text == "hulp")
    #expect(state.message?.kind == .error)
    // The system's English reason reads as Dutch.
    #expect(state.message?.text.contains("de schijf is vol") == true)
    file.revision = 1
    _ = reduce(&state, .saved(file), Fixtures.context())
    #expect(state.mode == .browse)
    #expect(state.cases.map(\.id) == [file.id])
    #expect(state.selection == file.id)
    #expect(state.lastSave == SaveStamp(time: "09:30"))
  }

  @Test("a bad date keeps the form open and puts the cursor in that field")
  func badDate() {
    var state = Fixtures.state()
    let effects = Fixtures.play("nJan<Tab>31-02-1980<Tab><Tab><Tab><Tab>hulp<C-s>", on: &state)
    #expect(effects.isEmpty)
    guard case .form(let form) = state.mode else {
      Issue.record("form closed")
      return
    }
    #expect(form.focus == .memberBorn(0))
    #expect(state.message?.text.contains("dd-mm-jjjj") == true)
  }

  @Test("an empty question is refused with the user's wording")
  func emptyQuestion() {
    var state = Fixtures.state()
    let effects = Fixtures.play("nJan<C-s>", on: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text == "Noteer de vraag van de inwoner in eigen woorden.")
  }

  @Test("Esc on a form with typed text asks before discarding; n keeps working")
  func cancelAsks() {
    var state = Fixtures.state()
    Fixtures.play("nJan<Esc>", on: &state)
    #expect(state.message?.text.contains("weggooien") == true)
    Fixtures.play("n", on: &state)
    guard case .form(let form) = state.mode else {
      Issue.record("form closed")
      return
    }
    #expect(form.members[0].name.text == "Jan")
    Fixtures.play("<Esc>j", on: &state)
    #expect(state.mode == .browse)
  }

  @Test("Ctrl-C quits at once in the list but asks once when a form has text")
  func interrupt() {
    var state = Fixtures.state()
    #expect(Fixtures.play("<C-c>", on: &state) == [.quit])
    state = Fixtures.state()
    #expect(Fixtures.play("nJan<C-c>", on: &state).isEmpty)
    #expect(Fixtures.play("<C-c>", on: &state) == [.quit])
  }

  @Test("j and k move the selection; letters typed in a form field are text, not commands")
  func navigation() {
    let cases = [
      Fixtures.caseFile(id: "C-A", name: "Ahmed", meldingDay: 24),
      Fixtures.caseFile(id: "C-B", name: "Bakker", meldingDay: 23),
    ]
    var state = Fixtures.state(cases: cases)
    #expect(state.selection?.rawValue == "C-A")
    Fixtures.play("j", on: &state)
    #expect(state.selection?.rawValue == "C-B")
    Fixtures.play("jjjk", on: &state)
    #expect(state.selection?.rawValue == "C-A")
    Fixtures.play("njkq?", on: &state)
    guard case .form(let form) = state.mode else {
      Issue.record("form closed")
      return
    }
    #expect(form.members[0].name.text == "jkq?")
  }

  @Test("the filter ignores case and diacritics and Esc clears it")
  func filter() {
    let cases = [
      Fixtures.caseFile(id: "C-A", name: "Cliënt Brouwer-Öztürk"),
      Fixtures.caseFile(id: "C-B", name: "Nguyễn Văn An", meldingDay: 21),
    ]
    var state = Fixtures.state(cases: cases)
    Fixtures.play("/ozturk", on: &state)
    #expect(state.visibleCases.map(\.id.rawValue) == ["C-A"])
    Fixtures.play("<Enter>", on: &state)
    #expect(state.filter == "ozturk")
    Fixtures.play("<Esc>", on: &state)
    #expect(state.visibleCases.count == 2)
    Fixtures.play("/nguyen<Enter>", on: &state)
    #expect(state.visibleCases.map(\.id.rawValue) == ["C-B"])
    #expect(state.selection?.rawValue == "C-B")
  }

  @Test("the command line runs Dutch and English commands and names unknown ones")
  func commands() {
    var state = Fixtures.state()
    Fixtures.play(":hulp<Enter>", on: &state)
    #expect(state.overlay == .help)
    Fixtures.play("<Esc>:bogus<Enter>", on: &state)
    #expect(state.message?.text.contains("bogus") == true)
    Fixtures.play(":nieuw<Enter>", on: &state)
    if case .form = state.mode {} else { Issue.record(":nieuw did not open the form") }
    state = Fixtures.state()
    #expect(Fixtures.play(":quit<Enter>", on: &state) == [.quit])
  }

  @Test("editing a case saves only what changed, as a case.edited event")
  func edit() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile()])
    let effects = Fixtures.play("e<Tab><Tab><Tab><Tab><Tab><End> en nog iets<C-s>", on: &state)
    guard case .save(let file) = effects.first else {
      Issue.record("no save: \(effects), \(String(describing: state.message))")
      return
    }
    #expect(file.events.last?.type == "case.edited")
    #expect(file.state.question == "ik wil graag hulp bij één ding en nog iets")
    let payload = try #require(try file.events.last?.payload.decode(CaseEdited.self))
    #expect(payload.changes.map(\.field) == [.question])
  }

  @Test("a read-only store refuses a new melding with a clear message")
  func readOnly() {
    var state = Fixtures.state()
    state.readOnly = true
    Fixtures.play("n", on: &state)
    #expect(state.mode == .browse)
    #expect(state.message?.text == "Alleen lezen: er wordt niets opgeslagen.")
  }

  @Test("below 80×24 keys change nothing except quitting")
  func tooSmall() {
    var state = Fixtures.state(cases: [Fixtures.caseFile()])
    _ = reduce(&state, .event(.resize(Size(width: 60, height: 20))), Fixtures.context())
    Fixtures.play("n", on: &state)
    #expect(state.mode == .browse)
    #expect(Fixtures.play("q", on: &state) == [.quit])
  }
}
