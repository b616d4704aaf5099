import CasusCore
import Foundation

/// The role, the lanes and the rows of the handover screens, read from the cases.
extension AppState {
  /// The role the app works in; without a user (read-only, before the first form) a consulent.
  public var role: UserRole { user?.role ?? .consulent }

  /// The lanes of the store's profile.
  public var lanes: [MunicipalityProfile.Lane] { laneProfile?.lanes ?? [] }

  /// The view a role starts in: consulent and trainer the case list, the procescoördinator
  /// the triage queue, the Meer-team its incoming handovers.
  public static func startMode(for role: UserRole) -> Mode {
    switch role {
    case .consulent, .trainer: return .browse
    case .procescoordinator: return .triage(TriageScreen(isHome: true))
    case .meerteam: return .handovers(HandoverQueue(tab: .incoming, isHome: true))
    }
  }

  /// The role that receives a lane's handovers.
  public static func receivingRole(_ lane: MunicipalityProfile.Lane.Kind) -> UserRole {
    switch lane {
    case .meerTeam: return .meerteam
    case .procescoordinatie: return .procescoordinator
    case .consult: return .consulent
    }
  }

  /// Whether typed work in a handover screen would be lost by quitting.
  var hasUnsavedHandoverWork: Bool {
    switch mode {
    case .user(let setup): return setup.form.isDirty && !setup.first
    case .handoverForm(let form): return form.form.isDirty
    case .workspace(let w): return w.form?.isDirty == true || w.prompt?.input.isEmpty == false
    case .handovers(let q): return q.prompt?.input.isEmpty == false
    default: return false
    }
  }

  /// A case by id.
  public func file(_ id: CaseID) -> CaseFile? { cases.first { $0.id == id } }

  /// One handover of a case.
  public func handover(_ caseID: CaseID, _ id: String) -> (file: CaseFile, handover: Handover)? {
    guard let file = file(caseID), let h = file.state.handovers.first(where: { $0.id == id })
    else { return nil }
    return (file, h)
  }

  /// Whether a handover was sent by the user working now (by name, whatever the role then).
  public func isMine(_ handover: Handover) -> Bool {
    guard let user else { return true }
    return handover.from == user.name || handover.from.hasPrefix(user.name + " (")
  }

  /// The rows of a queue tab, those needing action first.
  public func queueRows(_ queue: HandoverQueue) -> [QueueRow] {
    var rows: [QueueRow] = []
    for file in cases {
      for h in file.state.handovers {
        switch queue.tab {
        case .incoming:
          guard AppState.receivingRole(h.lane) == role, h.state != .concept else { continue }
        case .sent:
          guard isMine(h) else { continue }
        }
        if let wanted = queue.state, h.state != wanted { continue }
        rows.append(QueueRow(file: file, handover: h))
      }
    }
    let needle = queue.filter.needle
    if !needle.isEmpty {
      rows = rows.filter { row in
        CaseFilter.matches(row.file, needle: needle)
          || needle.split(separator: " ").allSatisfy { word in
            CaseFilter.fold(
              ([row.handover.laneName, row.handover.from, row.handover.to]
                + row.handover.reasons).joined(separator: " ")
            ).contains(word)
          }
      }
    }
    return rows.sorted { a, b in
      let ra = QueueRow.rank(a.handover.state)
      let rb = QueueRow.rank(b.handover.state)
      if ra != rb { return ra < rb }
      let da = a.handover.submitted?.dayNumber ?? Int.max
      let db = b.handover.submitted?.dayNumber ?? Int.max
      if da != db { return da < db }
      return (a.file.id, a.handover.id) < (b.file.id, b.handover.id)
    }
  }

  /// The stuck signals of one case today.
  public func signals(for file: CaseFile) -> [StuckSignal] {
    signals(for: file, strings: strings)
  }

  /// The same, with the strings table made once for a whole list.
  func signals(for file: CaseFile, strings s: any StringTable) -> [StuckSignal] {
    let overdue = clocks(for: file).filter { $0.state == .overdue }.map {
      (what: s.clockLabel($0), days: -($0.daysLeft ?? 0))
    }
    let last = file.lastContact.map { Clock.localDay($0.at, in: timeZone) }
    return StuckSignals.evaluate(file.state, lastEvent: last, overdue: overdue, today: today)
  }

  /// What the triage rows depend on: when none of it changed, the rows are the same.
  ///
  /// Every save raises one case's revision, so the sum of revisions changes with any case.
  public func triageKey(_ screen: TriageScreen) -> TriageScreen.Key {
    TriageScreen.Key(
      cases: cases.count, revisions: cases.reduce(0) { $0 + $1.revision }, today: today,
      filter: screen.filter.text, signal: screen.signal, onlyRegistered: screen.onlyRegistered,
      sort: screen.sort, language: language)
  }

  /// The triage rows, from the screen's cache while it is current.
  public func triageEntries(_ screen: TriageScreen) -> [TriageEntry] {
    if let cache = screen.cache, cache.key == triageKey(screen) { return cache.entries }
    return computeTriageEntries(screen)
  }

  /// The screen with its rows worked out for the cases as they are now.
  public func cachingTriage(_ screen: TriageScreen) -> TriageScreen {
    var copy = screen
    let key = triageKey(screen)
    if copy.cache?.key != key {
      copy.cache = TriageScreen.Cache(key: key, entries: computeTriageEntries(screen))
    }
    return copy
  }

  /// The triage rows as the screen's filters and sort order leave them.
  func computeTriageEntries(_ screen: TriageScreen) -> [TriageEntry] {
    let s = strings
    let needle = screen.filter.needle
    var entries: [TriageEntry] = []
    for file in cases where file.state.phase != .afgesloten {
      if !needle.isEmpty, !CaseFilter.matches(file, needle: needle) { continue }
      entries.append(
        TriageEntry(
          caseID: file.id, signals: signals(for: file, strings: s),
          registered: file.state.pendingRegistration?.submitted))
    }
    if let signal = screen.signal {
      entries = entries.filter { $0.signals.contains { $0.kind == signal } }
    }
    if screen.onlyRegistered { entries = entries.filter { $0.registered != nil } }
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
      for file in cases { names[file.id] = CaseFilter.fold(file.state.household.name) }
      return ranked.sorted {
        (names[$0.caseID] ?? "", $0.caseID) < (names[$1.caseID] ?? "", $1.caseID)
      }
    }
  }
}

/// One handover in a queue, with its case.
public struct QueueRow: Equatable {
  public var file: CaseFile
  public var handover: Handover

  /// Handovers that need someone to act come first, finished ones last.
  static func rank(_ state: HandoverState) -> Int {
    switch state {
    case .submitted: return 0
    case .declined: return 1
    case .accepted: return 2
    case .inProgress: return 3
    case .concept: return 4
    case .returned: return 5
    case .closed: return 6
    }
  }
}
