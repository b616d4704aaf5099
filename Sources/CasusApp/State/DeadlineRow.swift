import CasusCore

/// A row of the Termijnen view: a legal clock, or a handover's date (six months of
/// procescoördinatie, a doorbraak's relapse check).
public enum DeadlineRow: Equatable {
  case clock(CaseSummary, CaseClock)
  case handover(CaseSummary, HandoverDeadline)

  public var summary: CaseSummary {
    switch self {
    case .clock(let summary, _), .handover(let summary, _): return summary
    }
  }

  /// Overdue first, then the soonest due; the same groups as ``ClockStatus/sortKey``.
  ///
  /// Sorting is stable for equal keys, so clocks keep the order ``AppState/allOpenClocks``
  /// gives them.
  func sortKey(today: LocalDate) -> (Int, Int, String) {
    switch self {
    case .clock(let file, let clock):
      let key = clock.status.sortKey
      return (key.rank, key.due, file.id.rawValue + key.clockID + (clock.subject ?? ""))
    case .handover(let file, let d):
      return (d.due < today ? 0 : 1, d.due.dayNumber, file.id.rawValue + d.handover)
    }
  }
}

extension AppState {
  /// Every row of the Termijnen view: the open legal clocks and the handover dates.
  public var deadlineRows: [DeadlineRow] {
    let clocks = allOpenClocks.map { DeadlineRow.clock($0.summary, $0.clock) }
    let handovers = list.summaries.flatMap { summary in
      summary.handoverDeadlines.map { DeadlineRow.handover(summary, $0) }
    }
    return (clocks + handovers).sorted { $0.sortKey(today: today) < $1.sortKey(today: today) }
  }
}
