/// A closed case: when, why, and until when it is kept.
///
/// Closing sets the retention date from the municipality profile (years per law); after that
/// date `casus purge` removes the case. Reopening takes the closure back.
public struct Closure: Hashable, Sendable, Codable {
  public var date: LocalDate
  public var reason: String
  /// The phase the case was in before it was closed, restored when it is reopened.
  public var previousPhase: Phase
  /// The last day the case is kept.
  public var retainUntil: LocalDate

  public init(date: LocalDate, reason: String, previousPhase: Phase, retainUntil: LocalDate) {
    self.date = date
    self.reason = reason
    self.previousPhase = previousPhase
    self.retainUntil = retainUntil
  }
}

/// The payload of `case.reopened`.
public struct CaseReopened: Hashable, Sendable, Codable {
  public var date: LocalDate
  public var reason: String

  public init(date: LocalDate, reason: String) {
    self.date = date
    self.reason = reason
  }
}

extension CaseFile {
  func decideClose(date: LocalDate, reason: String, retentionYears: Int, make: EventMaker)
    throws(CaseError) -> [CaseEvent]
  {
    guard state.closure == nil else { throw .caseClosed }
    guard !reason.trimmed.isEmpty else { throw .emptyReason }
    guard retentionYears > 0 else { throw .emptyReason }
    let closure = Closure(
      date: date, reason: reason.trimmed, previousPhase: state.phase,
      retainUntil: date.adding(months: 12 * retentionYears))
    return [make.event(CaseEventType.closed, closure)]
  }

  func decideReopen(date: LocalDate, reason: String, make: EventMaker) throws(CaseError)
    -> [CaseEvent]
  {
    guard state.closure != nil else { throw .caseNotClosed }
    guard !reason.trimmed.isEmpty else { throw .emptyReason }
    return [make.event(CaseEventType.reopened, CaseReopened(date: date, reason: reason.trimmed))]
  }
}
