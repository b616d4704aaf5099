import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

/// The handover screens as the user sees them, without colour, at 80×24 and 120×40.
@Suite("Handover screens as the user sees them")
struct HandoverSnapshotTests {
  typealias F = HandoverFixtures
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  private func check(_ state: AppState, _ name: String) {
    #expect(Snapshot.mismatch(render(state), named: name) == nil)
  }

  private func name(_ base: String, _ size: Size) -> String {
    "\(base)-\(size.width)x\(size.height)"
  }

  /// A household registered for procescoördinatie and accepted, with an inventory of
  /// professionals whose cost passes both thresholds, two basics in order and a plan.
  private func workspace(_ size: Size) -> AppState {
    var state = F.state(size: size)
    F.drive(F.melding + F.oneReason + "<Enter>:rol pc<Enter>a<Enter>", on: &state)
    let people = [
      ("Nguyễn Văn An", "Wijkteam", "wijkcoach", "18.000"),
      ("محمد العلي", "GGZ", "behandelaar", "24.000"), ("Emre Öztürk", "Jeugdzorg", "", "30.000"),
    ]
    for (who, organisation, role, cost) in people {
      F.drive("i\(who)<Tab>\(organisation)<Tab>\(role)<Tab>\(cost)<C-s>", on: &state)
    }
    for n in 4...11 { F.drive("iProfessional \(n)<Tab><Tab><Tab>4.000<C-s>", on: &state) }
    F.drive("jjjjjjjjjjj<Space>j<Space>pHuur op tijd betalen<C-s>", on: &state)
    return state
  }

  @Test("the first-start form asks for a name and a role", arguments: sizes)
  func userForm(_ size: Size) {
    var state = F.state(size: size, user: nil)
    state.mode = .user(
      UserSetup(
        form: FieldForm(
          title: "Wie werkt er?",
          notes: ["Casus legt bij elke wijziging en elke inzage vast wie dat deed."],
          fields: [
            .init("name", "Naam", .text(TextInput("Ayşe Öztürk"))),
            .init("role", "Rol", .choice(["consulent", "procescoördinator"], 1)),
          ]), first: true))
    check(state, name("handover-user", size))
  }

  @Test("the preview shows exactly what goes along before anything is sent", arguments: sizes)
  func preview(_ size: Size) {
    var state = F.state(size: size)
    F.drive(F.melding + F.oneReason, on: &state)
    check(state, name("handover-preview", size))
  }

  @Test("the registration form with one reason ticked", arguments: sizes)
  func form(_ size: Size) {
    var state = F.state(size: size)
    F.drive(F.melding + "o<Tab><Tab><Tab><Space><Tab>", on: &state)
    check(state, name("handover-form", size))
  }

  @Test("the sender's queue shows a declined registration with its reason", arguments: sizes)
  func queue(_ size: Size) {
    var state = F.state(size: size, profile: "haarlemmermeer")
    F.drive(F.melding + F.oneReason + "<Enter>", on: &state)
    F.drive(":rol meerteam<Enter>xeerst de sociale basis inzetten<Enter>", on: &state)
    F.drive(":rol consulent<Enter>w", on: &state)
    check(state, name("handover-queue", size))
  }

  @Test("the procescoördinatie workspace: inventory, warnings, basics, plan", arguments: sizes)
  func workspaceScreen(_ size: Size) {
    check(workspace(size), name("handover-workspace", size))
  }

  @Test("the hand-back form with the evaluation and the cost before and after", arguments: sizes)
  func handBack(_ size: Size) {
    var state = workspace(size)
    F.drive("b", on: &state)
    check(state, name("handover-handback", size))
  }

  @Test("the triage explains its order with each signal's weight and evidence", arguments: sizes)
  func triage(_ size: Size) {
    var state = workspace(size)
    F.drive("<Esc><Esc>", on: &state)
    let others = [
      Fixtures.caseFile(id: "C-B2", name: "Nguyễn Thị Lan", meldingDay: 23),
      Fixtures.caseFile(id: "C-D4", name: "ትግርኛ ተስፋይ", meldingDay: 21),
    ]
    for file in others { state.upsert(file) }
    state.mode = .triage(TriageScreen(isHome: true))
    check(state, name("handover-triage", size))
  }

  @Test("the English interface: the workspace in the other language")
  func english() {
    var state = workspace(Size(width: 80, height: 24))
    state.language = .en
    check(state, "handover-workspace-english-80x24")
  }

  @Test("the history of a case, every step with its actor", arguments: sizes)
  func history(_ size: Size) {
    var state = workspace(size)
    F.drive("h", on: &state)
    check(state, name("handover-history", size))
  }
}
