extension ClockStatus {
  /// An order for lists of clocks across cases: overdue first, then soonest due.
  ///
  /// Compare keys with `<`. Ranks, in order: overdue (the longest overdue first), open clocks
  /// that are due today or running (the soonest due date first, deadlines and windows
  /// together), not started, closed windows, and finished clocks. Ties are broken by the due
  /// date and then the clock id, so the order is stable; a cross-case view adds the case id.
  public struct SortKey: Hashable, Sendable, Comparable {
    /// The group, 0 (overdue) to 4 (met).
    public var rank: Int
    /// The due date as a day number, or `Int.max` when there is none.
    public var due: Int
    /// The clock id, the last tie-breaker.
    public var clockID: String

    public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      (lhs.rank, lhs.due, lhs.clockID) < (rhs.rank, rhs.due, rhs.clockID)
    }
  }

  /// The key that orders this status in a "Termijnen" overview.
  public var sortKey: SortKey {
    let rank: Int
    switch state {
    case .overdue: rank = 0
    case .dueToday, .running: rank = 1
    case .notStarted: rank = 2
    case .closed: rank = 3
    case .met, .metLate: rank = 4
    }
    return SortKey(rank: rank, due: dueDate?.dayNumber ?? Int.max, clockID: definition.id)
  }
}
