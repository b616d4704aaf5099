import CasusCore
import Foundation
import Testing

extension Samples {
  /// `file` with every event of the ladder, the safety lane and the plan: needs (a domain and
  /// a free question), rungs with network, offers in every status, an aanvraag with its
  /// beschikking, comply-or-explain reasons, op- en afschalen, a closed need, the safety lane
  /// with a chain step, a new reason and its closing, and a whole plan with monitoring.
  static func laddered(_ file: CaseFile) throws -> CaseFile {
    let today = try today()
    var next = file
    var minute = 0.0
    func apply(_ command: CaseCommand) throws {
      minute += 1
      next = try next.applying(
        command, at: now.addingTimeInterval(9000 + minute * 60), today: today, actor: actor)
    }
    let ladder = ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"]
    try apply(
      .ladder(
        .openNeed(
          SupportNeed(id: "sociaal-netwerk", domain: "sociaal-netwerk", title: "Eenzaamheid"),
          profile: "generiek")))
    try apply(.ladder(.openNeed(SupportNeed(id: "vraag-1", title: "Bridgen"), profile: "generiek")))
    try apply(
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "eigen-kracht",
          decision: RungDecision(
            considered: true, note: "zoon woont in het buitenland", network: ["Yusuf"],
            suffices: .no, reason: "niet bereikbaar"), ladder: ladder)))
    try apply(
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "basisinfrastructuur",
          decision: RungDecision(
            considered: true,
            offers: [
              ArrangedOffer(
                id: "ouderenbond-bezoek", offerID: "ouderenbond-bezoek", name: "Ouderenbond",
                status: .active, requested: today, started: today),
              ArrangedOffer(id: "buuv-vraag", name: "BUUV „bridge”", requested: today),
              ArrangedOffer(
                id: "eigen-1", name: "Buurtbus", status: .ended, started: today, ended: today),
            ], suffices: .partly, reason: ""), ladder: ladder)))
    try apply(
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "sociaal-wijkteam",
          decision: RungDecision(reason: "geen coördinatie nodig"), ladder: ladder)))
    try apply(
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "specialistisch",
          decision: RungDecision(
            considered: true,
            offers: [
              ArrangedOffer(
                id: "persoonlijke-verzorging", offerID: "persoonlijke-verzorging",
                name: "Persoonlijke verzorging", status: .active, requested: today,
                started: today,
                voorziening: Voorziening(
                  aanvraag: today, decision: .granted, decided: today,
                  motivation: "zelfzorg lukt niet meer", start: today,
                  end: LocalDate(year: 2027, month: 11, day: 24), form: .zin))
            ], suffices: .yes), ladder: ladder)))
    try apply(
      .ladder(
        .change(
          need: "sociaal-netwerk",
          LadderChange(date: today, direction: .up, reason: "kan zich niet meer wassen"))))
    try apply(.ladder(.close(need: "vraag-1", reason: "bridgeclub gevonden")))
    try apply(
      .safety(.open(SafetyLane(opened: today, source: .matrix, reason: "niveau 1: Financiën"))))
    try apply(
      .safety(
        .recordStep(
          step: "veilig-thuis-advies", ChainRecord(date: today, outcome: "advies: melding doen"))))
    try apply(.safety(.reason("niveau 1 bij Financiën; afsluiting dreigt")))
    try apply(.safety(.close(date: today, reason: "betalingsregeling getroffen")))
    try apply(.plan(.regisseur("Cliënt Brouwer-Öztürk")))
    try apply(
      .plan(
        .goal(
          id: "doel-1",
          HouseholdPlan.Goal(
            id: "doel-1", domain: "sociaal-netwerk", text: "minder alleen", targetLevel: 4,
            targetDate: LocalDate(year: 2027, month: 5, day: 25)))))
    try apply(
      .plan(
        .action(
          id: "actie-1",
          HouseholdPlan.Action(
            id: "actie-1", owner: .provider, ownerName: "Ouderenbond", what: "koffie drinken",
            due: today, status: .done))))
    try apply(
      .plan(.agreement(id: "afspraak-1", HouseholdPlan.Agreement(id: "afspraak-1", text: "bellen")))
    )
    try apply(
      .plan(
        .monitored(
          HouseholdPlan.Monitoring(
            reminder: "request:sociaal-netwerk/buuv-vraag", date: today, note: "nog open"))))
    try apply(.recordExport(CaseExported(document: "plan", format: "txt", destination: "stdout")))
    #expect(next.problems().filter { !$0.contains("revision") }.isEmpty, "\(next.problems())")
    return next
  }
}
