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
extension AppState {
  /// The clocks of one case's milestone dates under its law, most urgent first.
  public func clocks(for file: CaseFile) -> [ClockStatus] {
    guard let clocks else { return [] }
    return LegalClocks.evaluate(clocks, law: file.state.law, dates: file.state.dates, today: today)
      .sorted { $0.sortKey < $1.sortKey }
  }

  /// The beschikking clock of every aanvraag in the arrangement.
  ///
  /// Each voorziening has its own (Wmo 2015 art. 2.3.5: two weeks; Jeugdwet: eight weeks
  /// under the Awb).
  public func aanvraagClocks(for file: CaseFile) -> [CaseClock] {
    guard let clocks else { return [] }
    let definitions = clocks.clocks(for: file.state.law).filter { $0.start == .aanvraag }
    return file.state.aanvragen.flatMap { aanvraag in
      definitions.map {
        CaseClock(
          LegalClocks.evaluate($0, dates: aanvraag.dates, today: today),
          subject: aanvraag.offer.name)
      }
    }
  }

  /// Every clock of a case, the milestones' and the aanvragen's, most urgent first.
  public func allClocks(for file: CaseFile) -> [CaseClock] {
    let aanvragen = aanvraagClocks(for: file)
    // With aanvragen in the arrangement, the case's own aanvraag clock that never started
    // says nothing: each aanvraag shows its own.
    let own = clocks(for: file).filter {
      aanvragen.isEmpty || $0.definition.start != .aanvraag || $0.state != .notStarted
    }
    return (own.map { CaseClock($0) } + aanvragen).sorted { $0.status.sortKey < $1.status.sortKey }
  }

  /// The clock to show in the status line: the most urgent one that is still open.
  public func urgentClock(for file: CaseFile) -> CaseClock? {
    allClocks(for: file).first { [.overdue, .dueToday, .running].contains($0.status.state) }
  }

  /// Every open clock of every case, most urgent first (the Termijnen view).
  public var allOpenClocks: [(file: CaseFile, clock: CaseClock)] {
    cases.flatMap { file in
      allClocks(for: file).filter {
        [.overdue, .dueToday, .running, .metLate].contains($0.status.state)
      }
      .map { (file, $0) }
    }.sorted { $0.clock.status.sortKey < $1.clock.status.sortKey }
  }
}
