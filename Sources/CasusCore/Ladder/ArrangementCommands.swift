/// Requests about the ladder, the arrangement and its offers.
public enum LadderCommand: Hashable, Sendable {
  /// Start a need (a life domain or a question) under the ladder of `profile`.
  case openNeed(SupportNeed, profile: String)
  /// Record what was decided on one rung; `ladder` is the profile's rung ids, lightest first,
  /// so the engine can ask for the lighter rungs that were passed over.
  case recordRung(need: String, rung: String, decision: RungDecision, ladder: [String])
  /// A later change of situation: the ladder is opened again for a need, up or down.
  case change(need: String, LadderChange)
  /// No support is needed for it any more.
  case close(need: String, reason: String)
}

/// Requests about the safety lane.
public enum SafetyCommand: Hashable, Sendable {
  case open(SafetyLane)
  case recordStep(step: String, ChainRecord)
  /// The professional words the reason differently (an opened lane starts with a default).
  case reason(String)
  case close(date: LocalDate, reason: String)
}

/// Requests about the household plan.
public enum PlanCommand: Hashable, Sendable {
  case regisseur(String?)
  /// Add, replace (same id) or, with `nil`, remove a goal.
  case goal(id: String, HouseholdPlan.Goal?)
  case action(id: String, HouseholdPlan.Action?)
  case agreement(id: String, HouseholdPlan.Agreement?)
  /// A reminder was dealt with.
  case monitored(HouseholdPlan.Monitoring)
}
