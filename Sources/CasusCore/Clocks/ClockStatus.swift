/// A legal clock evaluated for one case on one day: the dates, the days left and the state.
///
/// Built by ``LegalClocks/evaluate(_:law:dates:today:)``; a pure value, so the same case and
/// day always give the same status.
public struct ClockStatus: Hashable, Sendable {
  /// The definition that was evaluated.
  public var definition: LegalClockDefinition
  /// The case date that started the clock, or `nil` when it has not started.
  public var startDate: LocalDate?
  /// The start date plus the duration, before the working-day rule.
  public var nominalDueDate: LocalDate?
  /// The last day of the term, after the working-day rule when the definition applies it.
  public var dueDate: LocalDate?
  /// The case date that stopped the clock, or `nil` while it runs.
  public var stoppedDate: LocalDate?
  /// Days from today to the due date while the clock runs: 0 on the last day, negative when a
  /// deadline is overdue; `nil` when the clock has not started, has stopped, or is a closed
  /// window.
  public var daysLeft: Int?
  /// Where the clock stands.
  public var state: ClockState

  public init(
    definition: LegalClockDefinition, startDate: LocalDate?, nominalDueDate: LocalDate?,
    dueDate: LocalDate?, stoppedDate: LocalDate?, daysLeft: Int?, state: ClockState
  ) {
    self.definition = definition
    self.startDate = startDate
    self.nominalDueDate = nominalDueDate
    self.dueDate = dueDate
    self.stoppedDate = stoppedDate
    self.daysLeft = daysLeft
    self.state = state
  }

  /// Whether the working-day rule moved the due date past the nominal one.
  public var isExtended: Bool {
    guard let nominalDueDate, let dueDate else { return false }
    return dueDate != nominalDueDate
  }
}
