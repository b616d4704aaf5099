import CasusCore
import CasusResources
import Foundation
import Testing

@Suite("The ladder, the arrangement, the safety lane and the plan")
struct LadderTests {
  let now = Date(timeIntervalSince1970: 1_795_599_000)
  let today = LocalDate(year: 2026, month: 11, day: 25)!
  let ladder = ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"]

  func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }

  func deJong() throws -> CaseFile {
    var file = try CaseFile.open(
      NewMelding(
        householdName: "de Jong", members: [Member(name: "meneer de Jong", role: .client)],
        question: "huishoudelijke hulp en een scootmobiel", meldingDate: today),
      id: CaseID("C-DEJONG01")!, at: now, today: today, actor: "Peter Langenberg")
    file.revision = 1
    return file
  }

  func apply(_ file: CaseFile, _ command: CaseCommand, on date: LocalDate? = nil) throws -> CaseFile
  {
    try file.applying(command, at: now, today: date ?? today, actor: "Peter Langenberg")
  }

  @Test("help on a heavier rung asks for the lighter rungs first; with reasons it proceeds")
  func complyOrExplain() throws {
    var file = try apply(
      try deJong(),
      .ladder(
        .openNeed(
          SupportNeed(id: "basale-adl", domain: "basale-adl", title: "Zelfzorg"),
          profile: "generiek")))
    let care = RungDecision(
      considered: true,
      offers: [
        ArrangedOffer(
          id: "persoonlijke-verzorging", offerID: "persoonlijke-verzorging",
          name: "Persoonlijke verzorging")
      ],
      suffices: .yes)
    let refused = #expect(throws: CaseError.self) {
      try apply(
        file,
        .ladder(
          .recordRung(need: "basale-adl", rung: "specialistisch", decision: care, ladder: ladder)))
    }
    #expect(
      refused
        == .lighterRungsNotAccountedFor(["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam"])
    )
    for (rung, reason) in [
      ("eigen-kracht", "zoon woont in het buitenland"),
      ("basisinfrastructuur", "vrijwilligers wassen niet"),
      ("sociaal-wijkteam", "geen coördinatie nodig"),
    ] {
      file = try apply(
        file,
        .ladder(
          .recordRung(
            need: "basale-adl", rung: rung, decision: RungDecision(suffices: .no, reason: reason),
            ladder: ladder)))
    }
    file = try apply(
      file,
      .ladder(
        .recordRung(need: "basale-adl", rung: "specialistisch", decision: care, ladder: ladder)))
    let need = try #require(file.state.needs.first)
    #expect(need.decision(on: "eigen-kracht").reason == "zoon woont in het buitenland")
    #expect(need.decision(on: "specialistisch").offers.map(\.name) == ["Persoonlijke verzorging"])
    #expect(file.problems().filter { !$0.contains("revision") }.isEmpty, "\(file.problems())")
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
  }

  @Test("an open safety lane lets the professional go straight to the help that is needed")
  func safetyLaneOverrides() throws {
    var file = try apply(
      try deJong(),
      .ladder(
        .openNeed(
          SupportNeed(id: "huiselijke-relaties", title: "Veiligheid thuis"), profile: "generiek")))
    file = try apply(
      file,
      .safety(
        .open(
          SafetyLane(
            opened: today, source: .professional, reason: "vermoeden van ouderenmishandeling"))))
    #expect(file.state.isUrgent)
    let help = RungDecision(
      considered: true, offers: [ArrangedOffer(id: "amw", name: "Maatschappelijk werk")])
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "huiselijke-relaties", rung: "specialistisch", decision: help, ladder: ladder)))
    file = try apply(
      file,
      .safety(
        .recordStep(
          step: "veilig-thuis-advies", ChainRecord(date: today, outcome: "advies: melding doen"))))
    #expect(file.state.safetyLane?.steps["veilig-thuis-advies"]?.outcome == "advies: melding doen")
    #expect(throws: CaseError.safetyLaneAlreadyOpen) {
      try apply(file, .safety(.open(SafetyLane(opened: today, source: .matrix, reason: "x"))))
    }
    file = try apply(file, .safety(.close(date: day(30), reason: "veiligheidsplan werkt")))
    #expect(!file.state.isUrgent)
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
  }

  @Test("meneer de Jong: the six-week reminder shows the BUUV request still open, then met")
  func deJongReminders() throws {
    let rules = MunicipalityProfile.ReminderRules(monitorAfterDays: 42, openRequestDays: 14)
    var file = try apply(
      try deJong(),
      .ladder(
        .openNeed(
          SupportNeed(id: "sociaal-netwerk", domain: "sociaal-netwerk", title: "Eenzaamheid"),
          profile: "generiek")))
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "eigen-kracht",
          decision: RungDecision(
            considered: true, note: "zoon woont in het buitenland", network: ["zoon"],
            suffices: .no, reason: "zoon komt bijna nooit"),
          ladder: ladder)))
    let basis = RungDecision(
      considered: true,
      offers: [
        ArrangedOffer(
          id: "ouderenbond-bezoek", name: "Ouderenbond: koffie en uitstapjes", status: .active,
          started: today),
        ArrangedOffer(
          id: "vrijwillige-thuishulp", name: "Milly: bed en was", status: .active, started: today),
        ArrangedOffer(
          id: "buurtbedrijf-boodschappen", name: "Buurtbedrijf: boodschappen", status: .active,
          started: today),
        ArrangedOffer(
          id: "buuv-vraag", name: "BUUV: medespelers bridge", status: .requested, requested: day(10)
        ),
      ],
      suffices: .yes)
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "basisinfrastructuur", decision: basis, ladder: ladder)))
    let reminders = file.state.reminders(rules: rules)
    #expect(reminders.first?.id == "request:sociaal-netwerk/buuv-vraag")
    #expect(reminders.first?.due == day(24))
    #expect(reminders.filter { $0.kind == .monitor }.map(\.due) == [day(42), day(42), day(42)])
    #expect(file.state.arrangement.count == 4)
    // At six weeks Peter monitors; the BUUV request is then met by a volunteer.
    var met = basis
    met.offers[3].status = .active
    met.offers[3].started = day(43)
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "basisinfrastructuur", decision: met, ladder: ladder)),
      on: day(43))
    for r in reminders where r.kind == .monitor {
      file = try apply(
        file,
        .plan(
          .monitored(HouseholdPlan.Monitoring(reminder: r.id, date: day(43), note: "gaat goed"))),
        on: day(43))
    }
    let after = file.state.reminders(rules: rules)
    #expect(after.map(\.id) == ["monitor:sociaal-netwerk/buuv-vraag"])
    // Four years later: re-escalation, the ladder opens again and specialist care is added.
    file = try apply(
      file,
      .ladder(
        .change(
          need: "sociaal-netwerk",
          LadderChange(date: day(1460), direction: .up, reason: "kan zich niet meer zelf wassen"))),
      on: day(1460))
    #expect(file.state.needs.first?.changes.map(\.direction) == [.up])
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
  }

  @Test("the plan: goals with a target level, actions with an owner, agreements, a regisseur")
  func plan() throws {
    var file = try apply(try deJong(), .plan(.regisseur("meneer de Jong")))
    file = try apply(
      file,
      .plan(
        .goal(
          id: "g1",
          HouseholdPlan.Goal(
            id: "g1", domain: "sociaal-netwerk", text: "niet verder vereenzamen", targetLevel: 4,
            targetDate: day(180)))))
    file = try apply(
      file,
      .plan(
        .action(
          id: "a1",
          HouseholdPlan.Action(
            id: "a1", owner: .professional, ownerName: "Peter", what: "ouderenbond bellen",
            due: day(7)))))
    file = try apply(
      file,
      .plan(
        .agreement(
          id: "af1",
          HouseholdPlan.Agreement(id: "af1", text: "over zes weken kijken we samen hoe het gaat"))))
    #expect(throws: CaseError.badTargetLevel(6)) {
      try apply(
        file, .plan(.goal(id: "g2", HouseholdPlan.Goal(id: "g2", text: "x", targetLevel: 6))))
    }
    #expect(throws: CaseError.nothingChanged) {
      try apply(file, .plan(.regisseur("meneer de Jong")))
    }
    let rules = MunicipalityProfile.ReminderRules(monitorAfterDays: 42, openRequestDays: 14)
    #expect(file.state.reminders(rules: rules).map(\.id) == ["action:a1"])
    var done = file.state.plan.actions[0]
    done.status = .done
    file = try apply(file, .plan(.action(id: "a1", done)))
    #expect(file.state.reminders(rules: rules).isEmpty)
    file = try apply(file, .plan(.agreement(id: "af1", nil)))
    #expect(file.state.plan.agreements.isEmpty)
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
  }

  @Test("each aanvraag has its own beschikking clock")
  func aanvraagClocks() throws {
    var file = try apply(
      try deJong(),
      .ladder(.openNeed(SupportNeed(id: "basale-adl", title: "Zelfzorg"), profile: "generiek")))
    for rung in ladder.dropLast() {
      file = try apply(
        file,
        .ladder(
          .recordRung(
            need: "basale-adl", rung: rung,
            decision: RungDecision(considered: true, suffices: .no, reason: "niet genoeg"),
            ladder: ladder)))
    }
    let offer = ArrangedOffer(
      id: "persoonlijke-verzorging", name: "Persoonlijke verzorging", status: .requested,
      requested: today,
      voorziening: Voorziening(aanvraag: today))
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "basale-adl", rung: "specialistisch",
          decision: RungDecision(considered: true, offers: [offer]), ladder: ladder)))
    let set = try LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json"))
    let aanvraag = try #require(file.state.aanvragen.first)
    let clock = try #require(
      LegalClocks.evaluate(set, law: .wmo, dates: aanvraag.dates, today: today).first {
        $0.definition.id == "wmo-beschikking"
      })
    #expect(clock.dueDate == day(14))
    #expect(clock.state == .running)
  }
}
