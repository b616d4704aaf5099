import Foundation

/// Deciding requests about the ladder, the safety lane and the plan.
extension CaseFile {
  func decide(_ command: LadderCommand, make: EventMaker) throws(CaseError) -> [CaseEvent] {
    switch command {
    case .openNeed(let need, let profile):
      guard !need.id.trimmed.isEmpty, !need.title.trimmed.isEmpty else { throw .emptyNeedTitle }
      guard !state.needs.contains(where: { $0.id == need.id }) else {
        throw .needExists(need.title)
      }
      return [make.event(CaseEventType.needOpened, NeedOpened(need: need, profile: profile))]
    case .recordRung(let id, let rung, let decision, let ladder):
      guard let need = state.needs.first(where: { $0.id == id }) else { throw .unknownNeed(id) }
      guard let level = ladder.firstIndex(of: rung) else { throw .unknownRung(rung) }
      let old = need.decision(on: rung)
      guard decision != old else { throw .nothingChanged }
      // Comply or explain: help on this rung while a lighter one was never looked at needs a
      // reason for each of those, unless the safety lane is open (safety goes first).
      let helps = !decision.offers.isEmpty || !decision.network.isEmpty
      if helps, state.safetyLane?.isOpen != true {
        let passedOver = ladder.prefix(level).filter { !need.decision(on: $0).isAccountedFor }
        if !passedOver.isEmpty { throw .lighterRungsNotAccountedFor(Array(passedOver)) }
      }
      return [
        make.event(
          CaseEventType.rungRecorded, RungRecorded(need: id, rung: rung, old: old, new: decision))
      ]
    case .change(let id, let change):
      guard state.needs.contains(where: { $0.id == id }) else { throw .unknownNeed(id) }
      guard !change.reason.trimmed.isEmpty else { throw .emptyReason }
      return [make.event(CaseEventType.needChanged, NeedChanged(need: id, change: change))]
    case .close(let id, let reason):
      guard let need = state.needs.first(where: { $0.id == id }) else { throw .unknownNeed(id) }
      guard !need.closed else { throw .nothingChanged }
      return [make.event(CaseEventType.needClosed, NeedClosed(need: id, reason: reason))]
    }
  }

  func decide(_ command: SafetyCommand, make: EventMaker) throws(CaseError) -> [CaseEvent] {
    switch command {
    case .open(let lane):
      guard state.safetyLane?.isOpen != true else { throw .safetyLaneAlreadyOpen }
      guard !lane.reason.trimmed.isEmpty else { throw .emptyReason }
      return [make.event(CaseEventType.safetyLaneOpened, lane)]
    case .recordStep(let step, let record):
      guard let lane = state.safetyLane else { throw .noSafetyLane }
      guard !record.outcome.trimmed.isEmpty else { throw .emptyReason }
      guard lane.steps[step] != record else { throw .nothingChanged }
      return [
        make.event(
          CaseEventType.chainStepRecorded,
          ChainStepRecorded(step: step, old: lane.steps[step], new: record))
      ]
    case .reason(let reason):
      guard let lane = state.safetyLane, lane.isOpen else { throw .noSafetyLane }
      let new = reason.trimmed
      guard !new.isEmpty else { throw .emptyReason }
      guard new != lane.reason else { throw .nothingChanged }
      return [
        make.event(
          CaseEventType.safetyLaneReasonChanged, SafetyReasonChanged(old: lane.reason, new: new))
      ]
    case .close(let date, let reason):
      guard state.safetyLane?.isOpen == true else { throw .noSafetyLane }
      guard !reason.trimmed.isEmpty else { throw .emptyReason }
      return [
        make.event(CaseEventType.safetyLaneClosed, SafetyLaneClosed(date: date, reason: reason))
      ]
    }
  }

  func decide(_ command: PlanCommand, make: EventMaker) throws(CaseError) -> [CaseEvent] {
    let plan = state.plan
    switch command {
    case .regisseur(let name):
      let new = name?.trimmed.isEmpty == true ? nil : name?.trimmed
      guard new != plan.regisseur else { throw .nothingChanged }
      return [
        make.event(CaseEventType.regisseurChanged, RegisseurChanged(old: plan.regisseur, new: new))
      ]
    case .goal(let id, let goal):
      if let goal {
        guard !goal.text.trimmed.isEmpty else { throw .emptyPlanItem }
        if let level = goal.targetLevel, !(1...5).contains(level) { throw .badTargetLevel(level) }
      }
      let old = plan.goals.first { $0.id == id }
      guard old != goal else { throw .nothingChanged }
      return [make.event(CaseEventType.goalChanged, PlanItemChanged(id: id, old: old, new: goal))]
    case .action(let id, let action):
      if let action, action.what.trimmed.isEmpty { throw .emptyPlanItem }
      let old = plan.actions.first { $0.id == id }
      guard old != action else { throw .nothingChanged }
      return [
        make.event(CaseEventType.actionChanged, PlanItemChanged(id: id, old: old, new: action))
      ]
    case .agreement(let id, let agreement):
      if let agreement, agreement.text.trimmed.isEmpty { throw .emptyPlanItem }
      let old = plan.agreements.first { $0.id == id }
      guard old != agreement else { throw .nothingChanged }
      return [
        make.event(
          CaseEventType.agreementChanged, PlanItemChanged(id: id, old: old, new: agreement))
      ]
    case .monitored(let record):
      return [make.event(CaseEventType.monitored, record)]
    }
  }
}

/// Makes the events of one decision: the next sequence numbers, the time and the actor.
struct EventMaker {
  var firstSeq: Int
  var now: Date
  var actor: String
  private var count = 0

  init(firstSeq: Int, now: Date, actor: String) {
    self.firstSeq = firstSeq
    self.now = now
    self.actor = actor
  }

  func event(_ type: String, _ payload: some Encodable, offset: Int = 0) -> CaseEvent {
    CaseEvent(
      seq: firstSeq + offset, at: now, actor: actor, type: type,
      payload: (try? JSONValue(encoding: payload)) ?? .null)
  }
}
