import CasusApp
import CasusCore
import Foundation
import TestSupport
import Testing

@Suite("The plan for the household, as the client reads it")
struct PlanDocumentTests {
  func text(_ file: CaseFile, today: LocalDate = Fixtures.today, language: Language = .nl)
    -> String
  {
    let profile = Fixtures.process.profiles["generiek"]?.profile
    return PlanDocument.document(
      .init(
        file: file, profile: profile, matrices: Fixtures.matrices, clocks: Fixtures.clocks,
        today: today, language: language)
    ).plainText(width: 80)
  }

  /// The text with every run of spaces and line breaks as one space, so a phrase can be found
  /// wherever the 80-column text wrapped it.
  func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  func apply(_ file: CaseFile, _ command: CaseCommand, on day: LocalDate = Fixtures.today) throws
    -> CaseFile
  {
    try file.applying(command, at: Fixtures.now, today: day, actor: "Peter Langenberg")
  }

  @Test("it tells the story rung by rung: the son abroad, the basis offers, nothing heavier")
  func firstArrangement() throws {
    let plan = flat(text(Fixtures.deJongArranged()))
    #expect(plan.hasPrefix("Plan: de Jong ==="))
    #expect(plan.contains("Jan de Jong (zoon); kan: belt soms; kan niet: woont in het"))
    #expect(plan.contains("niet bereikbaar hiervoor"))
    #expect(plan.contains("1. Eigen kracht en eigen netwerk: bekeken, volstaat niet."))
    #expect(plan.contains("Netwerk: Jan de Jong (niet bereikbaar)."))
    #expect(plan.contains("Ouderenbond: koffie en uitstapjes (gevraagd op 25-11-2026, loopt"))
    #expect(plan.contains("BUUV: medespelers voor bridge (gevraagd op 25-11-2026, nog niet"))
    #expect(plan.contains("Milly van Steeg: bed en was"))
    #expect(plan.contains("Buurtbedrijf: boodschappen"))
    #expect(plan.contains("3. Sociaal wijkteam: niet nodig."))
    #expect(plan.contains("4. Specialistische zorg (maatwerk): niet nodig."))
    #expect(plan.contains("Er is geen maatwerkvoorziening aangevraagd"))
    #expect(plan.contains("09-12-2026: nog geen antwoord: BUUV: medespelers voor bridge"))
    // Markdown says the same.
    let markdown = PlanDocument.document(
      .init(
        file: Fixtures.deJongArranged(), profile: Fixtures.process.current?.profile,
        matrices: Fixtures.matrices, clocks: Fixtures.clocks, today: Fixtures.today,
        language: .nl)
    ).markdown
    #expect(markdown.contains("### Sociaal netwerk"))
    #expect(markdown.contains("## Wat we hebben bekeken, van licht naar zwaar"))
  }

