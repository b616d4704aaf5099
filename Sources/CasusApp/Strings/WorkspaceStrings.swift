import CasusCore

/// The words of the procescoördinatie and Meer-team workspaces.
public protocol WorkspaceStrings {
  func workspaceTitle(_ lane: String, _ household: String) -> String
  func workspaceNeedsAcceptance(_ state: String) -> String
  func handoverDeadline(_ deadline: HandoverDeadline, days: Int) -> String
  /// The Termijnen view's summary of a handover date: `nog 181 dagen (uiterlijk 25-05-2027)`.
  func handoverDeadlineSummary(_ deadline: HandoverDeadline, days: Int) -> String
  var consultNote: String { get }
  var confirmRemove: String { get }
  var workspaceItemRemoved: String { get }
  /// `€ 120.000`, or `120.000` without the symbol (for a field to edit).
  func euroAmount(_ euros: Int, symbol: Bool) -> String
  var euroPlaceholder: String { get }
  func badAmount(_ field: String) -> String

  // Inventory
  func inventoryHeading(_ count: Int, cost: Int) -> String
  func manyProfessionalsWarning(_ count: Int) -> String
  func highCostWarning(_ cost: Int) -> String
  var inventoryEmpty: String { get }
  func involvementLine(_ i: Involvement) -> String
  var involvementAddTitle: String { get }
  var involvementEditTitle: String { get }
  var involvementNameLabel: String { get }
  var involvementOrganisationLabel: String { get }
  var involvementRoleLabel: String { get }
  var involvementCostLabel: String { get }
  var involvementActiveLabel: String { get }
  func involvementSaved(_ name: String) -> String
  func involvementActive(_ name: String) -> String
  func involvementEnded(_ name: String) -> String

  // Basics
  func basicsHeading(stable: Int, of total: Int) -> String
  func basicFormTitle(_ basic: String) -> String
  var basicStableLabel: String { get }
  var basicNoteLabel: String { get }
  func basicRecorded(_ basic: String, stable: Bool) -> String
  var basicsFirst: String { get }

  // Plan
  var planHeading: String { get }
  var planEmpty: String { get }
  var planGoal: String { get }
  var planAction: String { get }
  var planAgreement: String { get }
  func planGoalLine(_ goal: HouseholdPlan.Goal) -> String
  func planActionLine(_ action: HouseholdPlan.Action) -> String
  func planAgreementLine(_ agreement: HouseholdPlan.Agreement) -> String
  func regisseurLine(_ name: String) -> String
  func planOwner(_ owner: HouseholdPlan.Action.Owner) -> String
  var planAddTitle: String { get }
  var planEditTitle: String { get }
  var planNote: String { get }
  var planKindLabel: String { get }
  var planTextLabel: String { get }
  var planOwnerKindLabel: String { get }
  var planOwnerLabel: String { get }
  var planDueLabel: String { get }
  var planItemSaved: String { get }

  // Hand back and evaluation
  func handBackTitle(_ lane: String) -> String
  var handBackNote: String { get }
  var handBackToLabel: String { get }
  var evaluationHeading: String { get }
  var evaluationMovement: String { get }
  var evaluationCooperation: String { get }
  var evaluationPerspective: String { get }
  var evaluationAddedValue: String { get }
  var evaluationRating: String { get }
  var evaluationCostBefore: String { get }
  var evaluationCostAfter: String { get }
  var evaluationNote: String { get }
  var badRatingTyped: String { get }

  // Doorbraak
  var doorbraakHeading: String { get }
  var doorbraakEmpty: String { get }
  var doorbraakTitle: String { get }
  var doorbraakNote: String { get }
  var doorbraakSolution: String { get }
  var doorbraakReason: String { get }
  var doorbraakMandate: String { get }
  var doorbraakCost: String { get }
  var doorbraakRelapse: String { get }
  var doorbraakAftercare: String { get }
  var doorbraakSaved: String { get }
  var doorbraakOnlyMeerTeam: String { get }
  func doorbraakLine(_ d: Doorbraak) -> String
  func relapseLine(_ date: LocalDate, done: HouseholdPlan.Monitoring?, today: LocalDate) -> String
  var relapseCheckedTitle: String { get }
  var relapseNoteLabel: String { get }
  var relapseCheckRecorded: String { get }

  // Keys
  var keyWorkspaceToggle: String { get }
  var keyAddInvolvement: String { get }
  var keyAddPlanItem: String { get }
  var keyDoorbraak: String { get }
  var keyRelapseChecked: String { get }
}
