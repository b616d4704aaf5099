import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

@Suite("The ladder, safety, plan and agenda screens as the user sees them")
struct LadderSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  private func check(_ state: AppState, _ name: String) {
    #expect(Snapshot.mismatch(render(state), named: name) == nil)
  }

  /// De Jong's first arrangement, with a safety lane on a second, urgent case.
  private func state(_ size: Size, language: Language = .nl) -> AppState {
    var urgent = Fixtures.caseFile(id: "C-URGENT01", name: "Nguyễn Thị Lan", meldingDay: 22)
    urgent =
      (try? urgent.applying(
        .safety(
          .open(
            SafetyLane(
              opened: Fixtures.today, source: .matrix,
              reason: "Niveau 1 bij Huisvesting: ontruiming aangezegd"))),
        at: Fixtures.now, today: Fixtures.today, actor: "consulent")) ?? urgent
    urgent =
      (try? urgent.applying(
        .safety(
          .recordStep(
            step: "aandachtsfunctionaris",
            ChainRecord(date: Fixtures.today, outcome: "besproken; Veilig Thuis bellen"))),
        at: Fixtures.now, today: Fixtures.today, actor: "consulent")) ?? urgent
    var state = Fixtures.state(
      size: size, cases: [Fixtures.deJongArranged(), urgent], language: language)
    state.selection = CaseID("C-DEJONG01")
    return state
  }

  @Test("the ladder of a need: rungs from light to heavy, network, offers", arguments: sizes)
  func ladder(_ size: Size) {
    var s = state(size)
    Fixtures.play("l", on: &s)
    check(s, "ladder-\(size.width)x\(size.height)")
  }

  @Test("the arrangement across all needs")
  func arrangement() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("l<Tab>jj", on: &s)
    check(s, "ladder-arrangement-80x24")
  }

  @Test("the sociale kaart on a rung, the need's domain first")
  func kaart() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("lj/", on: &s)
    check(s, "ladder-kaart-80x24")
  }

  @Test("an offer on the beschikking rung asks for the aanvraag and the decision")
  func offerForm() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("ljjjjj/pers<Enter>", on: &s)
    check(s, "ladder-offer-80x24")
  }

  @Test("comply or explain: the reason for a lighter rung that was passed over")
  func reasons() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("ljjjjj/pers<Enter><C-s>een hulpmiddel", on: &s)
    check(s, "ladder-reasons-80x24")
  }

  @Test("Haarlemmermeer: no wijkteam, the Meer-team beside the ladder")
  func haarlemmermeer() {
    var s = Fixtures.state(cases: [Fixtures.deJong()])
    s.process = Fixtures.process("haarlemmermeer")
    Fixtures.playSaving("lmeedoen<Enter>", on: &s)
    check(s, "ladder-haarlemmermeer-80x24")
  }

  @Test("the ladder in English")
  func english() {
    var s = state(Size(width: 80, height: 24), language: .en)
    Fixtures.play("l", on: &s)
    check(s, "ladder-english-80x24")
  }

  @Test("help on the ladder lists its keys")
  func help() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("l?", on: &s)
    check(s, "ladder-help-80x24")
  }

  @Test("the safety lane: reason, chain checklist with dates and outcomes", arguments: sizes)
  func safety(_ size: Size) {
    var s = state(size)
    Fixtures.play("ks", on: &s)
    check(s, "safety-\(size.width)x\(size.height)")
  }

  @Test("the plan with the arrangement and the reminders", arguments: sizes)
  func plan(_ size: Size) {
    var s = state(size)
    Fixtures.play("p", on: &s)
    check(s, "plan-\(size.width)x\(size.height)")
  }

  @Test("the plan as the client reads it, in the document view")
  func planDocument() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("pd<PageDown>", on: &s)
    check(s, "plan-document-80x24")
  }

  @Test("the agenda across the cases, overdue first", arguments: sizes)
  func agenda(_ size: Size) {
    var s = state(size)
    let later = ReduceContext(
      now: Fixtures.now.addingTimeInterval(42 * 86_400), today: Fixtures.today.adding(days: 42),
      newCaseID: CaseID.make(random: 5), actor: "consulent", clockTime: "09:30")
    Fixtures.play("a", on: &s, context: later)
    check(s, "agenda-\(size.width)x\(size.height)")
  }

  @Test("an urgent case says so in the list and in the detail, in words")
  func urgentList() {
    var s = state(Size(width: 80, height: 24))
    Fixtures.play("k", on: &s)
    check(s, "list-urgent-80x24")
  }
}
