import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

/// The safety lane, the plan and the agenda through the keys.
@Suite("The safety lane, the plan and the agenda through the keys")
struct SafetyPlanReducerTests {
  func file(_ state: AppState, _ id: String = "C-DEJONG01") -> CaseFile? {
    state.cases.first { $0.id.rawValue == id }
  }

  @Test("a meetmoment with a domain at level 1 opens the safety lane; the case is urgent")
  func acuteOpensLane() throws {
    var state = Fixtures.state(cases: [Fixtures.deJong(), Fixtures.caseFile(meldingDay: 22)])
    state.selection = CaseID("C-DEJONG01")
    Fixtures.playSaving("m4444444444<C-s><C-s>", on: &state)
    #expect(file(state)?.state.safetyLane == nil, "no level 1, no lane")
    Fixtures.playSaving("<Esc>m44444444441<C-s><C-s>", on: &state)
    let lane = try #require(file(state)?.state.safetyLane)
    #expect(lane.isOpen)
    #expect(lane.source == .matrix)
    #expect(lane.opened == Fixtures.today)
    #expect(lane.reason.contains("Sociaal netwerk"), "\(lane.reason)")
    #expect(state.message?.text.contains("eiligheidsspoor geopend") == true)
    Fixtures.play("<Esc>", on: &state)
    let screen = render(state).plainText()
    let row = screen.split(separator: "\n").first { $0.contains("de Jong") } ?? ""
    #expect(row.contains("! urgent"), "\(screen)")
    let other = screen.split(separator: "\n").first { $0.contains("Brouwer") } ?? ""
    #expect(!other.contains("urgent"))
    #expect(screen.contains("! URGENT: veiligheidsspoor open."), "\(screen)")
    // The status line says so first, in words.
    #expect(screen.split(separator: "\n")[22].contains("! URGENT"))
  }

  @Test("a safety concern raised in the conversation opens the lane when it is saved")
  func conversationOpensLane() throws {
    var state = Fixtures.state(cases: [Fixtures.deJong()])
    Fixtures.playSaving("g<C-t><C-s>", on: &state)
    let lane = try #require(file(state)?.state.safetyLane)
    #expect(lane.source == .conversation)
    #expect(lane.reason == "Zorg over veiligheid genoemd in het keukentafelgesprek.")
    #expect(state.message?.text.contains("eiligheidsspoor geopend") == true)
    // A second save of the same concern does not open another one.
    let events = file(state)?.events.count ?? 0
    Fixtures.playSaving("iets<C-s>", on: &state)
    #expect(file(state)?.events.filter { $0.type == "safety.laneOpened" }.count == 1)
    #expect((file(state)?.events.count ?? 0) > events)
  }

  @Test("the safety screen: the chain with date and outcome, the reason reworded, then closed")
  func safetyScreen() throws {
    var state = Fixtures.state(cases: [Fixtures.deJong()])
    Fixtures.playSaving("s", on: &state)
    #expect(render(state).plainText().contains("Er is geen veiligheidsspoor open"))
    Fixtures.playSaving("overmoeden van financieel misbruik door een kennis<C-s>", on: &state)
    #expect(file(state)?.state.safetyLane?.source == .professional)
    #expect(file(state)?.state.isUrgent == true)
    // Rows: aandachtsfunctionaris, Veilig Thuis advies, …
    Fixtures.playSaving("j<Enter>advies: melding doen<C-s>", on: &state)
    let record = try #require(file(state)?.state.safetyLane?.steps["veilig-thuis-advies"])
    #expect(record.outcome == "advies: melding doen")
    #expect(record.date == Fixtures.today)
    let text = render(state).plainText()
    #expect(text.contains("[x] Veilig Thuis: advies"), "\(text)")
    #expect(text.contains("[ ] Beschermingstafel"))
    Fixtures.playSaving("r<C-u>kennis neemt geld op van zijn rekening<C-s>", on: &state)
    #expect(file(state)?.state.safetyLane?.reason == "kennis neemt geld op van zijn rekening")
    Fixtures.playSaving("c<C-s>", on: &state)
    #expect(file(state)?.state.safetyLane?.isOpen == true, "closing needs a reason")
    #expect(state.message?.text == "Geef een reden.")
    Fixtures.playSaving("bewindvoering geregeld<C-s>", on: &state)
    #expect(file(state)?.state.safetyLane?.isOpen == false)
    #expect(file(state)?.state.isUrgent == false)
  }

