import CasusCore
import Foundation

extension Samples {
  /// The ladder order of the generic profile, as the samples record their rungs.
  static let genericLadder = [
    "eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch",
  ]

  /// A case built on the receiving side from the handover package of `file` (every section).
  static func imported(from file: CaseFile, id: String) throws -> CaseFile {
    var sent = file
    sent.state.handovers[0].sections = HandoverPackage.Section.allCases
    let package = try HandoverPackage.document(
      of: sent, handover: "H1", exportedAt: now, exportedBy: actor, rungs: genericLadder)
    let decoded = try HandoverPackage.decode(HandoverPackage.encode(package))
    return try HandoverPackage.importedCase(
      decoded, id: Samples.id(id), file: "C-ARRANGED-overdracht-H1.json",
      placeholders: .init(household: "Niet meegestuurd", question: "(niet meegestuurd)"),
      at: now.addingTimeInterval(10_000), today: try today(),
      actor: "Bo Kramer (procescoordinator)", definition: { _ in nil })
  }

  /// `file` after a Meer-team registration that was declined, sent again, accepted, given a
  /// doorbraak whose relapse check was done.
  static func meerTeam(_ file: CaseFile) throws -> CaseFile {
    let at = now.addingTimeInterval(11_000)
    let today = try today()
    var h = Handover(
      id: "H1", lane: .meerTeam, laneName: "Meer-team", from: actor, to: "Meer-team",
      reasons: ["De hulp stagneert"], whyStuck: "alles is geprobeerd", question: "een doorbraak")
    h.consent = HandoverConsent(kind: .override, detail: "acuut gevaar", date: today)
    let commands: [CaseCommand] = [
      .handover(.create(h)), .handover(.submit(id: "H1", date: today)),
      .handover(.decline(id: "H1", reason: "eerst de sociale basis", date: today)),
      .handover(.submit(id: "H1", date: today)), .handover(.accept(id: "H1", date: today)),
      .handover(
        .recordDoorbraak(
          id: "H1",
          Doorbraak(
            solution: "tijdelijke woning", reason: "zonder dak lukt niets", cost: 9_000,
            decided: today, relapseCheck: today, aftercare: "maandelijks langs"))),
      .plan(.monitored(HouseholdPlan.Monitoring(reminder: "relapse:H1", date: today, note: "ok"))),
      .handover(.close(id: "H1", reason: "doorbraak bereikt", date: today)),
    ]
    var next = file
    for command in commands {
      next = try next.applying(command, at: at, today: today, actor: actor)
    }
    return next
  }
}
