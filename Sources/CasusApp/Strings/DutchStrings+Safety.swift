import CasusCore

/// The safety lane, urgency, the profile and the history lines of ``LadderStrings``.
extension DutchStrings {
  public var safetyTitle: String { "Veiligheidsspoor" }
  public func safetyOpenLine(_ opened: String, _ source: String) -> String {
    "! Veiligheidsspoor open sinds \(opened) (aanleiding: \(source))"
  }
  public func safetySource(_ source: SafetyLane.Source) -> String {
    switch source {
    case .conversation: return "keukentafelgesprek"
    case .matrix: return "matrix, niveau 1"
    case .professional: return "professional"
    }
  }
  public func safetyClosedLine(_ opened: String, _ closed: String) -> String {
    "Veiligheidsspoor was open van \(opened) tot \(closed)"
  }
  public func closeReasonLine(_ reason: String) -> String { "Gesloten omdat: \(reason)" }
  public var safetyNothingBlocked: String {
    "Er wordt niets tegengehouden: zet meteen de hulp in die nodig is (l: ladder)."
  }
  public var safetyNoLane: String {
    "Er is geen veiligheidsspoor open. o opent het bij een zorg over veiligheid."
  }
  public var safetyUrgentWithoutLane: String {
    "! Er is een zorg over veiligheid of een acuut levensgebied zonder open spoor."
  }
  public var chainHeading: String { "Keten: datum en uitkomst per stap" }
  public var outcomeLabel: String { "Uitkomst" }
  public var openSafetyTitle: String { "Veiligheidsspoor openen" }
  public var openSafetyIntro: String {
    "Een zorg over veiligheid: het dossier wordt urgent en de ketenstappen staan klaar. "
      + "Noteer de reden."
  }
  public var safetyReasonTitle: String { "Reden van het veiligheidsspoor" }
  public var closeSafetyTitle: String { "Veiligheidsspoor sluiten" }
  public var closeSafetyIntro: String {
    "Is de veiligheid voldoende geborgd? Noteer waarom het spoor dicht kan; het dossier is "
      + "daarna niet meer urgent."
  }
  public var safetyLaneOpened: String { "Veiligheidsspoor geopend; het dossier is urgent." }
  public var chainStepSaved: String { "Ketenstap vastgelegd." }
  public var safetyLaneClosed: String { "Veiligheidsspoor gesloten." }
  public var safetyLaneOpenedNotice: String {
    "! Zorg over veiligheid: veiligheidsspoor geopend (s)."
  }
  public func safetyLaneOpenedAcute(_ domains: [String]) -> String {
    "ACUUT (niveau 1): \(domains.joined(separator: ", ")). Veiligheidsspoor geopend (s)."
  }
  public var safetyReasonFromConversation: String {
    "Zorg over veiligheid genoemd in het keukentafelgesprek."
  }
  public func safetyReasonFromMatrix(_ domains: [String], date: String) -> String {
    "Niveau 1 (acute problematiek) bij \(domains.joined(separator: ", ")) in het meetmoment van \(date)."
  }

  public var urgentMarker: String { "! urgent" }
  public func urgencyLine(_ reason: UrgencyReason, domains: ([String]) -> [String]) -> String {
    switch reason {
    case .safetyLane(let why): return "! URGENT: veiligheidsspoor open. \(why)"
    case .conversation: return "! URGENT: zorg over veiligheid uit het gesprek."
    case .acute(let ids):
      return "! URGENT: acuut (niveau 1) bij \(domains(ids).joined(separator: ", "))."
    }
  }
  public func profileBadge(_ name: String) -> String { "profiel \(name)" }
  public func ladderHeading(_ profile: String?) -> String {
    "Ladder en plan" + (profile.map { " (\($0))" } ?? "")
  }
  public func needSummary(_ need: String, offers: Int, closed: Bool, changes: Int) -> String {
    var text = "\(need): " + (offers == 1 ? "1 onderdeel" : "\(offers) onderdelen")
    if changes > 0 { text += " · \(changes)× op- of afgeschaald" }
    if closed { text += " · afgesloten" }
    return text
  }
  public func arrangementSummary(_ offers: [ArrangedOffer]) -> String {
    let requested = offers.filter { $0.status == .requested }.count
    return "Arrangement: " + (offers.count == 1 ? "1 onderdeel" : "\(offers.count) onderdelen")
      + (requested == 0 ? "" : ", waarvan \(requested) nog gevraagd")
  }
  public func processProblem(_ problem: ProcessLibrary.Problem) -> String {
    switch problem {
    case .unknownProfile(let id, let known):
      return "Onbekend profiel \(id); Casus werkt met generiek. Kies uit: "
        + known.joined(separator: ", ") + "."
    case .shipped(let detail): return "Een meegeleverd profielbestand is beschadigd: \(detail)"
    case .ownKaart(let detail):
      return "Eigen sociale kaart niet geladen (\(detail)); de meegeleverde kaart werkt wel."
    }
  }

  public func ladderEventSummary(_ event: CaseEvent) -> String? {
    let p = event.payload
    switch event.type {
    case CaseEventType.needOpened:
      return "hulpvraag toegevoegd: " + ((try? p.decode(NeedOpened.self))?.need.title ?? "")
    case CaseEventType.rungRecorded:
      let r = try? p.decode(RungRecorded.self)
      return "ladder: \(r?.need ?? ""), trede \(r?.rung ?? "") vastgelegd"
    case CaseEventType.needChanged:
      let c = try? p.decode(NeedChanged.self)
      return (c?.change.direction == .down ? "afgeschaald: " : "opgeschaald: ") + (c?.need ?? "")
    case CaseEventType.needClosed:
      return "hulpvraag afgesloten: " + ((try? p.decode(NeedClosed.self))?.need ?? "")
    case CaseEventType.safetyLaneOpened: return "veiligheidsspoor geopend"
    case CaseEventType.chainStepRecorded:
      return "ketenstap vastgelegd: " + ((try? p.decode(ChainStepRecorded.self))?.step ?? "")
    case CaseEventType.safetyLaneReasonChanged: return "reden veiligheidsspoor gewijzigd"
    case CaseEventType.safetyLaneClosed: return "veiligheidsspoor gesloten"
    case CaseEventType.regisseurChanged:
      return "regisseur: " + ((try? p.decode(RegisseurChanged.self))?.new ?? "geen")
    case CaseEventType.goalChanged: return "plan: doel bijgewerkt"
    case CaseEventType.actionChanged: return "plan: actie bijgewerkt"
    case CaseEventType.agreementChanged: return "plan: afspraak bijgewerkt"
    case CaseEventType.monitored: return "herinnering afgehandeld"
    default: return nil
    }
  }
}
