import CasusCore

/// The strings of the household plan, the agenda of reminders and the plan document.
public protocol PlanStrings {
  // Keys and commands
  var keyPlan: String { get }
  var keyAgenda: String { get }
  var keyEditOrAdd: String { get }
  var keyActionStatus: String { get }
  var keyPlanDocument: String { get }
  var keyRemoveItem: String { get }
  var keyDealtWith: String { get }
  var commandPlan: String { get }
  var commandAgenda: String { get }

  // The plan screen
  var planTitle: String { get }
  var regisseurLabel: String { get }
  var noRegisseur: String { get }
  var goalsHeading: String { get }
  var actionsHeading: String { get }
  var agreementsHeading: String { get }
  var addGoal: String { get }
  var addAction: String { get }
  var addAgreement: String { get }
  func goalLine(_ goal: HouseholdPlan.Goal, domain: String?) -> String
  func actionLine(_ action: HouseholdPlan.Action) -> String
  func actionStatus(_ status: HouseholdPlan.Action.Status) -> String
  func owner(_ kind: HouseholdPlan.Action.Owner) -> String
  var arrangementEmptyShort: String { get }
  var remindersHeading: String { get }
  var monitoringHeading: String { get }
  func planSummary(regisseur: String?, goals: Int, actions: Int) -> String

  // Forms and messages
  var regisseurTitle: String { get }
  var regisseurIntro: String { get }
  var newGoalTitle: String { get }
  var goalTitle: String { get }
  var goalDomainLabel: String { get }
  var noDomain: String { get }
  var goalTextLabel: String { get }
  var targetLevelLabel: String { get }
  var noTarget: String { get }
  var targetDateLabel: String { get }
  var newActionTitle: String { get }
  var actionTitle: String { get }
  var actionWhatLabel: String { get }
  var actionOwnerLabel: String { get }
  var actionDueLabel: String { get }
  var actionStatusLabel: String { get }
  var newAgreementTitle: String { get }
  var agreementTitle: String { get }
  var agreementLabel: String { get }
  var planSaved: String { get }
  var confirmRemoveItem: String { get }
  var itemRemoved: String { get }
  var statusNeedsAction: String { get }
  func actionStatusChanged(_ what: String, _ status: String) -> String
  func planWritten(_ paths: String) -> String

  // Reminders and the agenda
  /// What a reminder asks, in a few words.
  func reminderText(_ reminder: Reminder) -> String
  /// A reminder in one row: date, overdue or not, what.
  func reminderRow(_ reminder: Reminder, today: LocalDate) -> String
  /// When a reminder is due, for the agenda's first column.
  func reminderDue(_ due: LocalDate, today: LocalDate) -> String
  /// The nearest reminder for the status line.
  func reminderStatus(_ reminder: Reminder, today: LocalDate) -> String
  func reminderDealtWith(_ subject: String) -> String
  func dealtWithTitle(_ reminder: String) -> String
  var dealtWithIntro: String { get }
  var agendaTitle: String { get }
  var agendaEmpty: String { get }

  // The plan document
  func planDocTitle(_ household: String) -> String
  func planDocIntro(_ household: String) -> String
  var planDocProfile: String { get }
  var planDocMadeOn: String { get }
  var planDocNetworkHeading: String { get }
  var planDocSafetyHeading: String { get }
  func planDocSafetyOpen(_ opened: String, _ reason: String) -> String
  func planDocSafetyClosed(_ opened: String, _ reason: String, _ closed: String, _ why: String)
    -> String
  var planDocLadderHeading: String { get }
  var planDocNoNeeds: String { get }
  var planDocLadderIntro: String { get }
  var planDocChosen: String { get }
  var planDocAanvragenHeading: String { get }
  var planDocNoAanvragen: String { get }
  func planDocAanvraag(_ offer: String, _ date: String) -> String
  func planDocDecision(_ voorziening: Voorziening) -> String
  var planDocNoGoals: String { get }
  var planDocNoActions: String { get }
  var planDocNoAgreements: String { get }
  var planDocMonitoringHeading: String { get }
  func planDocMonitoringIntro(_ weeks: Int) -> String
  var planDocMonitoredNoNote: String { get }
  var planDocComingUp: String { get }
  var planDocRespondHint: String { get }
}
