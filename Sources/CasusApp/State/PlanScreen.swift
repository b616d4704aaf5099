import CasusCore

/// The one plan of a household: the regisseur, goals, actions and agreements, with the
/// arrangement from the ladder and the reminders beside them.
public struct PlanScreen: Equatable {
  public var caseID: CaseID
  /// The highlighted row (see ``PlanItem``).
  public var row: Int
  public var form: PlanFormState?
  /// Set after a first `x`: a second one removes the highlighted item.
  public var confirmingRemove: Bool

  public init(caseID: CaseID) {
    self.caseID = caseID
    self.row = 0
    self.form = nil
    self.confirmingRemove = false
  }

  /// The rows the cursor can be on, in the order they are drawn.
  public static func items(_ plan: HouseholdPlan) -> [PlanItem] {
    [.regisseur] + plan.goals.map { .goal($0.id) } + [.addGoal]
      + plan.actions.map { .action($0.id) } + [.addAction]
      + plan.agreements.map { .agreement($0.id) } + [.addAgreement]
  }
}

/// A form on the plan screen and what it records.
public struct PlanFormState: Equatable {
  public var form: EntryForm
  public var item: PlanItem
  /// For an action: the owners the "Wie" choice lists, in its order.
  public var owners: [PlanOwner]

  public init(form: EntryForm, item: PlanItem, owners: [PlanOwner] = []) {
    self.form = form
    self.item = item
    self.owners = owners
  }
}

/// Someone who can own a plan action: the client, a network member, a provider from the
/// arrangement, or the professional.
public struct PlanOwner: Equatable, Sendable {
  public var kind: HouseholdPlan.Action.Owner
  public var name: String

  public init(_ kind: HouseholdPlan.Action.Owner, _ name: String) {
    self.kind = kind
    self.name = name
  }
}

/// One row of the plan screen that the cursor can be on.
public enum PlanItem: Equatable, Sendable {
  case regisseur
  case addGoal
  case goal(String)
  case addAction
  case action(String)
  case addAgreement
  case agreement(String)
}
