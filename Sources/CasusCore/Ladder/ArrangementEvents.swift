/// The payload of `ladder.needOpened`.
public struct NeedOpened: Hashable, Sendable, Codable {
  public var need: SupportNeed
  public var profile: String
}

/// The payload of `ladder.rungRecorded`: one rung's decision for one need, old → new.
public struct RungRecorded: Hashable, Sendable, Codable {
  public var need: String
  public var rung: String
  public var old: RungDecision
  public var new: RungDecision
}

/// The payload of `ladder.changed`: op- of afschalen, with its reason.
public struct NeedChanged: Hashable, Sendable, Codable {
  public var need: String
  public var change: LadderChange
}

/// The payload of `ladder.needClosed`.
public struct NeedClosed: Hashable, Sendable, Codable {
  public var need: String
  public var reason: String
}

/// The payload of `safety.chainStepRecorded`.
public struct ChainStepRecorded: Hashable, Sendable, Codable {
  public var step: String
  public var old: ChainRecord?
  public var new: ChainRecord
}

/// The payload of `safety.laneReasonChanged`: the reason of the open lane, old → new.
public struct SafetyReasonChanged: Hashable, Sendable, Codable {
  public var old: String
  public var new: String
}

/// The payload of `safety.laneClosed`.
public struct SafetyLaneClosed: Hashable, Sendable, Codable {
  public var date: LocalDate
  public var reason: String
}

/// The payload of `plan.regisseurChanged`.
public struct RegisseurChanged: Hashable, Sendable, Codable {
  public var old: String?
  public var new: String?
}

/// The payload of `plan.goalChanged`, `plan.actionChanged` and `plan.agreementChanged`: one
/// item, old → new (`nil` old: added; `nil` new: removed).
public struct PlanItemChanged<Item: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
  public var id: String
  public var old: Item?
  public var new: Item?
}
