import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

@Suite("Scoring the matrix through the keys")
struct MatrixReducerTests {
  static let day3 = LocalDate(year: 2026, month: 11, day: 3) ?? Fixtures.today

  func scoring(_ state: AppState) -> ScoringSession? {
    if case .scoring(let s) = state.mode { return s }
    return nil
  }

  func saved(_ effects: [Effect]) -> CaseFile? {
    for case .save(let file) in effects { return file }
    return nil
  }

  @Test("m opens the scoring screen; digits score top-down and advance; Ctrl-S saves one event")
  func scoreAll() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    Fixtures.play("m", on: &state)
    let open = try #require(scoring(state))
    #expect(open.row == 0)
    #expect(open.level == 5)
    let effects = Fixtures.play(
      "nschulden, \"veel\"<Enter>2345123451234<C-s>", on: &state)
    let file = try #require(saved(effects))
    let m = try #require(file.state.measurements.first)
    #expect(m.scores.map(\.score) == [2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4])
    #expect(m.scores[0].note == "schulden, \"veel\"")
    #expect(m.date == Fixtures.today)
    #expect(m.scoredBy == "consulent")
    #expect(m.reference == MatrixReference(id: "zrm-2017", version: 1))
    // Two domains at level 1: the same save opens the safety lane.
    #expect(file.events.suffix(2).map(\.type) == ["matrix.measured", "safety.laneOpened"])
    _ = reduce(&state, .saved(file), Fixtures.context())
    guard case .comparison(let comparison) = state.mode else {
      Issue.record("expected the comparison after saving, got \(state.mode)")
      return
    }
    #expect(comparison.reference == m.reference)
    // Two domains are at level 1: the acute prompt names them.
    #expect(state.message?.kind == .error)
    #expect(state.message?.text.contains("Huiselijke relaties, Instrumentele ADL") == true)
  }

  @Test("0 is niet besproken; h/l move the level cursor and Enter scores it; u undoes")
  func keys() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    Fixtures.play("m0hh<Enter>", on: &state)
    var session = try #require(scoring(state))
    #expect(session.entries[0].score == nil)
    #expect(session.decided.contains("financien"))
    #expect(session.entries[1].score == 3)
    #expect(session.row == 2)
    Fixtures.play("u", on: &state)
    session = try #require(scoring(state))
    #expect(session.entries[1].score == nil)
    #expect(session.row == 1)
    Fixtures.play("t4", on: &state)
    #expect(scoring(state)?.entries[1].target == 4)
    Fixtures.play("t0", on: &state)
    #expect(scoring(state)?.entries[1].target == nil)
    Fixtures.play("kk", on: &state)
    #expect(scoring(state)?.row == 0)
  }

  @Test("undecided domains are asked about once, then recorded as not discussed")
  func incomplete() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    var effects = Fixtures.play("m34<C-s>", on: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text.contains("11 domeinen") == true)
    effects = Fixtures.play("<C-s>", on: &state)
    let file = try #require(saved(effects))
    #expect(file.state.measurements.first?.scores.compactMap(\.score) == [3, 4])
  }

  @Test("nothing scored is refused with the user's wording")
  func nothing() {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    let effects = Fixtures.play("m<C-s><C-s>", on: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text == "Scoor minstens één domein voordat u het meetmoment vastlegt.")
  }

  @Test("the date is editable; a future date is refused; a bad date keeps the input open")
  func date() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    Fixtures.play("md31-02-2026<Enter>", on: &state)
    #expect(state.message?.text.contains("dd-mm-jjjj") == true)
    if case .date = scoring(state)?.editing {} else { Issue.record("the date input closed") }
    Fixtures.play("<C-u>03-11-2026<Enter>3", on: &state)
    #expect(scoring(state)?.date == Self.day3)
    Fixtures.play("d2026-12-01<Enter>", on: &state)
    let effects = Fixtures.play("<C-s><C-s>", on: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text == "De datum 01-12-2026 ligt in de toekomst.")
  }

  @Test("the second meetmoment shows the previous scores and carries the targets over")
  func second() throws {
    let zrm = Fixtures.matrix("zrm-2017")
    let first = Fixtures.measurement(zrm, on: Self.day3, scores: [2, 3], targets: [4])
    var state = Fixtures.state(cases: [Fixtures.measuredCase([first])])
    Fixtures.play("m", on: &state)
    let session = try #require(scoring(state))
    #expect(session.previous == first)
    #expect(session.entries[0].target == 4)
    #expect(session.entries[0].score == nil)
  }

  @Test("Esc with scores asks first; a second Esc discards and goes back")
  func leave() {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    Fixtures.play("m3<Esc>", on: &state)
    #expect(scoring(state) != nil)
    #expect(state.message?.text.contains("Esc nogmaals") == true)
    Fixtures.play("<Esc>", on: &state)
    #expect(state.mode == .browse)
    Fixtures.play("m<Esc>", on: &state)
    #expect(state.mode == .browse)
  }

  @Test(":matrix and :zrm open scoring, :voortgang the comparison (or says there is none)")
  func commands() {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    Fixtures.play(":zrm<Enter>", on: &state)
    #expect(scoring(state) != nil)
    state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    Fixtures.play(":voortgang<Enter>", on: &state)
    #expect(state.mode == .browse)
    #expect(state.message?.text.contains("nog geen meetmoment") == true)
    let zrm = Fixtures.matrix("zrm-2017")
    state = Fixtures.state(
      cases: [Fixtures.measuredCase([Fixtures.measurement(zrm, on: Self.day3, scores: [2])])])
    Fixtures.play("c", on: &state)
    guard case .comparison = state.mode else {
      Issue.record("v did not open the comparison")
      return
    }
    Fixtures.play("<Esc>", on: &state)
    #expect(state.mode == .browse)
  }

  @Test("a read-only store refuses to open the scoring screen")
  func readOnly() {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    state.readOnly = true
    Fixtures.play("m", on: &state)
    #expect(state.mode == .browse)
    #expect(state.message?.kind == .error)
  }

  @Test("the comparison steps back through meetmomenten and switches between definitions")
  func comparisonKeys() throws {
    let zrm = Fixtures.matrix("zrm-2017")
    let old = Fixtures.matrix("zrm-2013")
    let file = Fixtures.measuredCase([
      Fixtures.measurement(old, on: Self.day3, scores: [1]),
      Fixtures.measurement(zrm, on: Self.day3.adding(days: 1), scores: [2]),
      Fixtures.measurement(zrm, on: Self.day3.adding(days: 2), scores: [3]),
    ])
    var state = Fixtures.state(cases: [file])
    Fixtures.play("c", on: &state)
    guard case .comparison(var screen) = state.mode else {
      Issue.record("no comparison")
      return
    }
    #expect(screen.reference == zrm.reference)
    Fixtures.play("<Left>", on: &state)
    if case .comparison(let s) = state.mode { screen = s }
    #expect(screen.index == 0)
    Fixtures.play("<Right><Tab>", on: &state)
    if case .comparison(let s) = state.mode { screen = s }
    #expect(screen.index == nil)
    #expect(screen.reference == old.reference)
  }
}

