import CasusCore

extension DutchStrings: RapportStrings {
  public var rapportTitle: String { "Rapportage sociaal domein" }
  public func rapportPeriod(_ from: String?, _ to: String?) -> String {
    switch (from, to) {
    case (nil, nil): return "Alle meldingen in deze opslag"
    case (let f?, nil): return "Meldingen vanaf \(f)"
    case (nil, let t?): return "Meldingen tot en met \(t)"
    case (let f?, let t?): return "Meldingen van \(f) tot en met \(t)"
    }
  }
  public func rapportFigure(_ id: String) -> String {
    switch id {
    case "meldingen": return "Meldingen"
    case "onderzoeken": return "Onderzoeken (Wmo, binnen zes weken)"
    case "doorlooptijden": return "Doorlooptijden (mediaan)"
    case "rungs": return "Dossiers per trede van de ladder"
    case "arrangements": return "Arrangementen (combinaties van treden)"
    case "skippedRungs": return "Overgeslagen of onvoldoende treden, naar reden"
    case "safetyLane": return "Veiligheidsspoor"
    case "handovers": return "Overdrachten per route"
    case "handoverMoments": return "Overdrachtsmomenten per dossier"
    case "matrixProgress": return "Zelfredzaamheid: verandering eerste → laatste meetmoment"
    case "procescoordinatie": return "Procescoördinatie: uitkomsten bij teruggave"
    case "lifecycle": return "Dossiers open, gesloten, heropend"
    case "meldingenPerMonth": return "Meldingen per maand"
    case "closedPerMonth": return "Afgesloten dossiers per maand"
    case "meldingenPerQuarter": return "Meldingen per kwartaal"
    case "closedPerQuarter": return "Afgesloten dossiers per kwartaal"
    default: return id
    }
  }
  public func rapportRow(figure: String, key: String) -> String {
    let parts = key.split(separator: ":").map(String.init)
    switch (figure, parts.first ?? "") {
    case ("meldingen", "total"): return "totaal"
    case ("meldingen", "source"):
      return "bron: " + (Melding.Source(rawValue: parts.last ?? "").map(source) ?? key)
    case ("meldingen", "law"): return "wet: " + (Law(rawValue: parts.last ?? "").map(law) ?? key)
    case ("onderzoeken", "withinTerm"): return "afgerond binnen de termijn"
    case ("onderzoeken", "finishedLate"): return "te laat afgerond"
    case ("onderzoeken", "openOverdue"): return "nog open, termijn verstreken"
    case ("onderzoeken", "openRunning"): return "nog open, termijn loopt"
    case ("doorlooptijden", "meldingToVerslag"): return "melding → verslag verstuurd"
    case ("doorlooptijden", "aanvraagToBeschikking"): return "aanvraag → beschikking"
    case ("rungs", "rung"): return parts.last ?? key
    case ("skippedRungs", _): return "\(parts.first ?? ""): " + reasonTheme(parts.last ?? "")
    case ("safetyLane", "opened"): return "geopend"
    case ("safetyLane", "open"): return "nu open"
    case ("safetyLane", "source"):
      let source = [
        "conversation": "keukentafelgesprek", "matrix": "zelfredzaamheid niveau 1",
        "professional": "professional",
      ]
      return "aanleiding: " + (source[parts.last ?? ""] ?? key)
    case ("handovers", _):
      let lane = MunicipalityProfile.Lane.Kind(rawValue: parts.first ?? "").map(self.lane) ?? key
      switch parts.last {
      case "registered": return "\(lane): aangemeld"
      case "accepted": return "\(lane): geaccepteerd van besloten"
      default: return "\(lane): mediane duur tot teruggave"
      }
    case ("handoverMoments", let n): return n == "1" ? "1 overdracht" : "\(n) overdrachten"
    case ("matrixProgress", _):
      let what = [
        "medianChange": "mediane verandering", "improved": "verbeterd", "same": "gelijk",
        "worse": "achteruit",
      ]
      return "\(parts.dropFirst().first ?? ""): " + (what[parts.last ?? ""] ?? "")
    case ("procescoordinatie", let k):
      let labels = [
        "evaluated": "geëvalueerd", "movement": "beweging in de vastgelopen zaak",
        "cooperation": "betere samenwerking", "sharedPerspective": "gezamenlijk perspectief",
        "addedValue": "meerwaarde", "meanRating": "gemiddeld cijfer",
        "costBefore": "kosten per jaar vooraf", "costAfter": "kosten per jaar na afloop",
      ]
      return labels[k] ?? k
    case ("lifecycle", let k):
      return ["open": "open", "closed": "gesloten", "reopened": "heropend"][k] ?? k
    default: return key
    }
  }
  private func reasonTheme(_ theme: String) -> String {
    [
      "network-unavailable": "netwerk niet beschikbaar", "waiting-list": "wachtlijst",
      "not-suitable": "past niet", "safety": "veiligheid", "refused": "inwoner wil niet",
      "not-enough": "niet voldoende", "cost": "kosten", "other": "andere reden",
    ][theme] ?? theme
  }
  public var rapportSuppressed: String { "<5" }
  public var rapportSuppressedNote: String {
    "Aantallen onder de 5 worden niet getoond (<5); er staan geen namen in deze rapportage."
  }
  public func rapportDays(_ days: Double) -> String {
    days == days.rounded()
      ? "\(Int(days)) dagen"
      : String(format: "%.1f dagen", days).replacingOccurrences(of: ".", with: ",")
  }
  public var rapportKeyGrouping: String { "per maand of kwartaal" }
  public var rapportComputing: String { "Alle dossiers worden geteld…" }
  public func rapportCounted(_ cases: Int, unreadable: Int) -> String {
    let counted =
      cases == 1 ? "1 dossier geteld" : "\(RapportOutput.grouped(cases)) dossiers geteld"
    return unreadable == 0 ? counted : "\(counted); \(unreadable) onleesbaar, niet meegeteld"
  }
  public func rapportGrouping(_ grouping: RapportScreen.Grouping) -> String {
    grouping == .month ? "per maand" : "per kwartaal"
  }
  public func rapportQuarter(year: Int, quarter: Int) -> String { "\(year) K\(quarter)" }
  public func rapportBadDate(_ text: String) -> String {
    "Geen datum: \(text). Schrijf :rapport [VAN [TOT]] met datums als 1-1-2026 of 2026-01-01."
  }
  public var rapportNoTrend: String { "nog geen gegevens" }
  public var commandRapport: String { "rapport" }
  public var keyRapport: String { "rapportage: cijfers en trends over alle dossiers" }
}
