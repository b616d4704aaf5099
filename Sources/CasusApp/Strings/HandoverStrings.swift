import CasusCore

/// The words of handovers, roles, the triage queue and the history.
public protocol HandoverStrings {
  /// A refused handover step, in the user's words.
  func handoverError(_ error: CaseError) -> String
  func handoverState(_ state: HandoverState) -> String
  func lane(_ kind: MunicipalityProfile.Lane.Kind) -> String
  func basic(_ basic: Basic) -> String
  func consentKind(_ kind: HandoverConsent.Kind) -> String
  func section(_ section: HandoverPackage.Section) -> String

  // Who is working
  func userRole(_ role: UserRole) -> String
  /// `Anna de Vries · procescoördinator` for the title bar and messages.
  func userLabel(_ user: LocalUser) -> String
  var userFormFirstTitle: String { get }
  var userFormTitle: String { get }
  var userFormWhy: String { get }
  var userNameLabel: String { get }
  var userRoleLabel: String { get }
  var userNameMissing: String { get }
  func userNow(_ label: String) -> String
  func userSessionOnly(_ label: String) -> String
  func userNotSaved(_ reason: String) -> String
  func unknownRole(_ word: String) -> String
  var commandRole: String { get }
  var commandName: String { get }
  var keyRole: String { get }
  var keyName: String { get }

  // Queues
  var handoversHeading: String { get }
  func handoverDeadlineShort(_ deadline: HandoverDeadline) -> String
  func queueTitle(_ role: UserRole) -> String
  func queueTab(_ tab: HandoverQueue.Tab) -> String
  func queueEmpty(_ tab: HandoverQueue.Tab) -> String
  var handoverDetailTitle: String { get }
  func submittedOn(_ date: String) -> String
  func acceptedOn(_ date: String) -> String
  func fromTo(_ from: String, _ to: String) -> String
  var reasonsLabel: String { get }
  var groundLabel: String { get }
  func declinedBecause(_ reason: String) -> String
  func returnedTo(_ to: String, _ date: String) -> String
  func closedBecause(_ reason: String, _ date: String) -> String
  func evaluationSummary(_ e: HandoverEvaluation) -> String
  func promptTitle(_ purpose: ReasonPrompt.Purpose) -> String
  func notYourLane(_ role: UserRole) -> String
  var resubmitOnlyDeclined: String { get }
  func handoverAccepted(_ household: String) -> String
  var handoverStarted: String { get }
  func handoverDeclined(_ sender: String) -> String
  var handoverClosed: String { get }
  func handedBack(_ to: String) -> String

  // The registration form and its preview
  func handoverFormTitle(_ household: String) -> String
  var handoverFormNote: String { get }
  var handoverLaneLabel: String { get }
  var handoverToLabel: String { get }
  var handoverToColleague: String { get }
  func handoverReasonsHeading(_ lane: MunicipalityProfile.Lane.Kind) -> String
  var handoverQuestionLabel: String { get }
  var handoverWhyStuckLabel: String { get }
  var optionalPlaceholder: String { get }
  var handoverConsentLabel: String { get }
  func consentDetailLabel(_ kind: HandoverConsent.Kind) -> String
  func consentDetailPlaceholder(_ kind: HandoverConsent.Kind) -> String
  var handoverSectionsHeading: String { get }
  var noLanes: String { get }
  func handoverAlreadyOpen(_ to: String, _ state: String) -> String
  var previewTitle: String { get }
  var previewIntro: String { get }
  func handoverSent(_ to: String, _ household: String) -> String
  var handoverConceptSaved: String { get }

  // The package
  func packageTitle(_ id: String, _ lane: String, _ household: String) -> String
  var packageCase: String { get }
  var packageFrom: String { get }
  var packageTo: String { get }
  var packageState: String { get }
  var packageExported: String { get }
  var packageSummary: String { get }
  func packageSummaryText(_ summary: HandoverPackage.Document.Summary) -> String
  var packageUrgent: String { get }
  var packageNotGiven: String { get }
  var packageNothingRecorded: String { get }
  var packageNoSafetyLane: String { get }
  var packageWhatGoes: String { get }
  var packageSent: String { get }
  var packageNotSent: String { get }
  var notDiscussedShort: String { get }
  var needClosedShort: String { get }
  func rungDecisionSummary(_ decision: RungDecision) -> String
  func ladderChangeSummary(_ change: LadderChange) -> String
  func safetyLaneSummary(_ lane: SafetyLane) -> String
  /// The household name used when the household was not sent along.
  var importedHousehold: String { get }
  var importedQuestion: String { get }

  // Keys
  var keyHandover: String { get }
  var keyQueue: String { get }
  var keyTriage: String { get }
  var keyHistory: String { get }
  var keyToggle: String { get }
  var keyRecord: String { get }
  var keyOtherQueue: String { get }
  var keyOpenHandover: String { get }
  var keyAcceptHandover: String { get }
  var keyDeclineHandover: String { get }
  var keyStartHandover: String { get }
  var keyHandBack: String { get }
  var keyCloseHandover: String { get }
  var keyResubmit: String { get }
  var keyStateFilter: String { get }
  var keyToList: String { get }
  var keySendHandover: String { get }
  var keySaveConcept: String { get }
  var keyBackToForm: String { get }
  var keyPreview: String { get }
  var commandHandover: String { get }
  var commandQueue: String { get }
  var commandTriage: String { get }
  var commandHistory: String { get }
}
