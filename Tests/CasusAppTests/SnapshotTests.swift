import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

/// Fictional households with names in several scripts.
private let households: [CaseFile] = [
  Fixtures.caseFile(
    id: "C-A1", name: "Cliënt Brouwer-Öztürk", meldingDay: 24,
    members: [
      Member(name: "Cliënt Brouwer-Öztürk", born: LocalDate(year: 1980, month: 3, day: 12)),
      Member(name: "Emre Öztürk", born: LocalDate(year: 2012, month: 6, day: 1), role: .child),
    ]),
  Fixtures.caseFile(
    id: "C-B2", name: "Nguyễn Thị Lan",
    question: "Mijn moeder redt het niet meer alleen; wij willen graag weten wat er kan.",
    meldingDay: 23),
  Fixtures.caseFile(id: "C-C3", name: "محمد العلي", meldingDay: 22),
  Fixtures.caseFile(id: "C-D4", name: "ትግርኛ ተስፋይ", meldingDay: 21),
  Fixtures.caseFile(
    id: "C-E5", name: "de Jong",
    question: "Sinds mijn vrouw is overleden kom ik de deur niet meer uit.", meldingDay: 20),
]

@Suite("Screens as the user sees them")
struct SnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  private func check(_ state: AppState, _ name: String) {
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: name) == nil)
  }

  @Test("an empty store invites the first melding", arguments: sizes)
  func emptyStore(_ size: Size) {
    check(Fixtures.state(size: size), "empty-\(size.width)x\(size.height)")
  }

  @Test("the case list and detail line up with names in any script", arguments: sizes)
  func list(_ size: Size) {
    var state = Fixtures.state(size: size, cases: households)
    Fixtures.play("j", on: &state)
    check(state, "list-\(size.width)x\(size.height)")
  }

  @Test("the new-melding form with typed text and the cursor in the question", arguments: sizes)
  func form(_ size: Size) {
    var state = Fixtures.state(size: size)
    Fixtures.play(
      "nCliënt Brouwer-Öztürk<Tab>12-03-1980<Tab><Tab><Tab><Tab>ik wil graag hulp bij één ding",
      on: &state)
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: "form-\(size.width)x\(size.height)") == nil)
    #expect(screen.cursor.map { screen.line($0.y).contains("één ding") } == true)
  }

  @Test("help lists every key of the view", arguments: sizes)
  func help(_ size: Size) {
    var state = Fixtures.state(size: size, cases: households)
    Fixtures.play("?", on: &state)
    check(state, "help-\(size.width)x\(size.height)")
  }

  @Test("a too-small window says so instead of drawing a broken layout")
  func tooSmall() {
    check(Fixtures.state(size: Size(width: 60, height: 20), cases: households), "too-small-60x20")
  }

  @Test("the English interface")
  func english() {
    var state = Fixtures.state(cases: households, language: .en)
    Fixtures.play("/ngu", on: &state)
    check(state, "english-filter-80x24")
  }

  @Test("the selected row is marked by more than colour")
  func selectionWithoutColour() {
    let state = Fixtures.state(cases: households)
    let screen = render(state)
    let row = 2
    #expect(screen.line(row).contains("▸ Cliënt Brouwer-Öztürk"))
    #expect(screen[2, row].style.reverse)
    #expect(screen.cursor == Point(x: 1, y: row))
  }
}
