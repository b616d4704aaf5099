import CasusCore
import Foundation

/// The role, the lanes and the rows of the handover screens, read from the cases.
extension AppState {
  /// The role the app works in; without a user (read-only, before the first form) a consulent.
  public var role: UserRole { user?.role ?? .consulent }

  /// The lanes of the store's profile.
  public var lanes: [MunicipalityProfile.Lane] { process.current?.profile.lanes ?? [] }

  /// The lanes a case can take: those of the profile it is handled under, else the store's.
  public func lanes(for file: CaseFile) -> [MunicipalityProfile.Lane] {
    process.data(for: file.state)?.profile.lanes ?? lanes
  }

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
  public func file(_ id: CaseID) -> CaseFile? { loaded[id] }

  /// One handover of a case.
  public func handover(_ caseID: CaseID, _ id: String) -> (file: CaseFile, handover: Handover)? {
    guard let file = file(caseID), let h = file.state.handovers.first(where: { $0.id == id })
    else { return nil }
    return (file, h)
  }

  /// Whether a handover was sent by the user working now (by name, whatever the role then).
  public func isMine(_ handover: Handover) -> Bool { isMine(from: handover.from) }

  func isMine(from: String) -> Bool {
    guard let user else { return true }
    return from == user.name || from.hasPrefix(user.name + " (")
  }

  /// A queue row with its case file and the whole handover, when the file is read (the
  /// highlighted row's always is: see ``neededCaseIDs``).
  public func loadedRow(_ row: QueueRow) -> LoadedQueueRow? {
    handover(row.summary.id, row.handover.id).map {
      LoadedQueueRow(file: $0.file, handover: $0.handover)
    }
  }

  /// The rows of a queue tab, those needing action first.
  public func queueRows(_ queue: HandoverQueue) -> [QueueRow] {
    var rows: [QueueRow] = []
    for summary in list.summaries where !summary.handovers.isEmpty {
      for h in summary.handovers {
        switch queue.tab {
        case .incoming:
          guard AppState.receivingRole(h.lane) == role, h.state != .concept else { continue }
        case .sent:
          guard isMine(from: h.from) else { continue }
        }
        if let wanted = queue.state, h.state != wanted { continue }
        rows.append(QueueRow(summary: summary, handover: h))
      }
    }
    let needle = queue.filter.needle
    if !needle.isEmpty {
      let haystack = { (s: CaseSummary) in String(decoding: SearchText.of(s), as: UTF8.self) }
      rows = rows.filter { row in
        needle.split(separator: " ").allSatisfy { haystack(row.summary).contains($0) }
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
      return (a.summary.id, a.handover.id) < (b.summary.id, b.handover.id)
    }
  }
}

/// One handover in a queue, with its case.
public struct QueueRow: Equatable {
  public var summary: CaseSummary
  public var handover: CaseSummary.HandoverSummary

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

/// A queue row with what acting on it needs: the case file and the whole handover.
public struct LoadedQueueRow: Equatable {
  public var file: CaseFile
  public var handover: Handover
}
