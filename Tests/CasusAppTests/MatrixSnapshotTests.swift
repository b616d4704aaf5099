import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

/// The matrix screens as the user sees them, without colour.
@Suite("Matrix screens as the user sees them")
struct MatrixSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
  static func day(_ d: Int) -> LocalDate {
    LocalDate(year: 2026, month: 11, day: d) ?? Fixtures.today
  }

  /// A case with two meetmomenten: progress, a decline, an acute domain, targets and notes.
  static func measured(_ name: String = "Cliënt Brouwer-Öztürk") -> CaseFile {
    let zrm = Fixtures.matrix("zrm-2017")
    return Fixtures.measuredCase(
      name: name,
      [
        Fixtures.measurement(
          zrm, on: day(3), scores: [2, 3, 4, 5, 3, 3, 4, 5, 5, 4, 2, 2, 5],
          targets: [4, nil, nil, nil, 4]),
        Fixtures.measurement(
          zrm, on: day(24), scores: [3, 3, 2, 5, 4, 3, 4, 5, 5, 4, 1, 3, nil],
          targets: [4, nil, nil, nil, 4],
          notes: ["betalingsregeling loopt, \"eindelijk rust\"", nil, "zit veel thuis"]),
      ])
  }

  private func check(_ state: AppState, _ name: String) {
    #expect(Snapshot.mismatch(render(state), named: name) == nil)
  }

  @Test("the scoring screen mid-way, with a note being typed and an acute domain", arguments: sizes)
  func scoring(_ size: Size) {
    var state = Fixtures.state(size: size, cases: [Self.measured()])
    Fixtures.play("m3t43t5<Down>nbuurvrouw Öztürk helpt", on: &state)
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: "scoring-\(size.width)x\(size.height)") == nil)
    #expect(screen.cursor.map { screen.line($0.y).contains("buurvrouw Öztürk helpt") } == true)
  }

  @Test("the scoring screen with an acute score says so in words", arguments: sizes)
  func acute(_ size: Size) {
    var state = Fixtures.state(size: size, cases: [Fixtures.caseFile(name: "Nguyễn Thị Lan")])
    Fixtures.play("m431<Left>", on: &state)
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: "scoring-acute-\(size.width)x\(size.height)") == nil)
    #expect(screen.plainText().contains("ACUUT"))
  }

  @Test("the comparison: previous, now, difference, target and a chart", arguments: sizes)
  func comparison(_ size: Size) {
    var state = Fixtures.state(size: size, cases: [Self.measured()])
    Fixtures.play("c", on: &state)
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: "comparison-\(size.width)x\(size.height)") == nil)
    let text = screen.plainText()
    #expect(text.contains("-1 ▼"))
    #expect(text.contains("▂▃ 2 3"))
  }

  @Test("with many meetmomenten the chart keeps the latest ones and marks the rest with …")
  func longHistory() throws {
    let zrm = Fixtures.matrix("zrm-2017")
    let scores = [1, 2, 3, 4, 5, 4, 3, 2, 3, 4, 5, 4, 3, 2, 3, 4, 5, 5, 4, 5]
    let file = Fixtures.measuredCase(
      scores.enumerated().map { i, s in
        Fixtures.measurement(zrm, on: Self.day(3 + i), scores: [s])
      })
    var state = Fixtures.state(cases: [file])
    Fixtures.play("c", on: &state)
    let screen = render(state)
    let row = try #require(
      screen.plainText().split(separator: "\n").first { $0.contains("Financiën") })
    #expect(row.contains("…"), "\(row)")
    #expect(row.contains("…█▅█ 5 4 5"), "\(row)")
    #expect(row.contains("4       5       +1 ▲"), "\(row)")
    #expect(screen.plainText().contains("Meetmoment 20 van 20"))
  }

  @Test("the list marks an acute case in words; the detail shows the latest series")
  func listAndDetail() {
    let other = Fixtures.caseFile(id: "C-B2", name: "محمد العلي", meldingDay: 20)
    var state = Fixtures.state(size: Size(width: 120, height: 40), cases: [Self.measured(), other])
    Fixtures.play("j", on: &state)
    check(state, "matrix-detail-120x40")
    // A domain at level 1 makes the case urgent: the list says so in words.
    #expect(render(state).line(3).contains("! urgent"))
  }

  @Test("the English scoring screen")
  func english() {
    var state = Fixtures.state(cases: [Self.measured("de Jong")], language: .en)
    Fixtures.play("m34", on: &state)
    check(state, "scoring-english-80x24")
  }

  @Test("help on the scoring screen lists every key")
  func help() {
    var state = Fixtures.state(cases: [Self.measured()])
    Fixtures.play("m?", on: &state)
    check(state, "scoring-help-80x24")
  }
}
