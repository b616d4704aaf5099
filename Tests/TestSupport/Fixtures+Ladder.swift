import CasusApp
import CasusCore
import Foundation
import TerminalUI

extension Fixtures {
  /// The generic ladder's rung ids, lightest first.
  public static let genericLadder = [
    "eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch",
  ]

  /// Plays keys through the reducer and answers every save as the store would (revision + 1),
  /// so a sequence of keys can build up a case; returns every effect.
  @discardableResult
  public static func playSaving(
    _ keys: String, on state: inout AppState, context: ReduceContext = Fixtures.context()
  ) -> [Effect] {
    var all: [Effect] = []
    for event in (try? KeyNotation.parse(keys)) ?? [] {
      var pending = reduce(&state, .event(event), context)
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        all.append(effect)
        if case .save(var file) = effect {
          file.revision += 1
          pending += reduce(&state, .saved(file), context)
        }
      }
    }
    return all
  }

  /// Meneer de Jong (Haarlem 2013 S1:520-530) at the start: 81, a question about household
  /// help and a scootmobiel, a son abroad in the network, loneliness discussed.
  public static func deJong(id: String = "C-DEJONG01", meldingDay: Int = 20) -> CaseFile {
    var file = caseFile(
      id: id, name: "de Jong",
      question: "Ik wil graag huishoudelijke hulp en een scootmobiel voor de boodschappen.",
      meldingDay: meldingDay,
      members: [Member(name: "meneer de Jong", born: LocalDate(year: 1945, month: 4, day: 2))])
    func apply(_ command: CaseCommand) {
      if let next = try? file.applying(command, at: now, today: today, actor: "Peter Langenberg") {
        file = next
      }
    }
    apply(.startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"))
    if let conversation = file.state.conversation {
      var update = ConversationUpdate(conversation)
      update.notes = ["brede-uitvraag/sociaal-netwerk": "voelt zich erg alleen"]
      update.network = [
        NetworkMember(
          name: "Jan de Jong", relation: "zoon", canDo: "belt soms",
          cannotDo: "woont in het buitenland", reachable: false)
      ]
      apply(.updateConversation(update))
    }
    file.revision = 1
    return file
  }

  /// De Jong with his first arrangement: the son not available, ouderenbond visits, Milly for
  /// the bed and the laundry, buurtbedrijf groceries and a BUUV request that is still open.
  public static func deJongArranged(id: String = "C-DEJONG01") -> CaseFile {
    var file = deJong(id: id)
    func apply(_ command: CaseCommand) {
      if let next = try? file.applying(command, at: now, today: today, actor: "Peter Langenberg") {
        file = next
      }
    }
    apply(
      .ladder(
        .openNeed(
          SupportNeed(id: "sociaal-netwerk", domain: "sociaal-netwerk", title: "Sociaal netwerk"),
          profile: "generiek")))
    apply(
      .ladder(
        .openNeed(
          SupportNeed(
            id: "instrumentele-adl", domain: "instrumentele-adl", title: "Instrumentele ADL"),
          profile: "generiek")))
    apply(
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "eigen-kracht",
          decision: RungDecision(
            considered: true, note: "zoon woont in het buitenland en komt bijna nooit",
            network: ["Jan de Jong"], suffices: .no, reason: "niemand kan nu helpen"),
          ladder: genericLadder)))
    apply(
      .ladder(
        .recordRung(
          need: "sociaal-netwerk", rung: "basisinfrastructuur",
          decision: RungDecision(
            considered: true,
            offers: [
              ArrangedOffer(
                id: "ouderenbond-bezoek", offerID: "ouderenbond-bezoek",
                name: "Ouderenbond: koffie en uitstapjes", status: .active, requested: today,
                started: today),
              ArrangedOffer(
                id: "buuv-vraag", offerID: "buuv-vraag", name: "BUUV: medespelers voor bridge",
                requested: today),
            ], suffices: .yes), ladder: genericLadder)))
    apply(
      .ladder(
        .recordRung(
          need: "instrumentele-adl", rung: "eigen-kracht",
          decision: RungDecision(
            considered: true, note: "bed verschonen en de was ophangen lukt niet",
            suffices: .no, reason: "durft het niet te vragen"), ladder: genericLadder)))
    apply(
      .ladder(
        .recordRung(
          need: "instrumentele-adl", rung: "basisinfrastructuur",
          decision: RungDecision(
            considered: true,
            offers: [
              ArrangedOffer(
                id: "vrijwillige-thuishulp", offerID: "vrijwillige-thuishulp",
                name: "Milly van Steeg: bed en was", status: .active, requested: today,
                started: today),
              ArrangedOffer(
                id: "buurtbedrijf-boodschappen", offerID: "buurtbedrijf-boodschappen",
                name: "Buurtbedrijf: boodschappen", status: .active, requested: today,
                started: today),
            ], suffices: .yes), ladder: genericLadder)))
    file.revision = 1
    return file
  }
}
