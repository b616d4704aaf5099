/// Applying the events of the ladder, the safety lane and the plan.
extension CaseState {
  mutating func applyArrangement(_ event: CaseEvent) throws {
    let payload = event.payload
    switch event.type {
    case CaseEventType.needOpened:
      let p = try payload.decode(NeedOpened.self)
      needs.append(p.need)
      if profile == nil { profile = p.profile }
    case CaseEventType.rungRecorded:
      let p = try payload.decode(RungRecorded.self)
      try updateNeed(p.need, event) { $0.rungs[p.rung] = p.new.isEmpty ? nil : p.new }
    case CaseEventType.needChanged:
      let p = try payload.decode(NeedChanged.self)
      try updateNeed(p.need, event) {
        $0.changes.append(p.change)
        $0.closed = false
      }
    case CaseEventType.needClosed:
      let p = try payload.decode(NeedClosed.self)
      try updateNeed(p.need, event) { $0.closed = true }
    case CaseEventType.safetyLaneOpened:
      safetyLane = try payload.decode(SafetyLane.self)
    case CaseEventType.chainStepRecorded:
      let p = try payload.decode(ChainStepRecorded.self)
      guard safetyLane != nil else {
        throw ReplayError(seq: event.seq, reason: "\(event.type) before safety.laneOpened")
      }
      safetyLane?.steps[p.step] = p.new
    case CaseEventType.safetyLaneReasonChanged:
      let p = try payload.decode(SafetyReasonChanged.self)
      guard safetyLane != nil else {
        throw ReplayError(seq: event.seq, reason: "\(event.type) before safety.laneOpened")
      }
      safetyLane?.reason = p.new
    case CaseEventType.safetyLaneClosed:
      let p = try payload.decode(SafetyLaneClosed.self)
      safetyLane?.closed = p.date
      safetyLane?.closeReason = p.reason
    case CaseEventType.regisseurChanged:
      plan.regisseur = try payload.decode(RegisseurChanged.self).new
    case CaseEventType.goalChanged:
      let p = try payload.decode(PlanItemChanged<HouseholdPlan.Goal>.self)
      plan.goals.replace(id: p.id, with: p.new, id: \.id)
    case CaseEventType.actionChanged:
      let p = try payload.decode(PlanItemChanged<HouseholdPlan.Action>.self)
      plan.actions.replace(id: p.id, with: p.new, id: \.id)
    case CaseEventType.agreementChanged:
      let p = try payload.decode(PlanItemChanged<HouseholdPlan.Agreement>.self)
      plan.agreements.replace(id: p.id, with: p.new, id: \.id)
    case CaseEventType.monitored:
      plan.monitoring.append(try payload.decode(HouseholdPlan.Monitoring.self))
    default:
      throw ReplayError(seq: event.seq, reason: "unknown event type \(event.type)")
    }
  }

  private mutating func updateNeed(
    _ id: String, _ event: CaseEvent, _ change: (inout SupportNeed) -> Void
  ) throws {
    guard let index = needs.firstIndex(where: { $0.id == id }) else {
      throw ReplayError(seq: event.seq, reason: "\(event.type) for unknown need \(id)")
    }
    change(&needs[index])
  }
}

extension Array {
  /// Replaces the element with this id (or appends it); `nil` removes it.
  mutating func replace(id: String, with element: Element?, id key: KeyPath<Element, String>) {
    if let index = firstIndex(where: { $0[keyPath: key] == id }) {
      if let element { self[index] = element } else { remove(at: index) }
    } else if let element {
      append(element)
    }
  }
}
