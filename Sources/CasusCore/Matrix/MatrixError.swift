/// Why the engine refused a meetmoment.
///
/// The user's wording lives in the app's strings table; `description` is English for logs.
public enum MatrixError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The measurement names another definition than the one given to check it.
  case definitionMismatch(MatrixReference)
  /// A domain of the definition is missing, repeated, or not in the definition.
  case domainsDoNotMatch
  /// A score or target outside 1–5.
  case scoreOutOfRange(domain: String, value: Int)
  /// Every domain is "not discussed": there is nothing to record.
  case nothingScored
  case dateInFuture(LocalDate)
  case dateBeforeMelding(LocalDate)

  public var description: String {
    switch self {
    case .definitionMismatch(let r): return "the measurement does not belong to \(r)"
    case .domainsDoNotMatch: return "the scores do not match the definition's domains"
    case .scoreOutOfRange(let d, let v): return "\(d): \(v) is not a level from 1 to 5"
    case .nothingScored: return "no domain was scored"
    case .dateInFuture(let d): return "the date \(d) is in the future"
    case .dateBeforeMelding(let d): return "the date \(d) lies before the melding"
    }
  }
}
