import CasusCore

/// The words of the verslag (the written report the client receives) and its screens.
public protocol VerslagStrings {
  var verslagTitle: String { get }
  func verslagIntro(_ household: String) -> String
  var verslagCaseLabel: String { get }
  var verslagConversationDate: String { get }
  var verslagWrittenBy: String { get }
  var verslagConsentHeading: String { get }
  func verslagConsent(record: Bool?, involve: Bool?) -> [String]
  var verslagConversationHeading: String { get }
  var verslagNotRecorded: String { get }
  var verslagSkipped: String { get }
  var verslagNoConversation: String { get }
  func verslagNetworkLine(_ member: NetworkMember) -> String
  var verslagSafetyAttention: String { get }
  var verslagDatesHeading: String { get }
  var verslagNextStepHeading: String { get }
  var verslagNoNextStep: String { get }
  var verslagResponseHeading: String { get }
  func verslagResponseFrom(_ date: String) -> String
  var verslagNoResponse: String { get }
  var verslagRespondHint: String { get }
  func verslagMadeOn(_ date: String) -> String
  // In the app
  var keyVerslag: String { get }
  var commandVerslag: String { get }
  var commandResponse: String { get }
  var keyResponse: String { get }
  var keyExportFile: String { get }
  var keyVerslagSent: String { get }
  func verslagWritten(_ paths: String) -> String
  var verslagSentRecorded: String { get }
  var responseTitle: String { get }
  var responseDateLabel: String { get }
  var responseTextLabel: String { get }
  var responseSaved: String { get }
  var noCaseSelected: String { get }
  var verslagNoNetwork: String { get }
  func verslagDomainsNotDiscussed(_ names: [String]) -> String
  func verslagDomainsSkipped(_ names: [String]) -> String
  var discardResponse: String { get }
  func conversationProgress(done: Int, total: Int, time: String) -> String
  /// A milestone date as a form label (short enough for the label column).
  func milestoneLabel(_ field: CaseField) -> String
}
