import CasusCore

/// The legal clocks of cases, as of today.
extension AppState {
  /// The clocks of one case under its law, most urgent first.
  public func clocks(for file: CaseFile) -> [ClockStatus] {
    guard let clocks else { return [] }
    return LegalClocks.evaluate(clocks, law: file.state.law, dates: file.state.dates, today: today)
      .sorted { $0.sortKey < $1.sortKey }
  }

  /// The clock to show in the status line: the most urgent one that is still open.
  public func urgentClock(for file: CaseFile) -> ClockStatus? {
    clocks(for: file).first { [.overdue, .dueToday, .running].contains($0.state) }
  }

  /// Every open clock of every case, most urgent first (the Termijnen view).
  public var allOpenClocks: [(file: CaseFile, clock: ClockStatus)] {
    cases.flatMap { file in
      clocks(for: file).filter { [.overdue, .dueToday, .running, .metLate].contains($0.state) }
        .map { (file, $0) }
    }.sorted { $0.clock.sortKey < $1.clock.sortKey }
  }
}
