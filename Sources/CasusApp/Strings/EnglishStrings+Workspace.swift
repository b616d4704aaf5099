import CasusCore

extension EnglishStrings: WorkspaceStrings {
  public func workspaceTitle(_ lane: String, _ household: String) -> String {
    "Workspace \(lane) · \(household)"
  }
  public func workspaceNeedsAcceptance(_ state: String) -> String {
    "The handover is \(state); accept it first (a)."
  }
  public func handoverDeadline(_ d: HandoverDeadline, days: Int) -> String {
    switch d.kind {
    case .procescoordinatie:
      return "Six months of process coordination: hand back by \(d.due.dutch), \(daysText(days))"
    case .relapseCheck:
      return "Relapse check: \(daysText(days)) (\(d.due.dutch))"
    }
  }
  private func daysText(_ days: Int) -> String {
    switch days {
    case ..<(-1): return "\(-days) days late"
    case -1: return "1 day late"
    case 0: return "today"
    case 1: return "1 day left"
    default: return "\(days) days left"
    }
  }
  public func handoverDeadlineSummary(_ d: HandoverDeadline, days: Int) -> String {
    "\(daysText(days)) (by \(d.due.dutch))"
  }
  public var consultNote: String {
    "Bring in: the colleague thinks along; regie stays with the sender. Close (c) once the "
      + "advice is in."
  }
  public var confirmRemove: String { "Del again removes it; any other key keeps it." }
  public var workspaceItemRemoved: String { "Removed; the history keeps it." }
  public func euroAmount(_ euros: Int, symbol: Bool) -> String {
    let digits = String(abs(euros))
    var groups: [String] = []
    var rest = Substring(digits)
    while rest.count > 3 {
      groups.insert(String(rest.suffix(3)), at: 0)
      rest = rest.dropLast(3)
    }
    groups.insert(String(rest), at: 0)
    let number = (euros < 0 ? "-" : "") + groups.joined(separator: ",")
    return symbol ? "€" + number : number
  }
  public var euroPlaceholder: String { "whole euros" }
  public func badAmount(_ field: String) -> String {
    "\(field): fill in an amount in whole euros, for example 12500."
  }

  public func inventoryHeading(_ count: Int, cost: Int) -> String {
    "Professionals involved (\(count)) · yearly cost \(euroAmount(cost, symbol: true))"
  }
  public func manyProfessionalsWarning(_ count: Int) -> String {
    "Note: \(count) professionals involved, more than 10."
  }
  public func highCostWarning(_ cost: Int) -> String {
    "Note: yearly cost \(euroAmount(cost, symbol: true)), above €100,000."
  }
  public var inventoryEmpty: String { "No one recorded yet; i adds a professional." }
  public func involvementLine(_ i: Involvement) -> String {
    var text = i.name
    let about = [i.organisation, i.role].filter { !$0.isEmpty }.joined(separator: ", ")
    if !about.isEmpty { text += " — " + about }
    text += ": " + euroAmount(i.yearlyCost, symbol: true) + " a year"
    if !i.active { text += " (no longer involved)" }
    return text
  }
  public var involvementAddTitle: String { "Add a professional involved" }
  public var involvementEditTitle: String { "Professional involved" }
  public var involvementNameLabel: String { "Name or service" }
  public var involvementOrganisationLabel: String { "Organisation" }
  public var involvementRoleLabel: String { "What they do" }
  public var involvementCostLabel: String { "Cost a year (€)" }
  public var involvementActiveLabel: String { "Still involved" }
  public func involvementSaved(_ name: String) -> String { "\(name) is in the inventory." }
  public func involvementActive(_ name: String) -> String { "\(name) is involved again." }
  public func involvementEnded(_ name: String) -> String { "\(name) is no longer involved." }

  public func basicsHeading(stable: Int, of total: Int) -> String {
    "The basics in order: finances, housing, daytime activity (\(stable) of \(total) in order)"
  }
  public func basicFormTitle(_ basic: String) -> String { "The basics: \(basic)" }
  public var basicStableLabel: String { "In order" }
  public var basicNoteLabel: String { "Note" }
  public func basicRecorded(_ basic: String, stable: Bool) -> String {
    stable ? "\(basic): in order." : "\(basic): not in order yet."
  }
  public var basicsFirst: String { "The basics first; the step-by-step plan builds on them." }

