/// Where a legal clock stands on a given day.
public enum ClockState: String, Hashable, Sendable, Codable, CaseIterable {
  /// The date that starts the clock is not recorded yet (no aanvraag, for example).
  case notStarted
  /// Started and not stopped; the term ends after today.
  case running
  /// Started and not stopped; today is the last day of the term.
  case dueToday
  /// A deadline that passed without its stop date.
  case overdue
  /// Stopped on or before the last day of the term.
  case met
  /// A deadline stopped after the last day of the term.
  case metLate
  /// A window that passed without the client acting in it, or in which the client acted only
  /// after it ended. Windows are never overdue: the client was free not to act.
  case closed
}
