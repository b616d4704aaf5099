/// The yearly cost of care over the course of one handover, read from the history.
extension CaseFile {
  /// The cost when the handover was accepted, and the highest cost from then until now.
  ///
  /// The procescoördinator makes the inventory after accepting ("brengt het gehele huidige
  /// zorgaanbod, met inbegrip van kosten, in beeld", Zoetermeer 2019 l.1339-1341), so the
  /// cost *before* is the peak of that picture, not what happened to be recorded on the day
  /// of acceptance; the cost *after* is ``CaseState/yearlyCost`` now. `nil` when the handover
  /// was never accepted.
  public func costSinceAcceptance(of id: String) -> (atAcceptance: Int, peak: Int)? {
    guard
      let accepted = events.firstIndex(where: { event in
        guard event.type == CaseEventType.handoverStateChanged,
          let p = try? event.payload.decode(HandoverStateChanged.self)
        else { return false }
        return p.id == id && p.new == .accepted
      })
    else { return nil }
    guard var state = try? CaseState.replay(id: self.id, events: Array(events[...accepted]))
    else { return nil }
    let atAcceptance = state.yearlyCost
    var peak = atAcceptance
    for event in events[(accepted + 1)...] {
      try? state.apply(event)
      peak = max(peak, state.yearlyCost)
      if event.type == CaseEventType.handoverStateChanged,
        let p = try? event.payload.decode(HandoverStateChanged.self), p.id == id,
        [.returned, .closed].contains(p.new)
      {
        break
      }
    }
    return (atAcceptance, peak)
  }
}
