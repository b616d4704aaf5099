import CasusCore

/// A row of the Termijnen view: a legal clock, or a handover's date (six months of
/// procescoördinatie, a doorbraak's relapse check).
public enum DeadlineRow: Equatable {
  case clock(CaseFile, CaseClock)
  case handover(CaseFile, HandoverDeadline)

  public var file: CaseFile {
    switch self {
    case .clock(let file, _), .handover(let file, _): return file
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
    let clocks = allOpenClocks.map { DeadlineRow.clock($0.file, $0.clock) }
    let handovers = cases.flatMap { file in
      file.state.handoverDeadlines.map { DeadlineRow.handover(file, $0) }
    }
    return (clocks + handovers).sorted { $0.sortKey(today: today) < $1.sortKey(today: today) }
  }
}
