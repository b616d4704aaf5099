import CasusCore
import Foundation

/// The rows of the triage queue: every case's stuck signals, filtered and ranked.
extension AppState {
  /// The stuck signals of one case today.
  public func signals(for file: CaseFile) -> [StuckSignal] {
    signals(for: CaseSummary(file), strings: strings)
  }

  /// The same from the index, with the strings table made once for a whole list.
  func signals(for summary: CaseSummary, strings s: any StringTable) -> [StuckSignal] {
    let overdue = clocks(law: summary.law, dates: summary.dates).filter { $0.state == .overdue }
      .map { (what: s.clockLabel($0), days: -($0.daysLeft ?? 0)) }
    let last = summary.lastEvent.map { Clock.localDay($0, in: timeZone) }
    return StuckSignals.evaluate(summary, lastEvent: last, overdue: overdue, today: today)
  }

  /// What the triage rows depend on: when none of it changed, the rows are the same.
  ///
  /// Every save raises one case's revision, so the sum of revisions changes with any case.
  public func triageKey(_ screen: TriageScreen) -> TriageScreen.Key {
    TriageScreen.Key(
      cases: list.count, revisions: list.revisionSum, today: today,
      filter: screen.filter.text, signal: screen.signal, onlyRegistered: screen.onlyRegistered,
      sort: screen.sort, language: language)
  }

  /// The triage rows, from the screen's cache while it is current.
  public func triageEntries(_ screen: TriageScreen) -> [TriageEntry] {
    if let cache = screen.cache, cache.key == triageKey(screen) { return cache.entries }
    return rankTriage(screen, scored: scoreCases(reusing: nil, screen: screen))
  }

  /// The screen with its rows worked out for the cases as they are now.
  ///
  /// Only cases whose revision changed are scored again (the day and the language being the
  /// same); a new filter or order only filters and sorts what was scored.
  public func cachingTriage(_ screen: TriageScreen) -> TriageScreen {
    let key = triageKey(screen)
    guard screen.cache?.key != key else { return screen }
    var copy = screen
    let reusable =
      screen.cache.flatMap { $0.key.today == today && $0.key.language == language ? $0 : nil }
    let scored = scoreCases(reusing: reusable?.scored, screen: screen)
    copy.cache = TriageScreen.Cache(
      key: key, entries: rankTriage(screen, scored: scored), scored: scored)
    return copy
  }

  /// Every open case's entry, reusing those whose case has the same revision.
  private func scoreCases(
    reusing previous: [CaseID: TriageScreen.Scored]?, screen: TriageScreen
  ) -> [CaseID: TriageScreen.Scored] {
    let s = strings
    var out: [CaseID: TriageScreen.Scored] = [:]
    out.reserveCapacity(list.count)
    for summary in list.summaries where summary.phase != .afgesloten {
      if let old = previous?[summary.id], old.revision == summary.revision {
        out[summary.id] = old
        continue
      }
      out[summary.id] = TriageScreen.Scored(
        revision: summary.revision,
        entry: TriageEntry(
          caseID: summary.id, signals: signals(for: summary, strings: s),
          registered: summary.pendingRegistration?.submitted))
    }
    return out
  }

  /// The scored cases as the screen's filters and order leave them.
  private func rankTriage(_ screen: TriageScreen, scored: [CaseID: TriageScreen.Scored])
    -> [TriageEntry]
  {
    let matching = screen.filter.text.isEmpty ? nil : Set(list.matching(screen.filter.text))
    var entries: [TriageEntry] = []
    entries.reserveCapacity(scored.count)
    for (position, summary) in list.summaries.enumerated() {
      guard let entry = scored[summary.id]?.entry else { continue }
      if let matching, !matching.contains(position) { continue }
      if let signal = screen.signal, !entry.signals.contains(where: { $0.kind == signal }) {
        continue
      }
      if screen.onlyRegistered, entry.registered == nil { continue }
      entries.append(entry)
    }
    let ranked = TriageEntry.ranked(entries)
    switch screen.sort {
    case .score:
      return ranked
    case .waiting:
      let waiting = ranked.filter { $0.registered != nil }.sorted {
        ($0.registered?.dayNumber ?? 0, $0.caseID) < ($1.registered?.dayNumber ?? 0, $1.caseID)
      }
      return waiting + ranked.filter { $0.registered == nil }
    case .name:
      var names: [CaseID: String] = [:]
      for summary in list.summaries { names[summary.id] = CaseFilter.fold(summary.householdName) }
      return ranked.sorted {
        (names[$0.caseID] ?? "", $0.caseID) < (names[$1.caseID] ?? "", $1.caseID)
      }
    }
  }
}