@Suite("The matrix in the conversation")
struct MatrixConversationTests {
  @Test("the broad sweep asks about the active matrix's domains")
  func sweepUsesActiveMatrix() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    state.matrix = Fixtures.matrix("haarlemmermeer-5")
    Fixtures.play("g", on: &state)
    guard case .conversation(let session) = state.mode else {
      Issue.record("no conversation")
      return
    }
    let sweep = session.items.filter { $0.domain != nil }.map(\.id)
    #expect(
      sweep == [
        "brede-uitvraag/meedoen", "brede-uitvraag/inkomen", "brede-uitvraag/veiligheid",
        "brede-uitvraag/gezondheid", "brede-uitvraag/wonen",
      ])
  }

  @Test("notes under a domain the active matrix lacks keep their page")
  func notesKept() throws {
    let guide = try #require(Fixtures.guide)
    var file = Fixtures.caseFile(meldingDay: 2)
    file = try file.applying(
      .startConversation(guideID: guide.id, guideVersion: guide.version, firstItem: "kennismaking"),
      at: Fixtures.now, today: Fixtures.today, actor: "consulent")
    var update = ConversationUpdate(try #require(file.state.conversation))
    update.notes["brede-uitvraag/justitie"] = "geen contact met politie"
    file = try file.applying(
      .updateConversation(update), at: Fixtures.now, today: Fixtures.today, actor: "consulent")
    let session = ConversationSession(
      file: file, guide: guide, now: Fixtures.now,
      domains: Fixtures.matrix("haarlemmermeer-5").guideDomains)
    #expect(session.items.last { $0.domain != nil }?.id == "brede-uitvraag/justitie")
    #expect(session.items.last { $0.domain != nil }?.title("nl") == "Justitie")
  }

  @Test("Ctrl-G on a domain page opens scoring at that domain and Esc comes back with the text")
  func fromConversation() throws {
    var state = Fixtures.state(cases: [Fixtures.caseFile(meldingDay: 2)])
    let effects = Fixtures.play("g<C-n><C-n><C-n><C-n>huur achterstand<C-g>", on: &state)
    #expect(effects.contains { if case .writeDraft = $0 { return true } else { return false } })
    guard case .scoring(let session) = state.mode else {
      Issue.record("Ctrl-G did not open scoring: \(state.mode)")
      return
    }
    #expect(session.domain?.id == "werk-opleiding")
    Fixtures.play("<Esc>", on: &state)
    guard case .conversation(let back) = state.mode else {
      Issue.record("Esc did not go back to the conversation")
      return
    }
    #expect(back.editor.text == "huur achterstand")
    #expect(back.item?.id == "brede-uitvraag/werk-opleiding")
  }
}
