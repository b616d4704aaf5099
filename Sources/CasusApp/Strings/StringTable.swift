import CasusCore
import CasusStore

/// Every piece of text the app shows, in one place per language.
///
/// A protocol rather than a dictionary so the compiler refuses a language that misses a
/// string. Views never contain literal user-facing text.
public protocol StringTable: Sendable, VerslagStrings, MatrixStrings, HandoverStrings,
  WorkspaceStrings, TriageStrings, RapportStrings, ReliabilityStrings, LadderStrings,
  PlanStrings, DemoStrings
{
  // Frame
  var appName: String { get }
  var readOnlyBadge: String { get }
  var caseListTitle: String { get }
  var detailTitle: String { get }
  func caseCount(_ n: Int) -> String
  func filterSummary(shown: Int, total: Int) -> String
  var noCasesYet: String { get }
  var noCasesHint: String { get }
  var noMatches: String { get }
  var saved: String { get }
  func savedAt(_ time: String) -> String
  var unsaved: String { get }
  func registered(_ id: String) -> String
  var changesSaved: String { get }
  func tooSmall(_ size: String, minimum: String) -> String
  var tooSmallHint: String { get }

  // Detail
  var phaseLabel: String { get }
  var meldingLabel: String { get }
  var regieLabel: String { get }
  var questionHeading: String { get }
  var householdHeading: String { get }
  var historyHeading: String { get }
  var revisionLabel: String { get }
  func age(_ years: Int) -> String
  func phase(_ phase: Phase) -> String
  func source(_ source: Melding.Source) -> String
  func role(_ role: Member.Role) -> String
  func regieHolder(_ holder: Regie.Holder) -> String
  func eventSummary(_ event: CaseEvent) -> String
  func field(_ field: CaseField) -> String
  func stepStatus(_ status: StepStatus) -> String
  func law(_ law: Law) -> String
  var readOnlyCase: String { get }

  // Form
  var newMeldingTitle: String { get }
  func editTitle(_ name: String) -> String
  var membersHeading: String { get }
  func memberHeading(_ n: Int) -> String
  var memberName: String { get }
  var memberBorn: String { get }
  var memberRole: String { get }
  var addMember: String { get }
  var householdName: String { get }
  var householdNamePlaceholder: String { get }
  var question: String { get }
  var questionPlaceholder: String { get }
  var sourceLabel: String { get }
  var meldingDate: String { get }
  var regieHolderLabel: String { get }
  var regieNameLabel: String { get }
  var dateFormatHint: String { get }
  func badDate(_ field: String) -> String
  var discardChanges: String { get }
  var nothingChanged: String { get }
  var cancelled: String { get }
  func caseError(_ error: CaseError) -> String
  func storeError(_ error: StoreError) -> String
  var quitUnsaved: String { get }

  // Filter, command line, help
  var filterPrompt: String { get }
  func unknownCommand(_ text: String) -> String
  var helpTitle: String { get }
  var helpCommandsHeading: String { get }
  var helpClose: String { get }
  var problemsTitle: String { get }
  func problemsNotice(_ n: Int) -> String
  func problemKind(_ kind: StoreProblem.Kind) -> String
  var noProblems: String { get }

  // Key hints (shown in the hint bar and the help overlay)
  var keyUp: String { get }
  var keyDown: String { get }
  var keyTop: String { get }
  var keyBottom: String { get }
  var keyPageUp: String { get }
  var keyPageDown: String { get }
  var keyOpen: String { get }
  var keyNew: String { get }
  var keyEdit: String { get }
  var keyFilter: String { get }
  var keyCommand: String { get }
  var keyHelp: String { get }
  var keyQuit: String { get }
  var keyRedraw: String { get }
  var keyProblems: String { get }
  var keyBack: String { get }
  var keyNextField: String { get }
  var keyPreviousField: String { get }
  var keySave: String { get }
  var keyCancel: String { get }
  var keyChoose: String { get }
  var keyAddMember: String { get }
  var keyRemoveMember: String { get }
  var keyAccept: String { get }
  var keyClear: String { get }
  var keyRun: String { get }

  // Commands (`:` line): the words the user types, and what they do.
  var commandNew: String { get }
  var commandSearch: String { get }
  var commandEdit: String { get }
  var commandHelp: String { get }
  var commandProblems: String { get }
  var commandQuit: String { get }
  var keyConversation: String { get }
  var keyNextStep: String { get }
  var keyPreviousStep: String { get }
  var keyStepsList: String { get }
  var keyEditor: String { get }
  var keyMarkDone: String { get }
  var keySkip: String { get }
  var keySafety: String { get }
  var keyConsentRecord: String { get }
  var keyConsentInvolve: String { get }
  var keyExternalEditor: String { get }
  var keyPause: String { get }
  var keyAddPerson: String { get }
  var keyRemovePerson: String { get }
  var commandConversation: String { get }
  var conversationTitle: String { get }
  func conversationTimer(_ text: String) -> String
  var notesHeading: String { get }
  var safetyBadge: String { get }
  var safetyRaised: String { get }
  var safetyWithdrawn: String { get }
  var consentRecord: String { get }
  var consentInvolve: String { get }
  var networkHeading: String { get }
  var networkEmpty: String { get }
  var networkName: String { get }
  var networkRelation: String { get }
  var networkCanDo: String { get }
  var networkCannotDo: String { get }
  var networkReachable: String { get }
  var yes: String { get }
  var no: String { get }
  var networkNameMissing: String { get }
  var conversationSaved: String { get }
  var noGuide: String { get }
  func recoverPrompt(_ name: String, _ time: String) -> String
  var recoverKeys: String { get }
  var recoverTitle: String { get }
  var draftRecovered: String { get }
  var draftDiscarded: String { get }
  var editorUnavailable: String { get }
  func draftFailed(_ reason: String) -> String
  func clockSummary(_ status: ClockStatus) -> String
  func clockLabel(_ status: ClockStatus) -> String
  var clocksHeading: String { get }
  var noClocks: String { get }
  var deadlinesTitle: String { get }
  var deadlinesEmpty: String { get }
  var keyDeadlines: String { get }
  var commandDeadlines: String { get }
  var lawLabel: String { get }
  var clientSupportLabel: String { get }
  func optionalBool(_ value: Bool?) -> String
  var milestonesHeading: String { get }
  var clientSupportShort: String { get }
  func clientSupportValue(_ value: Bool?) -> String
}