  public var planHeading: String { "One integral plan for the household" }
  public var planEmpty: String { "Empty; p adds a goal, action or agreement." }
  public var planGoal: String { "goal" }
  public var planAction: String { "action" }
  public var planAgreement: String { "agreement" }
  public func planGoalLine(_ g: HouseholdPlan.Goal) -> String {
    "Goal: \(g.text)" + (g.targetDate.map { " (by \($0.dutch))" } ?? "")
  }
  public func planActionLine(_ a: HouseholdPlan.Action) -> String {
    let done = a.status == .done ? "[x] " : (a.status == .dropped ? "[-] " : "[ ] ")
    return done + "Action: \(a.what) — \(a.ownerName)" + (a.due.map { ", by \($0.dutch)" } ?? "")
  }
  public func planAgreementLine(_ f: HouseholdPlan.Agreement) -> String { "Agreement: \(f.text)" }
  public func regisseurLine(_ name: String) -> String { "Coordinator: \(name)" }
  public func planOwner(_ owner: HouseholdPlan.Action.Owner) -> String {
    switch owner {
    case .client: return "resident"
    case .network: return "network"
    case .provider: return "provider"
    case .professional: return "professional"
    }
  }
  public var planAddTitle: String { "Plan: add" }
  public var planEditTitle: String { "Plan: change" }
  public var planNote: String { "One household, one plan, one coordinator." }
  public var planKindLabel: String { "Kind" }
  public var planTextLabel: String { "What" }
  public var planOwnerKindLabel: String { "Who (for an action)" }
  public var planOwnerLabel: String { "Name" }
  public var planDueLabel: String { "By" }
  public var planItemSaved: String { "The plan is updated." }

  public func handBackTitle(_ lane: String) -> String { "Hand back (\(lane))" }
  public var handBackNote: String {
    "Coordination goes back to a professional already involved. Cost before: the highest "
      + "yearly cost since acceptance; after: now."
  }
  public var handBackToLabel: String { "To" }
  public var evaluationHeading: String { "Evaluation" }
  public var evaluationMovement: String { "Movement in the stuck case" }
  public var evaluationCooperation: String { "Better cooperation" }
  public var evaluationPerspective: String { "Shared perspective" }
  public var evaluationAddedValue: String { "Added value of process coordination" }
  public var evaluationRating: String { "Rating" }
  public var evaluationCostBefore: String { "Cost before (€)" }
  public var evaluationCostAfter: String { "Cost after (€)" }
  public var evaluationNote: String { "Note" }
  public var badRatingTyped: String { "Rating: fill in a whole number from 1 to 10." }

  public var doorbraakHeading: String { "Breakthrough (doorbraak)" }
  public var doorbraakEmpty: String { "No decision yet; o records the breakthrough." }
  public var doorbraakTitle: String { "Record the breakthrough" }
  public var doorbraakNote: String {
    "An unorthodox, lasting solution with its reason and mandate."
  }
  public var doorbraakSolution: String { "Solution" }
  public var doorbraakReason: String { "Reason" }
  public var doorbraakMandate: String { "Mandate" }
  public var doorbraakCost: String { "Cost (€)" }
  public var doorbraakRelapse: String { "Relapse check on" }
  public var doorbraakAftercare: String { "Aftercare" }
  public var doorbraakSaved: String { "Breakthrough recorded." }
  public var doorbraakOnlyMeerTeam: String { "A breakthrough belongs to the Meer-team." }
  public func doorbraakLine(_ d: Doorbraak) -> String {
    "\(d.solution) — reason: \(d.reason); mandate: \(d.mandate); cost "
      + "\(euroAmount(d.cost, symbol: true)); decided \(d.decided.dutch)"
      + (d.aftercare.isEmpty ? "" : "; aftercare: \(d.aftercare)")
  }
  public func relapseLine(_ date: LocalDate, done: HouseholdPlan.Monitoring?, today: LocalDate)
    -> String
  {
    if let done {
      return "Relapse check done on \(done.date.dutch)"
        + (done.note.isEmpty ? "" : ": \(done.note)")
    }
    return "Relapse check \(date.dutch): \(daysText(today.days(until: date))) · v records it"
  }
  public var relapseCheckedTitle: String { "Relapse check done" }
  public var relapseNoteLabel: String { "Finding" }
  public var relapseCheckRecorded: String { "Relapse check recorded." }

  public var keyWorkspaceToggle: String { "toggle" }
  public var keyAddInvolvement: String { "professional" }
  public var keyAddPlanItem: String { "plan" }
  public var keyDoorbraak: String { "breakthrough" }
  public var keyRelapseChecked: String { "relapse check done" }
}
