import Foundation

/// Deciding requests about handovers, the involved professionals and the basics.
extension CaseFile {
  func decide(_ command: HandoverCommand, make: EventMaker) throws(CaseError) -> [CaseEvent] {
    switch command {
    case .create(let handover):
      guard !state.handovers.contains(where: { $0.id == handover.id }) else {
        throw .handoverExists(handover.id)
      }
      guard !handover.to.trimmed.isEmpty else { throw .handoverNeedsReceiver }
      var new = handover
      new.state = .concept
      return [make.event(CaseEventType.handoverCreated, HandoverCreated(handover: new))]
    case .revise(let handover):
      let old = try existing(handover.id)
      guard [.concept, .declined].contains(old.state) else {
        throw .handoverTransition(from: old.state, to: old.state)
      }
      guard !handover.to.trimmed.isEmpty else { throw .handoverNeedsReceiver }
      var new = handover
      new.state = old.state
      guard new != old else { throw .nothingChanged }
      return [make.event(CaseEventType.handoverRevised, HandoverRevised(old: old, new: new))]
    case .submit(let id, let date):
      let h = try existing(id)
      guard let consent = h.consent, !consent.detail.trimmed.isEmpty else {
        throw .handoverNeedsConsent
      }
      _ = consent
      guard !h.reasons.isEmpty else { throw .handoverNeedsReason }
      return [try step(h, to: .submitted, date: date, make: make)]
    case .accept(let id, let date):
      return [try step(try existing(id), to: .accepted, date: date, make: make)]
    case .decline(let id, let reason, let date):
      guard !reason.trimmed.isEmpty else { throw .emptyReason }
      return [try step(try existing(id), to: .declined, date: date, reason: reason, make: make)]
    case .start(let id, let date):
      return [try step(try existing(id), to: .inProgress, date: date, make: make)]
    case .handBack(let id, let to, let evaluation, let date):
      let h = try existing(id)
      guard !to.trimmed.isEmpty else { throw .handoverNeedsReceiver }
      if h.lane == .procescoordinatie, evaluation == nil { throw .handoverNeedsEvaluation }
      if let evaluation, !(1...10).contains(evaluation.rating) {
        throw .badRating(evaluation.rating)
      }
      return [
        try step(
          h, to: .returned, date: date, returnedTo: to.trimmed, evaluation: evaluation,
          make: make)
      ]
    case .close(let id, let reason, let date):
      guard !reason.trimmed.isEmpty else { throw .emptyReason }
      return [try step(try existing(id), to: .closed, date: date, reason: reason, make: make)]
    case .recordDoorbraak(let id, let doorbraak):
      let h = try existing(id)
      guard h.lane == .meerTeam, [.accepted, .inProgress].contains(h.state) else {
        throw .doorbraakNotAllowed
      }
      guard !doorbraak.solution.trimmed.isEmpty, !doorbraak.reason.trimmed.isEmpty else {
        throw .emptyReason
      }
      guard doorbraak.relapseCheck >= doorbraak.decided else { throw .relapseCheckBeforeDecision }
      guard h.doorbraak != doorbraak else { throw .nothingChanged }
      return [
        make.event(
          CaseEventType.doorbraakRecorded, DoorbraakRecorded(id: id, doorbraak: doorbraak))
      ]
    case .recordImport(let imported):
      _ = try existing(imported.handover)
      return [make.event(CaseEventType.handoverImported, imported)]
    }
  }

  func decide(_ command: InvolvementCommand, make: EventMaker) throws(CaseError) -> [CaseEvent] {
    switch command {
    case .set(let id, let involvement):
      if let involvement, involvement.name.trimmed.isEmpty { throw .emptyPlanItem }
      if let involvement, involvement.yearlyCost < 0 { throw .negativeCost }
      let old = state.involvements.first { $0.id == id }
      guard old != involvement else { throw .nothingChanged }
      return [
        make.event(
          CaseEventType.involvementChanged,
          InvolvementChanged(id: id, old: old, new: involvement))
      ]
    case .basic(let basic, let status):
      let old = state.basics[basic.rawValue]
      guard old != status else { throw .nothingChanged }
      return [
        make.event(CaseEventType.basicChanged, BasicChanged(basic: basic, old: old, new: status))
      ]
    }
  }

  private func existing(_ id: String) throws(CaseError) -> Handover {
    guard let h = state.handovers.first(where: { $0.id == id }) else {
      throw .unknownHandover(id)
    }
    return h
  }

  private func step(
    _ h: Handover, to new: HandoverState, date: LocalDate, reason: String? = nil,
    returnedTo: String? = nil, evaluation: HandoverEvaluation? = nil, make: EventMaker
  ) throws(CaseError) -> CaseEvent {
    guard h.state.next.contains(new) else { throw .handoverTransition(from: h.state, to: new) }
    return make.event(
      CaseEventType.handoverStateChanged,
      HandoverStateChanged(
        id: h.id, old: h.state, new: new, date: date, reason: reason, returnedTo: returnedTo,
        evaluation: evaluation))
  }
}

/// Applying the events of handovers, involvements and views.
extension CaseState {
  mutating func applyHandover(_ event: CaseEvent) throws {
    let payload = event.payload
    switch event.type {
    case CaseEventType.handoverCreated:
      handovers.append(try payload.decode(HandoverCreated.self).handover)
    case CaseEventType.handoverRevised:
      let p = try payload.decode(HandoverRevised.self)
      try update(p.new.id, event) { $0 = p.new }
    case CaseEventType.handoverStateChanged:
      let p = try payload.decode(HandoverStateChanged.self)
      try update(p.id, event) { h in
        h.state = p.new
        switch p.new {
        case .submitted:
          h.submitted = p.date
          h.declineReason = nil
        case .accepted: h.accepted = p.date
        case .declined: h.declineReason = p.reason
        case .returned:
          h.returned = p.date
          h.returnedTo = p.returnedTo
          h.evaluation = p.evaluation
        case .closed: h.returned = p.date
        case .concept, .inProgress: break
        }
      }
    case CaseEventType.doorbraakRecorded:
      let p = try payload.decode(DoorbraakRecorded.self)
      try update(p.id, event) { $0.doorbraak = p.doorbraak }
    case CaseEventType.involvementChanged:
      let p = try payload.decode(InvolvementChanged.self)
      involvements.replace(id: p.id, with: p.new, id: \.id)
    case CaseEventType.basicChanged:
      let p = try payload.decode(BasicChanged.self)
      basics[p.basic.rawValue] = p.new
    case CaseEventType.viewed:
      _ = try payload.decode(CaseViewed.self)
    case CaseEventType.handoverImported:
      // Provenance for the history only: the package's contents arrived as their own events.
      _ = try payload.decode(HandoverImported.self)
    default:
      throw ReplayError(seq: event.seq, reason: "unknown event type \(event.type)")
    }
  }

  private mutating func update(_ id: String, _ event: CaseEvent, _ change: (inout Handover) -> Void)
    throws
  {
    guard let index = handovers.firstIndex(where: { $0.id == id }) else {
      throw ReplayError(seq: event.seq, reason: "\(event.type) for unknown handover \(id)")
    }
    change(&handovers[index])
  }
}