  @Test("the plan: regisseur, a goal per domain, an action owned by a provider, an agreement")
  func plan() throws {
    var state = Fixtures.state(cases: [Fixtures.deJongArranged()])
    Fixtures.playSaving("p<Enter><C-s>", on: &state)
    #expect(file(state)?.state.plan.regisseur == "meneer de Jong")
    // Goal: Sociaal netwerk is the 11th domain of zrm-2017 (index 11 with "geen" first).
    let domains = String(repeating: "<Space>", count: 11)
    Fixtures.playSaving(
      "j<Enter>\(domains)<Tab>niet verder vereenzamen<Tab><Space><Space><Space><Space><Tab>"
        + "25-05-2027<C-s>", on: &state)
    let goal = try #require(file(state)?.state.plan.goals.first)
    #expect(goal.domain == "sociaal-netwerk")
    #expect(goal.targetLevel == 4)
    #expect(goal.targetDate == LocalDate(year: 2027, month: 5, day: 25))
    // The action's owners: the client, the network, the arrangement's providers, the actor.
    Fixtures.playSaving("jj<Enter>koffie drinken en een uitstapje<Tab><Space><Space>", on: &state)
    guard case .plan(let screen) = state.mode, let open = screen.form else {
      Issue.record("the action form did not open")
      return
    }
    #expect(
      open.owners.map(\.kind) == [
        .client, .network, .provider, .provider, .provider, .provider,
        .professional,
      ])
    #expect(open.owners.last?.name == "consulent")
    Fixtures.playSaving("<Tab>02-12-2026<C-s>", on: &state)
    let action = try #require(file(state)?.state.plan.actions.first)
    #expect(action.owner == .provider)
    #expect(action.ownerName == "Ouderenbond: koffie en uitstapjes")
    #expect(action.due == LocalDate(year: 2026, month: 12, day: 2))
    Fixtures.playSaving("s", on: &state)
    #expect(file(state)?.state.plan.actions.first?.status == .done)
    Fixtures.playSaving("jj<Enter>over zes weken kijken we samen hoe het gaat<C-s>", on: &state)
    #expect(
      file(state)?.state.plan.agreements.map(\.text) == [
        "over zes weken kijken we samen hoe het gaat"
      ])
    state.size = Size(width: 120, height: 40)
    let text = render(state).plainText()
    state.size = Size(width: 80, height: 24)
    #expect(text.contains("Regisseur: meneer de Jong"))
    #expect(text.contains("Sociaal netwerk: niet verder vereenzamen (doelniveau 4)"))
    // x twice removes.
    Fixtures.playSaving("xx", on: &state)
    #expect(file(state)?.state.plan.agreements.isEmpty == true)
  }

  @Test("the agenda lists every reminder overdue first; x records what was done; Enter opens")
  func agenda() throws {
    let later = ReduceContext(
      now: Fixtures.now.addingTimeInterval(42 * 86_400),
      today: Fixtures.today.adding(days: 42),
      newCaseID: CaseID("C-NEW00001") ?? CaseID.make(random: 9),
      actor: "Peter Langenberg", clockTime: "10:00")
    var state = Fixtures.state(cases: [Fixtures.deJongArranged(), Fixtures.caseFile()])
    _ = reduce(&state, .tick, later)
    let rows = state.agenda
    #expect(rows.first?.reminder.id == "request:sociaal-netwerk/buuv-vraag")
    #expect(rows.count == 4)
    Fixtures.playSaving("a", on: &state, context: later)
    var text = render(state).plainText()
    #expect(text.contains("! 09-12-2026, 28 dagen te laat"), "\(text)")
    #expect(text.contains("nog geen antwoord: BUUV: medespelers voor bridge"))
    Fixtures.playSaving(
      "xBUUV-vraag staat nog open; ouderenbond gebeld<C-s>", on: &state, context: later)
    let monitoring = try #require(file(state)?.state.plan.monitoring.first)
    #expect(monitoring.reminder == "request:sociaal-netwerk/buuv-vraag")
    #expect(monitoring.note == "BUUV-vraag staat nog open; ouderenbond gebeld")
    #expect(monitoring.date == Fixtures.today.adding(days: 42))
    #expect(state.agenda.count == 3)
    text = render(state).plainText()
    #expect(!text.contains("nog geen antwoord"))
    Fixtures.playSaving("<Enter>", on: &state, context: later)
    #expect(state.mode == .browse)
    #expect(state.selection == CaseID("C-DEJONG01"))
    #expect(state.focus == .detail)
  }

  @Test("the plan as a document: d shows it, w writes md and txt, recorded as case.exported")
  func planDocument() throws {
    var state = Fixtures.state(cases: [Fixtures.deJongArranged()])
    Fixtures.play("pd", on: &state)
    guard case .document(let viewer) = state.mode else {
      Issue.record("d did not open the document")
      return
    }
    #expect(viewer.kind == .plan)
    #expect(render(state).plainText().contains("Plan: de Jong"))
    let effects = Fixtures.play("w", on: &state)
    guard case .writeExport(_, "plan", let files) = effects.first else {
      Issue.record("w did not write the plan: \(effects)")
      return
    }
    #expect(
      files.map(\.name) == ["C-DEJONG01-plan-2026-11-25.md", "C-DEJONG01-plan-2026-11-25.txt"])
    #expect(files[0].content.contains("## Wat we hebben bekeken, van licht naar zwaar"))
    let saves = reduce(
      &state,
      .exportWritten(
        caseID: viewer.caseID, kind: "plan", formats: ["md", "txt"],
        paths: ["exports/a.md", "exports/a.txt"]), Fixtures.context())
    guard case .save(let saved) = saves.first else {
      Issue.record("the export was not recorded")
      return
    }
    let record = try #require(try saved.events.last?.payload.decode(CaseExported.self))
    #expect(record.document == "plan")
    #expect(Fixtures.play("r", on: &state).isEmpty, "no response form on the plan")
    Fixtures.play("<Esc>", on: &state)
    guard case .plan = state.mode else {
      Issue.record("Esc from the plan document goes back to the plan")
      return
    }
  }

  @Test("the status line shows the nearest reminder; : commands open every screen")
  func statusAndCommands() throws {
    var state = Fixtures.state(
      size: Size(width: 140, height: 30), cases: [Fixtures.deJongArranged()])
    let status = render(state).plainText().split(separator: "\n")[28]
    #expect(status.contains("herinnering 09-12-2026: nog geen antwoord"), "\(status)")
    for (command, check) in [
      ("ladder", { (m: Mode) in if case .ladder = m { return true } else { return false } }),
      ("plan", { (m: Mode) in if case .plan = m { return true } else { return false } }),
      ("agenda", { (m: Mode) in if case .agenda = m { return true } else { return false } }),
      ("veiligheid", { (m: Mode) in if case .safety = m { return true } else { return false } }),
    ] {
      state.mode = .browse
      Fixtures.play(":\(command)<Enter>", on: &state)
      #expect(check(state.mode), ":\(command) opened \(state.mode)")
    }
  }
}
