import CasusCore

/// A legal clock of a case, with what it is about when it belongs to one aanvraag.
public struct CaseClock: Equatable, Sendable {
  public var status: ClockStatus
  /// The voorziening an aanvraag clock belongs to; `nil` for the case's own milestones.
  public var subject: String?

  public init(_ status: ClockStatus, subject: String? = nil) {
    self.status = status
    self.subject = subject
  }
}

/// The legal clocks of cases, as of today.
///
/// Worked out from a ``CaseSummary``, so the Termijnen view reads the index, not every file;
/// the `CaseFile` variants summarise the file first.
extension AppState {
  /// The clocks of one case's milestone dates under its law, most urgent first.
  public func clocks(for file: CaseFile) -> [ClockStatus] {
    clocks(law: file.state.law, dates: file.state.dates)
  }

  func clocks(law: Law, dates: CaseDates) -> [ClockStatus] {
    guard let clocks else { return [] }
    return LegalClocks.evaluate(clocks, law: law, dates: dates, today: today)
      .sorted { $0.sortKey < $1.sortKey }
  }

  /// The beschikking clock of every aanvraag in the arrangement.
  ///
  /// Each voorziening has its own (Wmo 2015 art. 2.3.5: two weeks; Jeugdwet: eight weeks
  /// under the Awb).
  public func aanvraagClocks(for summary: CaseSummary) -> [CaseClock] {
    guard let clocks, !summary.aanvragen.isEmpty else { return [] }
    let definitions = clocks.clocks(for: summary.law).filter { $0.start == .aanvraag }
    return summary.aanvragen.flatMap { aanvraag in
      let dates = CaseDates(
        melding: summary.melding.date, aanvraag: aanvraag.aanvraag,
        beschikking: aanvraag.beschikking)
      return definitions.map {
        CaseClock(LegalClocks.evaluate($0, dates: dates, today: today), subject: aanvraag.name)
      }
    }
  }

  /// Every clock of a case, the milestones' and the aanvragen's, most urgent first.
  public func allClocks(for summary: CaseSummary) -> [CaseClock] {
    let aanvragen = aanvraagClocks(for: summary)
    // With aanvragen in the arrangement, the case's own aanvraag clock that never started
    // says nothing: each aanvraag shows its own.
    let own = clocks(law: summary.law, dates: summary.dates).filter {
      aanvragen.isEmpty || $0.definition.start != .aanvraag || $0.state != .notStarted
    }
    return (own.map { CaseClock($0) } + aanvragen).sorted { $0.status.sortKey < $1.status.sortKey }
  }

  public func allClocks(for file: CaseFile) -> [CaseClock] { allClocks(for: CaseSummary(file)) }

  /// The clock to show in the status line: the most urgent one that is still open.
  public func urgentClock(for summary: CaseSummary) -> CaseClock? {
    allClocks(for: summary).first { [.overdue, .dueToday, .running].contains($0.status.state) }
  }

  public func urgentClock(for file: CaseFile) -> CaseClock? { urgentClock(for: CaseSummary(file)) }

  /// Every open clock of every case, most urgent first (the Termijnen view).
  public var allOpenClocks: [(summary: CaseSummary, clock: CaseClock)] {
    list.summaries.flatMap { summary in
      allClocks(for: summary).filter {
        [.overdue, .dueToday, .running, .metLate].contains($0.status.state)
      }
      .map { (summary, $0) }
    }.sorted { $0.clock.status.sortKey < $1.clock.status.sortKey }
  }
}
