import CasusCore

/// Moving through the list and keeping the selection on a visible case.
extension AppState {
  /// Moves the selection `delta` rows through the visible cases, stopping at the ends.
  public mutating func moveSelection(by delta: Int) {
    let visible = visibleCases
    guard !visible.isEmpty else {
      selection = nil
      return
    }
    let index = visible.firstIndex { $0.id == selection } ?? 0
    let next = min(max(0, index + delta), visible.count - 1)
    if visible[next].id != selection { detailScroll = 0 }
    selection = visible[next].id
  }

  /// After the filter changed: select the first match if the selection was filtered out.
  public mutating func keepSelectionVisible() {
    let visible = visibleCases
    if !visible.contains(where: { $0.id == selection }) {
      selection = visible.first?.id
      detailScroll = 0
    }
  }

  /// Scrolls the detail pane, never above the top.
  public mutating func scrollDetail(by delta: Int) {
    detailScroll = max(0, detailScroll + delta)
  }

  /// Puts a saved case into the list (replacing its older version), in list order.
  public mutating func upsert(_ file: CaseFile) {
    cases.removeAll { $0.id == file.id }
    cases.append(file)
    cases.sort(by: AppState.listOrder)
  }

  /// Newest melding first, then by id so the order is stable.
  public static func listOrder(_ a: CaseFile, _ b: CaseFile) -> Bool {
    if a.state.melding.date != b.state.melding.date {
      return a.state.melding.date > b.state.melding.date
    }
    return a.id < b.id
  }
}
