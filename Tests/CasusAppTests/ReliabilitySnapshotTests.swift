import CasusApp
import CasusCore
import Foundation
import TerminalUI
import TestSupport
import Testing

@Suite("Screens of the idle lock and the conflict question")
struct ReliabilitySnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
  let cases = [
    Fixtures.caseFile(id: "C-A1", name: "Cliënt Brouwer-Öztürk", meldingDay: 24),
    Fixtures.caseFile(id: "C-B2", name: "Nguyễn Thị Lan", meldingDay: 23),
  ]

  @Test("the lock screen asks for the passphrase and shows nothing else", arguments: sizes)
  func lock(_ size: Size) {
    var state = Fixtures.state(size: size, cases: cases)
    var context = Fixtures.context()
    _ = reduce(&state, .configureLock(.init(minutes: 5, passphrase: true)), context)
    context.now = Fixtures.now.addingTimeInterval(300)
    _ = reduce(&state, .tick, context)
    Fixtures.play("geheim", on: &state, context: context)
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: "lock-\(size.width)x\(size.height)") == nil)
    #expect(!screen.plainText().contains("Brouwer"))
  }

  @Test("the conflict question names who saved first and the three choices", arguments: sizes)
  func conflict(_ size: Size) throws {
    var state = Fixtures.state(size: size, cases: cases)
    let theirs = try cases[0].applying(
      .edit(CaseEdit(source: .network)), at: Fixtures.now, today: Fixtures.today, actor: "Bram")
    let mine = try cases[0].applying(
      .edit(CaseEdit(question: "mijn vraag")), at: Fixtures.now, today: Fixtures.today,
      actor: "Anna")
    _ = reduce(&state, .reloaded(theirs.with(revision: 2)), Fixtures.context())
    _ = reduce(
      &state,
      .conflict(CaseConflict(mine: mine, copy: "cases/.C-A1.conflict-20261125T093000Z.json")),
      Fixtures.context())
    let screen = render(state)
    #expect(Snapshot.mismatch(screen, named: "conflict-\(size.width)x\(size.height)") == nil)
  }
}
