/// Evaluates legal clock definitions against the dates of a case.
public enum LegalClocks {
  /// The status on `today` of every clock in `set` that runs under `law`, in definition order.
  ///
  /// A clock without its start date is `.notStarted`. A clock with its stop date is `.met` when
  /// it stopped on or before the due date; after it, a deadline is `.metLate` and a window
  /// `.closed`. A running clock is `.running` or `.dueToday`; once past the due date a
  /// deadline is `.overdue` (negative days left) and a window `.closed`.
  public static func evaluate(
    _ set: LegalClockSet, law: Law, dates: CaseDates, today: LocalDate
  ) -> [ClockStatus] {
    set.clocks(for: law).map { evaluate($0, dates: dates, today: today) }
  }

  /// The status of one clock on `today`, whatever its law.
  public static func evaluate(
    _ definition: LegalClockDefinition, dates: CaseDates, today: LocalDate
  ) -> ClockStatus {
    let stopped = dates[definition.stop]
    guard let start = dates[definition.start] else {
      return ClockStatus(
        definition: definition, startDate: nil, nominalDueDate: nil, dueDate: nil,
        stoppedDate: stopped, daysLeft: nil, state: .notStarted)
    }
    let nominal = definition.nominalDueDate(startingOn: start)
    let due = definition.dueDate(startingOn: start)
    let state: ClockState
    var daysLeft: Int?
    if let stopped {
      if stopped <= due {
        state = .met
      } else {
        state = definition.kind == .deadline ? .metLate : .closed
      }
    } else {
      let left = today.days(until: due)
      switch (left, definition.kind) {
      case (1..., _): state = .running
      case (0, _): state = .dueToday
      case (_, .deadline): state = .overdue
      case (_, .window): state = .closed
      }
      daysLeft = state == .closed ? nil : left
    }
    return ClockStatus(
      definition: definition, startDate: start, nominalDueDate: nominal, dueDate: due,
      stoppedDate: stopped, daysLeft: daysLeft, state: state)
  }
}
