import CasusCore

extension EnglishStrings: MatrixStrings {
  public var keyScore: String { "score level" }
  public var keyNotDiscussed: String { "not discussed" }
  public var keyNote: String { "note" }
  public var keyTarget: String { "target" }
  public var keyClearTarget: String { "clear target" }
  public var keyLevelDown: String { "level down (guidance)" }
  public var keyLevelUp: String { "level up (guidance)" }
  public var keyScoreFocused: String { "score the level shown" }
  public var keyMeasurementDate: String { "date of the measurement" }
  public var keyUndo: String { "undo the last change" }
  public var keyOtherMeasurement: String { "other measurement" }
  public var keyOtherSeries: String { "other matrix" }
  public var keyMeasure: String { "measure" }
  public var keyCompare: String { "matrix progress" }
  public var keyScoreFromConversation: String { "score the matrix at this domain" }
  public var commandMeasure: String { "matrix" }
  public var commandCompare: String { "progress" }

  public var scoringTitle: String { "Measurement" }
  public var measurementDateLabel: String { "Date" }
  public func scoredCount(_ n: Int, of total: Int) -> String { "\(n) of \(total) scored" }
  public func previousMeasurement(_ date: String) -> String { "previous \(date)" }
  public var domainColumn: String { "Domain" }
  public var targetColumn: String { "goal" }
  public var previousColumn: String { "before" }
  public var noteColumn: String { "note" }
  public var descriptorLabel: String { "Description" }
  public var noNote: String { "(no note yet)" }
  public func targetPrompt(_ domain: String) -> String {
    "Target for \(domain): type 1–5, or 0 to clear it."
  }
  public var nothingToUndo: String { "There is nothing to undo." }
  public var discardScores: String {
    "The scores are not recorded yet. Esc again discards them; Ctrl-S records them."
  }
  public func scoringIncomplete(_ domains: [String]) -> String {
    let list = domains.count > 3 ? "\(domains.count) domains" : domains.joined(separator: ", ")
    return "Not scored yet: \(list). Ctrl-S again records them as not discussed."
  }
  public var measurementSaved: String { "Measurement recorded." }
  public var noMatrix: String { "No matrix definition is loaded." }

  public var comparisonTitle: String { "Progress" }
  public func measurementOf(_ n: Int, _ total: Int) -> String { "Measurement \(n) of \(total)" }
  public func otherSeries(_ n: Int) -> String {
    n == 1 ? "Tab: another matrix too" : "Tab: \(n) other matrices"
  }
  public var currentColumn: String { "now" }
  public var differenceColumn: String { "change" }
  public var historyColumn: String { "history" }
  public func declinedLine(_ domains: [String]) -> String {
    "▼ Down since the previous measurement: \(domains.joined(separator: ", "))."
  }
  public func scoredByLine(_ who: String, _ date: String) -> String {
    "Scored by \(who) on \(date)."
  }
  public var noMeasurements: String {
    "This case has no measurement yet. Press m to score the matrix."
  }

  public var measurementsHeading: String { "Measurements" }

  public func acutePrompt(_ domains: [String]) -> String {
    "ACUTE (level 1): \(domains.joined(separator: ", ")). Act now: safety comes first; "
      + "consult the domestic-violence officer or Veilig Thuis if needed."
  }
  public func acuteBadge(_ domains: [String]) -> String {
    domains.count == 1 ? "ACUTE: \(domains[0])" : "ACUTE: \(domains.count) domains"
  }
  public var acuteMarker: String { "acute" }
  public func matrixSummary(_ title: String, count: Int, last: String) -> String {
    "\(title): \(count == 1 ? "1 measurement" : "\(count) measurements"), last \(last)"
  }
  public func declinedSummary(_ domains: [String]) -> String {
    "▼ down: \(domains.joined(separator: ", "))"
  }

  public func matrixMeasuredSummary(_ event: CaseEvent) -> String {
    guard let m = try? event.payload.decode(MatrixMeasurement.self) else { return "matrix scored" }
    return "matrix scored (\(m.definitionID), \(m.date.dutch))"
  }
  public func matrixError(_ error: MatrixError) -> String {
    switch error {
    case .definitionMismatch(let r): return "This measurement does not belong to matrix \(r)."
    case .domainsDoNotMatch: return "The scores do not match the matrix's domains."
    case .scoreOutOfRange(let d, let v): return "\(d): \(v) is not a level from 1 to 5."
    case .nothingScored: return "Score at least one domain before recording the measurement."
    case .dateInFuture(let d): return "The date \(d.dutch) is in the future."
    case .dateBeforeMelding(let d): return "The date \(d.dutch) lies before the melding date."
    }
  }
  public func matrixChoiceFailure(_ failure: MatrixChoice.Failure) -> String {
    switch failure {
    case .unknownID(let id, let known):
      return "Unknown matrix \(id); known: \(known.joined(separator: ", "))."
    case .unreadable(let path, let reason): return "Cannot read matrix file \(path): \(reason)."
    case .invalid(let error): return "Matrix file refused: \(error)."
    }
  }
}
