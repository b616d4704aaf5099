import CasusCore

extension DutchStrings: VerslagStrings {
  public var verslagTitle: String { "Verslag van het gesprek" }
  public func verslagIntro(_ household: String) -> String {
    "Dit is het verslag van ons gesprek met \(household) over de ondersteuning die nodig is. "
      + "Wat u zelf zei, staat er in uw eigen woorden in. Klopt er iets niet, of mist er iets? "
      + "Laat het ons weten: uw reactie bewaren wij bij het dossier."
  }
  public var verslagCaseLabel: String { "Dossier" }
  public var verslagConversationDate: String { "Gesprek begonnen" }
  public var verslagWrittenBy: String { "Gesprek gevoerd door" }
  public var verslagConsentHeading: String { "Toestemming" }
  public func verslagConsent(record: Bool?, involve: Bool?) -> [String] {
    func answer(_ value: Bool?) -> String {
      value.map { $0 ? "ja" : "nee" } ?? "niet gevraagd"
    }
    return [
      "Toestemming om het gesprek vast te leggen: \(answer(record))",
      "Toestemming om anderen te betrekken: \(answer(involve))",
    ]
  }
  public var verslagConversationHeading: String { "Het gesprek" }
  public var verslagNotRecorded: String { "Hierover is niets vastgelegd." }
  public var verslagSkipped: String { "Dit onderdeel is in dit gesprek overgeslagen." }
  public var verslagNoConversation: String {
    "Het keukentafelgesprek is nog niet gevoerd of nog niet vastgelegd."
  }
  public func verslagNetworkLine(_ m: NetworkMember) -> String {
    var parts = [m.relation.isEmpty ? m.name : "\(m.name) (\(m.relation))"]
    if !m.canDo.isEmpty { parts.append("kan: \(m.canDo)") }
    if !m.cannotDo.isEmpty { parts.append("kan niet: \(m.cannotDo)") }
    parts.append(m.reachable ? "bereikbaar" : "niet bereikbaar hiervoor")
    return parts.joined(separator: "; ")
  }
  public var verslagSafetyAttention: String {
    "Let op: in dit gesprek is een zorg over de veiligheid gemeld."
  }
  public var verslagDatesHeading: String { "Data en termijnen" }
  public var verslagNextStepHeading: String { "Vervolg" }
  public var verslagNoNextStep: String { "Er loopt nu geen wettelijke termijn." }
  public var verslagResponseHeading: String { "Uw reactie" }
  public func verslagResponseFrom(_ date: String) -> String { "Reactie van \(date):" }
  public var verslagNoResponse: String { "Er is nog geen reactie op dit verslag vastgelegd." }
  public var verslagRespondHint: String {
    "U mag op dit verslag reageren. Uw reactie wordt letterlijk bij het dossier bewaard."
  }
  public func verslagMadeOn(_ date: String) -> String { "Gemaakt met Casus op \(date)." }
  public var keyVerslag: String { "verslag" }
  public var commandVerslag: String { "verslag" }
  public var commandResponse: String { "reactie" }
  public var keyResponse: String { "reactie" }
  public var keyExportFile: String { "als bestand" }
  public var keyVerslagSent: String { "verstuurd" }
  public func verslagWritten(_ paths: String) -> String { "Verslag opgeslagen: \(paths)" }
  public var verslagSentRecorded: String { "Vastgelegd: verslag vandaag verstuurd." }
  public var responseTitle: String { "Reactie op het verslag" }
  public var responseDateLabel: String { "Datum" }
  public var responseTextLabel: String { "Reactie in eigen woorden" }
  public var responseSaved: String { "Reactie vastgelegd." }
  public var noCaseSelected: String { "Kies eerst een dossier in de lijst." }
  public var verslagNoNetwork: String { "Er is niemand uit het netwerk genoteerd." }
  public func verslagDomainsNotDiscussed(_ names: [String]) -> String {
    "Niet besproken: " + names.joined(separator: ", ") + "."
  }
  public func verslagDomainsSkipped(_ names: [String]) -> String {
    "Overgeslagen: " + names.joined(separator: ", ") + "."
  }
  public var discardResponse: String {
    "De reactie is nog niet vastgelegd. Nogmaals Esc gooit hem weg; een andere toets gaat door."
  }
  public func conversationProgress(done: Int, total: Int, time: String) -> String {
    "\(done) van \(total) onderdelen afgerond · \(time) gesprekstijd"
  }
  public func milestoneLabel(_ field: CaseField) -> String {
    switch field {
    case .persoonlijkPlan: return "Persoonlijk plan"
    default:
      let text = self.field(field)
      return text.prefix(1).uppercased() + text.dropFirst()
    }
  }
}