  @Test("skipped rungs show their reasons; an aanvraag its clock and its beschikking")
  func reasonsAndBeschikking() throws {
    var file = try apply(
      Fixtures.deJong(),
      .ladder(
        .openNeed(
          SupportNeed(id: "basale-adl", domain: "basale-adl", title: "Zichzelf wassen"),
          profile: "generiek")))
    for (rung, reason) in zip(
      Fixtures.genericLadder.prefix(3),
      ["zoon woont in het buitenland", "vrijwilligers wassen niet", "geen coördinatie nodig"])
    {
      file = try apply(
        file,
        .ladder(
          .recordRung(
            need: "basale-adl", rung: rung, decision: RungDecision(reason: reason),
            ladder: Fixtures.genericLadder)))
    }
    let aanvraag = Voorziening(aanvraag: Fixtures.today)
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "basale-adl", rung: "specialistisch",
          decision: RungDecision(
            considered: true,
            offers: [
              ArrangedOffer(
                id: "persoonlijke-verzorging", name: "Persoonlijke verzorging",
                requested: Fixtures.today, voorziening: aanvraag)
            ]), ladder: Fixtures.genericLadder)))
    var plan = flat(text(file))
    #expect(plan.contains("Waarom dit niet volstaat: zoon woont in het buitenland."))
    #expect(plan.contains("Waarom dit niet volstaat: vrijwilligers wassen niet."))
    #expect(plan.contains("Waarom dit niet volstaat: geen coördinatie nodig."))
    #expect(plan.contains("Persoonlijke verzorging: aanvraag ontvangen op 25-11-2026."))
    #expect(plan.contains("Nog 14 dagen (uiterlijk 09-12-2026) · Wmo 2015 art. 2.3.5 lid 1."))
    #expect(plan.contains("Er is nog geen besluit."))
    var decided = file.state.needs[0].decision(on: "specialistisch")
    decided.offers[0].status = .active
    decided.offers[0].started = Fixtures.today.adding(days: 7)
    decided.offers[0].voorziening = Voorziening(
      aanvraag: Fixtures.today, decision: .granted, decided: Fixtures.today.adding(days: 6),
      motivation: "Wassen en aankleden lukt niet meer zelfstandig.",
      start: Fixtures.today.adding(days: 7), end: Fixtures.today.adding(days: 372), form: .zin)
    file = try apply(
      file,
      .ladder(
        .recordRung(
          need: "basale-adl", rung: "specialistisch", decision: decided,
          ladder: Fixtures.genericLadder)))
    plan = flat(text(file, today: Fixtures.today.adding(days: 8)))
    #expect(
      plan.contains(
        "Toegekend op 01-12-2026, als zorg in natura, vanaf 02-12-2026 tot en met 02-12-2027."),
      "\(plan)")
    #expect(text(file).contains("    Wassen en aankleden lukt niet meer zelfstandig."))
    #expect(plan.contains("Op tijd (01-12-2026)"))
  }

  @Test("steps up and down, the regisseur, goals, actions, agreements and what was monitored")
  func planAndMonitoring() throws {
    var file = Fixtures.deJongArranged()
    let later = Fixtures.today.adding(days: 42)
    file = try apply(
      file,
      .plan(
        .monitored(
          HouseholdPlan.Monitoring(
            reminder: "request:sociaal-netwerk/buuv-vraag", date: later,
            note: "BUUV-vraag staat nog open; ouderenbond gebeld"))), on: later)
    file = try apply(file, .plan(.regisseur("meneer de Jong")))
    file = try apply(
      file,
      .plan(
        .goal(
          id: "doel-1",
          HouseholdPlan.Goal(
            id: "doel-1", domain: "sociaal-netwerk", text: "niet verder vereenzamen",
            targetLevel: 4))))
    file = try apply(
      file,
      .plan(
        .action(
          id: "actie-1",
          HouseholdPlan.Action(
            id: "actie-1", owner: .professional, ownerName: "Peter Langenberg",
            what: "over zes weken bellen", due: later))))
    file = try apply(
      file,
      .plan(.agreement(id: "a", HouseholdPlan.Agreement(id: "a", text: "Milly belt bij ziekte"))))
    file = try apply(
      file,
      .ladder(
        .change(
          need: "instrumentele-adl",
          LadderChange(
            date: later, direction: .up, reason: "kan niet meer zelf voor zijn eten zorgen"))),
      on: later)
    let plan = flat(text(file, today: later))
    #expect(plan.contains("Regisseur meneer de Jong"))
    #expect(plan.contains("Sociaal netwerk: niet verder vereenzamen (doelniveau 4)"))
    #expect(plan.contains("[open] Peter Langenberg (professional): over zes weken bellen"))
    #expect(plan.contains("Milly belt bij ziekte"))
    #expect(plan.contains("06-01-2027: BUUV-vraag staat nog open; ouderenbond gebeld"))
    #expect(plan.contains("↑ Opgeschaald op 06-01-2027: kan niet meer zelf voor zijn eten zorgen"))
    // In English too, with the client's words as they are.
    let english = flat(text(file, today: later, language: .en))
    #expect(english.contains("What we looked at, from light to heavy"))
    #expect(english.contains("BUUV-vraag staat nog open; ouderenbond gebeld"))
  }
}
