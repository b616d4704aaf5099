import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

@Suite("Handovers, queues, workspaces and roles through the keys")
struct HandoverReducerTests {
  typealias F = HandoverFixtures

  func screen(_ state: AppState) -> String { render(state).plainText() }

  /// A consulent registered a household and sent it to procescoördinatie with one reason.
  func registered(size: Size = Size(width: 80, height: 24), profile: String = "zoetermeer")
    -> AppState
  {
    var state = F.state(size: size, profile: profile)
    F.drive(F.melding + F.oneReason + "<Enter>", on: &state)
    return state
  }

  @Test("one reason and the ground are enough: the preview, then one save with both events")
  func registerWithOneReason() throws {
    var state = F.state()
    F.drive(F.melding, on: &state)
    let effects = F.drive(F.oneReason, on: &state)
    #expect(effects.isEmpty, "the preview comes before anything is saved")
    guard case .handoverForm(let form) = state.mode, form.preview != nil else {
      Issue.record("no preview: \(state.mode)")
      return
    }
    #expect(screen(state).contains("Voorbeeld: dit gaat mee"))
    let file = try #require(F.saves(F.drive("<Enter>", on: &state)).first)
    let h = try #require(file.state.handovers.first)
    #expect(h.state == .submitted && h.lane == .procescoordinatie)
    #expect(h.reasons == ["Onvrede over de voortgang"])
    #expect(h.consent?.kind == .consent && h.consent?.detail == "mondeling")
    #expect(h.from == "Anna de Vries (consulent)")
    #expect(!h.sections.contains(.conversation), "the notes go along only when chosen")
    #expect(
      file.events.suffix(2).map(\.type) == [
        CaseEventType.handoverCreated, CaseEventType.handoverStateChanged,
      ])
    #expect(file.events.allSatisfy { $0.actor == "Anna de Vries (consulent)" })
    #expect(state.message?.text == "El Amrani-Visser aangemeld bij Procescoördinatie.")
  }

  @Test("without a reason or a ground the form says what is missing and keeps the text")
  func registerNeedsReasonAndGround() {
    var state = F.state()
    F.drive(F.melding + "o<Tab><Tab><Tab><Tab><Tab>iets<C-s>", on: &state)
    #expect(state.message?.text == "Kies minstens één reden voor de aanmelding.")
    // The focus went to the first reason: Space ticks it.
    F.drive("<Space><C-s>", on: &state)
    #expect(state.message?.text.contains("toestemming of de wettelijke grondslag") == true)
    guard case .handoverForm(let form) = state.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(form.form.text("question") == "iets")
    #expect(form.form.focused?.id == "consentDetail")
  }

  @Test("switching to the procescoördinator shows the registration in the triage; a accepts")
  func coordinatorAccepts() throws {
    var state = registered()
    F.drive(":rol procescoördinator<Enter>", on: &state)
    #expect(state.user?.role == .procescoordinator)
    guard case .triage = state.mode else {
      Issue.record("the procescoördinator starts in the triage, not \(state.mode)")
      return
    }
    #expect(screen(state).contains("aangemeld 25-11-2026"))
    let file = try #require(F.saves(F.drive("a", on: &state)).first)
    #expect(file.state.handovers.first?.state == .accepted)
    #expect(file.events.last?.actor == "Anna de Vries (procescoordinator)")
  }

  @Test("a consulent cannot accept for procescoördinatie; the message names the role")
  func roleGuard() {
    var state = registered()
    let effects = F.drive("wa", on: &state)
    #expect(F.saves(effects).isEmpty)
    F.drive("<Tab>", on: &state)
    let incoming = F.drive("a", on: &state)
    #expect(F.saves(incoming).isEmpty)
    #expect(
      state.message?.text
        == "Dit is werk voor de rol procescoördinator. Wissel van rol met :rol.")
  }

  @Test("a declined Meer-team registration is back in the sender's queue with its reason")
  func declinedReturnsToSender() throws {
    var state = registered(profile: "haarlemmermeer")
    let sent = try #require(state.caseFile(state.list.summaries.first?.id)?.state.handovers.first)
    #expect(sent.lane == .meerTeam)
    F.drive(":rol meerteam<Enter>", on: &state)
    guard case .handovers(let queue) = state.mode, queue.tab == .incoming else {
      Issue.record("the Meer-team starts in its incoming queue, not \(state.mode)")
      return
    }
    #expect(screen(state).contains("aangemeld"))
    F.drive("x", on: &state)
    #expect(screen(state).contains("Reden van afwijzing"))
    let file = try #require(
      F.saves(F.drive("eerst de sociale basis inzetten<Enter>", on: &state)).first)
    #expect(file.state.handovers.first?.state == .declined)
    #expect(file.events.last?.actor == "Anna de Vries (meerteam)")
    F.drive(":rol consulent<Enter>w", on: &state)
    let text = screen(state)
    #expect(text.contains("[Mijn overdrachten (1)]"), "\(text)")
    #expect(text.contains("afgewezen"), "\(text)")
    #expect(text.contains("Afgewezen, reden: eerst de sociale basis inzetten"), "\(text)")
    // r sends it again: the form opens with the reason above it and the old values.
    F.drive("r", on: &state)
    #expect(screen(state).contains("Afgewezen, reden: eerst de sociale basis inzetten"))
    let again = try #require(F.saves(F.drive("<C-s><Enter>", on: &state)).first)
    #expect(again.state.handovers.first?.state == .submitted)
    #expect(again.state.handovers.first?.declineReason == nil)
  }

  @Test("the procescoördinatie workspace: 12 professionals and €120.000 raise both warnings")
  func inventoryWarnings() throws {
    var state = registered(size: Size(width: 120, height: 40))
    F.drive(":rol pc<Enter>a<Enter>", on: &state)
    for n in 1...12 {
      F.drive("iProfessional \(n)<Tab>Organisatie<Tab>rol<Tab>10.000<C-s>", on: &state)
    }
    let file = try #require(state.caseFile(state.list.summaries.first?.id))
    #expect(file.state.activeInvolvements.count == 12 && file.state.yearlyCost == 120_000)
    #expect(file.state.handovers.first?.state == .inProgress, "the first work starts it")
    let text = screen(state)
    #expect(text.contains("! Let op: 12 professionals betrokken, meer dan 10."), "\(text)")
    #expect(text.contains("! Let op: jaarlijkse kosten € 120.000, boven € 100.000."), "\(text)")
  }

  @Test("basics, plan and hand-back: the evaluation carries the peak cost and the current one")
  func handBack() throws {
    var state = registered(size: Size(width: 120, height: 40))
    F.drive(":rol pc<Enter>a<Enter>", on: &state)
    F.drive("iWijkcoach Sanne<Tab>Wijkteam<Tab>coach<Tab>20.000<C-s>", on: &state)
    F.drive("iSchuldhulp<Tab>Gemeente<Tab><Tab>90.000<C-s>", on: &state)
    F.drive("jj<Space>j<Space>j<Space>", on: &state)
    F.drive("pHuur op tijd betalen<C-s>", on: &state)
    var file = try #require(state.caseFile(state.list.summaries.first?.id))
    #expect(file.state.basicsStable)
    #expect(file.state.plan.goals.map(\.text) == ["Huur op tijd betalen"])
    // Schuldhulp is no longer involved: the cost after is lower than before.
    F.drive("kkk<Space>", on: &state)
    file = try #require(state.caseFile(state.list.summaries.first?.id))
    #expect(file.state.yearlyCost == 20_000)
    F.drive("b", on: &state)
    guard case .workspace(let w) = state.mode, let form = w.form else {
      Issue.record("no hand-back form: \(state.mode)")
      return
    }
    #expect(form.text("costBefore") == "110.000" && form.text("costAfter") == "20.000")
    F.drive("<Tab><Space><Tab><Space><Tab><Tab><Space><Tab>8<C-s>", on: &state)
    file = try #require(state.caseFile(state.list.summaries.first?.id))
    let h = try #require(file.state.handovers.first)
    #expect(h.state == .returned && h.returnedTo == "Wijkcoach Sanne (Wijkteam)")
    let e = try #require(h.evaluation)
    #expect(e.movement && e.cooperation && !e.sharedPerspective && e.addedValue)
    #expect(e.rating == 8 && e.costBefore == 110_000 && e.costAfter == 20_000)
    #expect(file.state.plan.regisseur == "Wijkcoach Sanne (Wijkteam)")
    #expect(screen(state).contains("Teruggegeven aan Wijkcoach Sanne (Wijkteam)"))
  }

  @Test("the Meer-team records a doorbraak with the default mandate; its check is a deadline")
  func doorbraak() throws {
    var state = registered(profile: "haarlemmermeer")
    F.drive(":rol meerteam<Enter>a<Enter>o", on: &state)
    F.drive("tijdelijke woning<Tab>zonder dak lukt niets<Tab><Tab>9.000<C-s>", on: &state)
    let file = try #require(state.caseFile(state.list.summaries.first?.id))
    let d = try #require(file.state.handovers.first?.doorbraak)
    #expect(d.mandate == "alle vormen van zorg en ondersteuning")
    #expect(d.cost == 9_000 && d.relapseCheck == Fixtures.today.adding(months: 6))
    #expect(file.state.handovers.first?.state == .inProgress)
    let rows = state.deadlineRows.filter {
      if case .handover(_, let deadline) = $0 { return deadline.kind == .relapseCheck }
      return false
    }
    #expect(rows.count == 1)
    _ = reduce(&state, .event(.resize(Size(width: 120, height: 40))), Fixtures.context())
    F.drive("<Esc><Esc>t", on: &state)
    let text = screen(state)
    #expect(text.contains("Terugvalcontrole"), "\(text)")
    #expect(text.contains("nog 181 dagen (uiterlijk 25-05-2027)"), "\(text)")
  }

  @Test(
    "erbij halen: to a named colleague, in the consulents' incoming queue, closed with a reason")
  func consult() throws {
    var state = F.state()
    F.drive(F.melding + "o<Right><Tab>Jeroen Visser<Tab><Space>", on: &state)
    F.drive("<Tab><Tab><Tab><Tab>mondeling<C-s><Enter>", on: &state)
    let sent = try #require(state.caseFile(state.list.summaries.first?.id)?.state.handovers.first)
    #expect(sent.lane == .consult && sent.to == "Jeroen Visser" && sent.state == .submitted)
    F.drive("w<Tab>", on: &state)
    #expect(screen(state).contains("[Binnengekomen (1)]"), "\(screen(state))")
    F.drive("a<Enter>", on: &state)
    #expect(screen(state).contains("Erbij halen: de collega denkt mee"), "\(screen(state))")
    let closed = try #require(F.saves(F.drive("cadvies gegeven<Enter>", on: &state)).first)
    #expect(closed.state.handovers.first?.state == .closed)
    #expect(screen(state).contains("Afgesloten op 25-11-2026: advies gegeven"))
  }

  @Test("the triage puts three signals above one and explains the order with weights")
  func triageRanking() throws {
    var busy = Fixtures.caseFile(id: "C-BUSY0001", name: "Nguyễn Thị Lan", meldingDay: 20)
    for n in 1...11 {
      busy = try busy.applying(
        .involvement(
          .set(id: "P\(n)", Involvement(id: "P\(n)", name: "P\(n)", yearlyCost: 10_000))),
        at: Fixtures.now, today: Fixtures.today, actor: "x")
    }
    var calm = Fixtures.caseFile(id: "C-CALM0001", name: "de Jong", meldingDay: 24)
    calm = try calm.applying(
      .plan(.agreement(id: "F1", HouseholdPlan.Agreement(id: "F1", text: "bellen"))),
      at: Fixtures.now, today: Fixtures.today, actor: "x")
    let lone = Fixtures.caseFile(id: "C-LONE0001", name: "Öztürk", meldingDay: 22)
    var state = F.state(
      size: Size(width: 120, height: 40), cases: [calm, lone, busy], user: F.coordinator)
    let entries = state.triageEntries(TriageScreen())
    #expect(entries.map(\.caseID.rawValue) == ["C-BUSY0001", "C-LONE0001", "C-CALM0001"])
    #expect(entries.map(\.signals.count) == [3, 1, 0])
    let text = screen(state)
    #expect(text.contains("3 · 11 professionals betrokken (meer dan 10)"), "\(text)")
    #expect(text.contains("3 · Jaarlijkse kosten € 110.000 (boven € 100.000)"), "\(text)")
    #expect(text.contains("1 · Geen gezamenlijk plan (één huishouden, één plan)"), "\(text)")
    // Only cases with the signal "more than 10 professionals": f twice.
    F.drive("ff", on: &state)
    guard case .triage(let screenState) = state.mode else { return }
    #expect(screenState.signal == .manyProfessionals)
    #expect(state.triageEntries(screenState).map(\.caseID.rawValue) == ["C-BUSY0001"])
    F.drive("ffffff/jong<Enter>", on: &state)
    guard case .triage(let filtered) = state.mode else { return }
    #expect(filtered.signal == nil)
    #expect(state.triageEntries(filtered).map(\.caseID.rawValue) == ["C-CALM0001"])
  }

  @Test("the triage keeps its ranking while moving, and works it out again when a case changes")
  func triageCache() throws {
    let cases = [
      Fixtures.caseFile(id: "C-AAAA0001", name: "Ahmed", meldingDay: 24),
      Fixtures.caseFile(id: "C-BBBB0001", name: "Bakker", meldingDay: 23),
    ]
    var state = F.state(cases: cases, user: F.coordinator)
    F.drive("j", on: &state)
    guard case .triage(let moved) = state.mode else { return }
    #expect(moved.cache?.key == state.triageKey(moved))
    #expect(moved.cache?.entries.map(\.caseID.rawValue) == ["C-AAAA0001", "C-BBBB0001"])
    // Bakker gets eleven professionals elsewhere: the saved case changes the order.
    let id = try #require(CaseID("C-BBBB0001"))
    var bakker = try #require(state.file(id))
    for n in 1...11 {
      bakker = try bakker.applying(
        .involvement(.set(id: "P\(n)", Involvement(id: "P\(n)", name: "P\(n)"))),
        at: Fixtures.now, today: Fixtures.today, actor: "x")
    }
    bakker.revision += 1
    _ = reduce(&state, .saved(bakker), Fixtures.context())
    guard case .triage(let after) = state.mode else { return }
    #expect(after.cache?.entries.map(\.caseID.rawValue) == ["C-BBBB0001", "C-AAAA0001"])
    #expect(screen(state).contains("    4  Bakker"), "\(screen(state))")
  }

  @Test("opening a case's detail records one view per session, never when read-only")
  func views() throws {
    var state = F.state(cases: [Fixtures.caseFile()])
    let first = F.drive("<Enter>", on: &state)
    #expect(first.count == 1)
    #expect(
      state.caseFile(state.list.summaries.first?.id)?.events.last?.type == CaseEventType.viewed)
    let again = F.drive("<Esc><Enter><Esc>h", on: &state)
    #expect(again.isEmpty, "one view per case per session: \(again)")
    var readOnly = F.state(cases: [Fixtures.caseFile()])
    readOnly.readOnly = true
    #expect(F.drive("<Enter><Esc>h", on: &readOnly).isEmpty)
  }

  @Test("the history shows who did what, old → new, and filters with /")
  func history() throws {
    var state = registered(size: Size(width: 120, height: 40))
    F.drive(":rol pc<Enter>a:rol consulent<Enter>h", on: &state)
    var text = screen(state)
    #expect(text.contains("Anna de Vries (consulent)  melding geregistreerd"), "\(text)")
    #expect(
      text.contains(
        "Anna de Vries (procescoordinator)  overdracht H1 geaccepteerd: aangemeld → geaccepteerd"),
      "\(text)")
    F.drive("/aangemeld →<Enter>", on: &state)
    text = screen(state)
    #expect(text.contains("overdracht H1 geaccepteerd"), "\(text)")
    #expect(!text.contains("melding geregistreerd"), "\(text)")
  }

  @Test("read-only: every change is refused with the same clear message and no save")
  func readOnlyRefuses() {
    var state = registered()
    state.readOnly = true
    let message = "Alleen lezen: er wordt niets opgeslagen."
    let attempts = [
      "o", "wc", ":rol pc<Enter>a", "wx", "r<Enter>i", "r<Enter>p", "r<Enter> ", "r<Enter>b",
    ]
    for keys in attempts {
      let effects = F.drive(keys, on: &state)
      #expect(F.saves(effects).isEmpty, "\(keys) saved")
      #expect(!effects.contains { if case .saveQuietly = $0 { return true } else { return false } })
      #expect(state.message?.text == message, "\(keys): \(String(describing: state.message))")
      F.drive("<Esc><Esc>", on: &state)
    }
    #expect(state.user?.role == .procescoordinator, "a role switch holds for the session")
  }

  @Test("the first-start form: a name is needed; Esc stops; the role decides the start view")
  func firstStart() {
    var state = F.state(user: nil)
    state.mode = .user(
      UserSetup(
        form: FieldForm(
          title: "t",
          fields: [
            .init("name", "Naam", .text(TextInput())),
            .init("role", "Rol", .choice(["c", "p", "m", "t"], 0)),
          ]), first: true))
    F.drive("<Tab><Enter>", on: &state)
    #expect(state.message?.text == "Vul uw naam in.")
    let effects = F.drive("Samira<Tab><Right><Right><Enter>", on: &state)
    #expect(effects == [.saveUser(LocalUser(name: "Samira", role: .meerteam))])
    #expect(state.user == LocalUser(name: "Samira", role: .meerteam))
    guard case .handovers = state.mode else {
      Issue.record("the Meer-team starts in its queue, not \(state.mode)")
      return
    }
    var first = F.state(user: nil)
    first.mode = .user(UserSetup(form: FieldForm(title: "t", fields: []), first: true))
    #expect(F.drive("<Esc>", on: &first) == [.quit])
  }
}
