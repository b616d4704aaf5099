import CasusCore

extension DutchStrings: MatrixStrings {
  public var keyScore: String { "scoor niveau" }
  public var keyNotDiscussed: String { "niet besproken" }
  public var keyNote: String { "notitie" }
  public var keyTarget: String { "doel" }
  public var keyClearTarget: String { "doel wissen" }
  public var keyLevelDown: String { "niveau lager (richtlijn)" }
  public var keyLevelUp: String { "niveau hoger (richtlijn)" }
  public var keyScoreFocused: String { "scoor het getoonde niveau" }
  public var keyMeasurementDate: String { "datum van het meetmoment" }
  public var keyUndo: String { "laatste wijziging ongedaan maken" }
  public var keyOtherMeasurement: String { "ander meetmoment" }
  public var keyOtherSeries: String { "andere matrix" }
  public var keyMeasure: String { "meten" }
  public var keyCompare: String { "voortgang matrix" }
  public var keyScoreFromConversation: String { "matrix scoren bij dit domein" }
  public var commandMeasure: String { "matrix" }
  public var commandCompare: String { "voortgang" }

  public var scoringTitle: String { "Meetmoment" }
  public var measurementDateLabel: String { "Datum" }
  public func scoredCount(_ n: Int, of total: Int) -> String { "\(n) van \(total) gescoord" }
  public func previousMeasurement(_ date: String) -> String { "vorige \(date)" }
  public var domainColumn: String { "Domein" }
  public var targetColumn: String { "doel" }
  public var previousColumn: String { "vorige" }
  public var noteColumn: String { "notitie" }
  public var descriptorLabel: String { "Beschrijving" }
  public var noNote: String { "(nog geen notitie)" }
  public func targetPrompt(_ domain: String) -> String {
    "Doel voor \(domain): typ 1–5, of 0 om het doel te wissen."
  }
  public var nothingToUndo: String { "Er is niets om ongedaan te maken." }
  public var discardScores: String {
    "De scores zijn nog niet vastgelegd. Esc nogmaals gooit ze weg; Ctrl-S legt ze vast."
  }
  public func scoringIncomplete(_ domains: [String]) -> String {
    let list = domains.count > 3 ? "\(domains.count) domeinen" : domains.joined(separator: ", ")
    return "Nog niet gescoord: \(list). Ctrl-S nogmaals legt die vast als niet besproken."
  }
  public var measurementSaved: String { "Meetmoment vastgelegd." }
  public var noMatrix: String { "Er is geen matrixdefinitie geladen." }

  public var comparisonTitle: String { "Voortgang" }
  public func measurementOf(_ n: Int, _ total: Int) -> String { "Meetmoment \(n) van \(total)" }
  public func otherSeries(_ n: Int) -> String {
    n == 1 ? "Tab: ook een andere matrix" : "Tab: nog \(n) andere matrices"
  }
  public var currentColumn: String { "nu" }
  public var differenceColumn: String { "verschil" }
  public var historyColumn: String { "verloop" }
  public func declinedLine(_ domains: [String]) -> String {
    "▼ Gedaald sinds het vorige meetmoment: \(domains.joined(separator: ", "))."
  }
  public func scoredByLine(_ who: String, _ date: String) -> String {
    "Gescoord door \(who) op \(date)."
  }
  public var noMeasurements: String {
    "Dit dossier heeft nog geen meetmoment. Druk m om de matrix te scoren."
  }

  public var measurementsHeading: String { "Meetmomenten" }

  public func acutePrompt(_ domains: [String]) -> String {
    "ACUUT (niveau 1): \(domains.joined(separator: ", ")). Handel nu: veiligheid gaat voor; "
      + "overleg zo nodig met de aandachtsfunctionaris of Veilig Thuis."
  }
  public func acuteBadge(_ domains: [String]) -> String {
    domains.count == 1 ? "ACUUT: \(domains[0])" : "ACUUT: \(domains.count) domeinen"
  }
  public var acuteMarker: String { "acuut" }
  public func matrixSummary(_ title: String, count: Int, last: String) -> String {
    "\(title): \(count == 1 ? "1 meetmoment" : "\(count) meetmomenten"), laatste \(last)"
  }
  public func declinedSummary(_ domains: [String]) -> String {
    "▼ gedaald: \(domains.joined(separator: ", "))"
  }

  public func matrixMeasuredSummary(_ event: CaseEvent) -> String {
    guard let m = try? event.payload.decode(MatrixMeasurement.self) else {
      return "matrix gescoord"
    }
    return "matrix gescoord (\(m.definitionID), \(m.date.dutch))"
  }
  public func matrixError(_ error: MatrixError) -> String {
    switch error {
    case .definitionMismatch(let r): return "Dit meetmoment hoort niet bij matrix \(r)."
    case .domainsDoNotMatch: return "De scores passen niet bij de domeinen van de matrix."
    case .scoreOutOfRange(let d, let v): return "\(d): \(v) is geen niveau van 1 tot 5."
    case .nothingScored: return "Scoor minstens één domein voordat u het meetmoment vastlegt."
    case .dateInFuture(let d): return "De datum \(d.dutch) ligt in de toekomst."
    case .dateBeforeMelding(let d): return "De datum \(d.dutch) ligt vóór de meldingsdatum."
    }
  }
  public func matrixChoiceFailure(_ failure: MatrixChoice.Failure) -> String {
    switch failure {
    case .unknownID(let id, let known):
      return "Onbekende matrix \(id); bekend: \(known.joined(separator: ", "))."
    case .unreadable(let path, let reason): return "Matrixbestand \(path) onleesbaar: \(reason)."
    case .invalid(let error): return "Matrixbestand geweigerd: \(error)."
    }
  }
}
