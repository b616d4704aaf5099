import CasusCore

/// Moving through the list and keeping the selection on a visible case.
extension AppState {
  /// Moves the selection `delta` rows through the visible cases, stopping at the ends.
  public mutating func moveSelection(by delta: Int) {
    guard !visible.isEmpty else {
      selection = nil
      return
    }
    let index = visibleIndex(of: selection) ?? 0
    let next = min(max(0, index + delta), visible.count - 1)
    let id = visibleSummary(next).id
    if id != selection { detailScroll = 0 }
    selection = id
  }

  /// After the filter changed: select the first match if the selection was filtered out.
  public mutating func keepSelectionVisible() {
    if visibleIndex(of: selection) == nil {
      selection = visible.isEmpty ? nil : visibleSummary(0).id
      detailScroll = 0
    }
  }

  /// Scrolls the detail pane, never above the top.
  public mutating func scrollDetail(by delta: Int) {
    detailScroll = max(0, detailScroll + delta)
  }

  /// Puts a saved case into the list (replacing its older version), in list order.
  public mutating func upsert(_ file: CaseFile) {
    loaded[file.id] = file
    unreadable[file.id] = nil
    list.upsert(CaseSummary(file))
    visible = list.matching(filter)
  }

  /// Takes a case that is gone out of the list.
  public mutating func removeCase(_ id: CaseID) {
    loaded[id] = nil
    list.remove(id)
    visible = list.matching(filter)
    if selection == id { keepSelectionVisible() }
  }

  /// Newest melding first, then by id so the order is stable.
  public static func listOrder(_ a: CaseFile, _ b: CaseFile) -> Bool {
    if a.state.melding.date != b.state.melding.date {
      return a.state.melding.date > b.state.melding.date
    }
    return a.id < b.id
  }

  /// How many case files stay read at most (the selected and the open one always do).
  static let loadedLimit = 64

  /// The cases on screen whose files are not read yet: the runner reads them after each key.
  public var casesToLoad: [CaseID] {
    neededCaseIDs.filter {
      loaded[$0] == nil && unreadable[$0] == nil && list.position($0) != nil
    }
  }

  /// Keeps a file that was read, forgetting the oldest others beyond ``loadedLimit``.
  public mutating func keepLoaded(_ file: CaseFile) {
    loaded[file.id] = file
    guard loaded.count > AppState.loadedLimit else { return }
    let keep = Set(neededCaseIDs + [file.id])
    for id in loaded.keys where !keep.contains(id) && loaded.count > AppState.loadedLimit / 2 {
      loaded[id] = nil
    }
  }

  /// The cases whose files the screen and its keys need now: the selection, the open case,
  /// the agenda's highlighted reminder, the draft and the conflict waiting for a choice.
  var neededCaseIDs: [CaseID] {
    var ids = [selection, openCaseID, drafts.first?.caseID, conflicts.first?.mine.id]
    switch mode {
    case .agenda(let screen) where screen.rows.indices.contains(screen.row):
      ids.append(screen.rows[screen.row].caseID)
    case .handovers(let queue):
      let rows = queueRows(queue)
      if rows.indices.contains(queue.row) { ids.append(rows[queue.row].summary.id) }
    case .triage(let screen):
      let entries = triageEntries(screen)
      if entries.indices.contains(screen.row) { ids.append(entries[screen.row].caseID) }
    default: break
    }
    return ids.compactMap { $0 }
  }

  /// The case the screen is about, when it is not the browse view's selection.
  public var openCaseID: CaseID? {
    switch mode {
    case .browse, .filtering, .command, .deadlines, .agenda, .user, .handovers, .triage, .rapport:
      return nil
    case .handoverForm(let form): return form.caseID
    case .workspace(let workspace): return workspace.caseID
    case .history(let history): return history.caseID
    case .form(let form):
      if case .edit(let id) = form.purpose { return id }
      return nil
    case .conversation(let session): return session.caseID
    case .document(let viewer): return viewer.caseID
    case .scoring(let session): return session.caseID
    case .comparison(let screen): return screen.caseID
    case .ladder(let screen): return screen.caseID
    case .safety(let screen): return screen.caseID
    case .plan(let screen): return screen.caseID
    }
  }
}
