import CasusCore
import Foundation
import Testing

/// Cases to store, made through the engine with a fixed clock.
enum Samples {
  static let now = Date(timeIntervalSince1970: 1_795_000_000)
  static let actor = "Consulent Jansen"

  static func today() throws -> LocalDate {
    try #require(LocalDate(year: 2026, month: 11, day: 25))
  }

  static func id(_ text: String) throws -> CaseID { try #require(CaseID(text)) }

  /// A new case (revision 0) for the Brouwer-Öztürk household, with text in several scripts.
  static func newCase(_ id: String = "C-BROUWER1", meldingDay: Int = 18) throws -> CaseFile {
    let melding = NewMelding(
      householdName: "Brouwer-Öztürk",
      members: [
        Member(name: "Cliënt Brouwer-Öztürk", born: LocalDate(year: 1984, month: 3, day: 9)),
        Member(name: "Nguyễn Văn An", role: .partner),
        Member(name: "محمد", born: LocalDate(year: 2015, month: 6, day: 1), role: .child),
        Member(name: "ትግርኛ ተናጋሪ", role: .other),
      ],
      question: "ik wil graag hulp bij één ding",
      meldingDate: try #require(LocalDate(year: 2026, month: 11, day: meldingDay)),
      source: .professional,
      regie: Regie(holder: .professional, name: "Zoë de Vries"))
    return try CaseFile.open(melding, id: Samples.id(id), at: now, today: today(), actor: actor)
  }

  /// `file` after one edit of the question, the phase and the regie.
  static func edited(_ file: CaseFile) throws -> CaseFile {
    let edit = CaseEdit(
      question: "hulp bij schulden én huisvesting", regie: Regie(holder: .resident),
      phase: .gesprek)
    return try file.applying(
      .edit(edit), at: now.addingTimeInterval(3600), today: today(),
      actor: actor)
  }

  /// `file` after a whole keukentafelgesprek: every conversation event type, a response to the
  /// verslag, an export, and an edit of the law, the cliëntondersteuning and a milestone date.
  static func talkedThrough(_ file: CaseFile) throws -> CaseFile {
    let at = now.addingTimeInterval(7200)
    let today = try today()
    var next = try file.applying(
      .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"),
      at: at, today: today, actor: actor)
    next = try next.applying(
      .updateConversation(
        ConversationUpdate(
          notes: ["hulpvraag": "„Ik wil zelf blijven koken.”", "brede-uitvraag/financien": "huur"],
          status: ["hulpvraag": .done, "brede-uitvraag/werk-opleiding": .skipped],
          position: Conversation.Position(item: "veiligheid", cursor: 3), elapsedSeconds: 1800,
          network: [NetworkMember(name: "Yusuf", relation: "zoon", reachable: false)],
          safety: SafetyConcern(raised: true, note: "zorg"),
          consent: Consent(toRecord: true, toInvolveOthers: false))),
      at: at, today: today, actor: actor)
    next = try next.applying(
      .recordResponse(VerslagResponse(date: today, text: "Mijn zoon belt één keer per week.")),
      at: at, today: today, actor: actor)
    next = try next.applying(
      .recordExport(CaseExported(document: "verslag", format: "md", destination: "stdout")),
      at: at, today: today, actor: actor)
    return try next.applying(
      .edit(
        CaseEdit(
          law: .jeugdwet, clientSupportOffered: true,
          milestones: Milestones(onderzoekFinished: today, aanvraag: today))),
      at: at, today: today, actor: actor)
  }

  /// `file` after a ladder with an aanvraag, a safety lane, a plan, a procescoördinatie
  /// handover handed back with an evaluation, involved professionals, the basics and a view.
  static func arrangedAndHandedOver(_ file: CaseFile) throws -> CaseFile {
    let at = now.addingTimeInterval(9000)
    let today = try today()
    let ladder = ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"]
    let commands: [CaseCommand] = [
      .ladder(
        .openNeed(
          SupportNeed(id: "sociaal-netwerk", domain: "sociaal-netwerk", title: "Eenzaamheid"),
          profile: "generiek")),
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "eigen-kracht",
          decision: RungDecision(
            considered: true, note: "zoon in Dubai", network: ["Yusuf"], suffices: .no,
            reason: "niet bereikbaar"), ladder: ladder)),
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "basisinfrastructuur",
          decision: RungDecision(reason: "wachtlijst"), ladder: ladder)),
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "sociaal-wijkteam",
          decision: RungDecision(considered: true, suffices: .partly, reason: "wel coördinatie"),
          ladder: ladder)),
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "specialistisch",
          decision: RungDecision(
            considered: true,
            offers: [
              ArrangedOffer(
                id: "dagbesteding", offerID: "dagbesteding", name: "Dagbesteding", status: .active,
                requested: today, started: today,
                voorziening: Voorziening(
                  aanvraag: today, decision: .partly, decided: today, motivation: "drie dagdelen",
                  start: today, form: .zin))
            ], suffices: .yes), ladder: ladder)),
      .ladder(
        .change(
          need: "sociaal-netwerk",
          LadderChange(date: today, direction: .down, reason: "het gaat beter"))),
      .ladder(.close(need: "sociaal-netwerk", reason: "opgelost")),
      .safety(.open(SafetyLane(opened: today, source: .conversation, reason: "zorg"))),
      .safety(
        .recordStep(step: "veilig-thuis-advies", ChainRecord(date: today, outcome: "advies"))),
      .safety(.close(date: today, reason: "veilig")),
      .plan(.regisseur("Samira")),
      .plan(
        .goal(
          id: "g1",
          HouseholdPlan.Goal(
            id: "g1", domain: "financien", text: "rust in de financiën", targetLevel: 4,
            targetDate: today))),
      .plan(
        .action(
          id: "a1",
          HouseholdPlan.Action(
            id: "a1", owner: .network, ownerName: "zus", what: "post openen", due: today))),
      .plan(.agreement(id: "af1", HouseholdPlan.Agreement(id: "af1", text: "elke week bellen"))),
      .plan(
        .monitored(HouseholdPlan.Monitoring(reminder: "action:a1", date: today, note: "gedaan"))),
      .involvement(
        .set(
          id: "p1",
          Involvement(
            id: "p1", name: "Wijkagent", organisation: "Politie", role: "veiligheid", yearlyCost: 0)
        )),
      .involvement(.basic(.finances, BasicStatus(stable: true, note: "budgetbeheer", date: today))),
      .handover(
        .create(
          Handover(
            id: "H1", lane: .procescoordinatie, laneName: "Procescoördinatie", from: actor,
            to: "Procescoördinatie", reasons: ["Onvrede over de voortgang"]))),
    ]
    var next = file
    for command in commands {
      next = try next.applying(command, at: at, today: today, actor: actor)
    }
    var h = next.state.handovers[0]
    h.consent = HandoverConsent(kind: .consent, detail: "mondeling", date: today)
    for command: CaseCommand in [
      .handover(.revise(h)), .handover(.submit(id: "H1", date: today)),
      .handover(.accept(id: "H1", date: today)), .handover(.start(id: "H1", date: today)),
      .handover(
        .handBack(
          id: "H1", to: "wijkcoach",
          evaluation: HandoverEvaluation(
            movement: true, cooperation: false, sharedPerspective: true, addedValue: true,
            rating: 7, costBefore: 100, costAfter: 50), date: today)),
      .recordView(CaseViewed(what: "detail")),
      .close(date: today, reason: "doel bereikt", retentionYears: 15),
      .reopen(date: today, reason: "nieuwe vraag"),
      .close(date: today, reason: "opnieuw afgerond", retentionYears: 15),
    ] {
      next = try next.applying(command, at: at, today: today, actor: actor)
    }
    return next
  }
}
