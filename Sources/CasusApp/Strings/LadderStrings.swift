import CasusCore

/// The strings of the ladder, the sociale kaart, the safety lane and the municipality
/// profile: screens, forms, messages and the history.
public protocol LadderStrings {
  // Keys and commands
  var keyEditRung: String { get }
  var keySearchKaart: String { get }
  var keyNetworkOnRung: String { get }
  var keyNewNeed: String { get }
  var keyOtherPane: String { get }
  var keyOfferStatus: String { get }
  var keyChangeNeed: String { get }
  var keyRemoveOffer: String { get }
  var keyCloseNeed: String { get }
  var keyCloseScreen: String { get }
  var keyLadder: String { get }
  var keySafetyLane: String { get }
  var keyNextOrSave: String { get }
  var keyTick: String { get }
  var keyChooseItem: String { get }
  var keyNextReason: String { get }
  var keyPreviousReason: String { get }
  var keyRecordStep: String { get }
  var keySafetyReason: String { get }
  var keyOpenSafetyLane: String { get }
  var keyCloseSafetyLane: String { get }
  var commandLadder: String { get }
  var commandSafety: String { get }

  // The ladder screen
  var needsTitle: String { get }
  var arrangementEntry: String { get }
  var arrangementTitle: String { get }
  var noNeedsHint: String { get }
  var closedMarker: String { get }
  var ladderSafetyBanner: String { get }
  var domainLabel: String { get }
  func matrixScoreShort(_ score: Int?, target: Int?) -> String
  func changeLine(_ change: LadderChange) -> String
  var needClosedLine: String { get }
  /// What was decided on a rung, in a few words (`bekeken · volstaat niet`).
  func rungStatus(_ decision: RungDecision, lighterSuffices: Bool) -> String
  var beschikkingRungNote: String { get }
  var networkLabel: String { get }
  func unreachableName(_ name: String) -> String
  var whyNotEnough: String { get }
  var skippedBecause: String { get }
  /// Where an offer stands now (`loopt sinds 25-11-2026`).
  func offerStatus(_ offer: ArrangedOffer) -> String
  /// Every date of an offer (`gevraagd 25-11-2026 · loopt sinds 06-01-2027`).
  func offerHistory(_ offer: ArrangedOffer) -> String
  func offerStatusName(_ status: ArrangedOffer.Status) -> String
  func decisionName(_ decision: Voorziening.Decision?) -> String
  func voorzieningForm(_ form: Voorziening.Form?) -> String
  func sufficiency(_ value: Sufficiency?) -> String
  func clockShort(_ status: ClockStatus) -> String
  func clockTitle(_ clock: CaseClock) -> String
  func laneLine(_ name: String, _ criteria: [String]) -> String
  var arrangementIntro: String { get }
  var arrangementEmpty: String { get }
  var arrangementEnded: String { get }
  var chooseNeedFirst: String { get }
  var statusNeedsOffer: String { get }
  var confirmRemoveOffer: String { get }
  func offerRemoved(_ name: String) -> String
  var offerAlreadyEnded: String { get }
  func offerStatusChanged(_ name: String, _ status: String) -> String
  var noProfile: String { get }

  // Pickers
  var newNeedTitle: String { get }
  var newNeedPrompt: String { get }
  var newNeedEmpty: String { get }
  func suggestedByScore(_ score: Int) -> String
  var suggestedByConversation: String { get }
  var suggestedTag: String { get }
  func ownQuestion(_ text: String) -> String
  var ownQuestionDetail: String { get }
  func kaartTitle(_ rung: String) -> String
  var kaartPrompt: String { get }
  var kaartEmpty: String { get }
  var alreadyChosen: String { get }
  func cost(_ cost: SocialeKaart.Offer.Cost) -> String
  func ownOffer(_ text: String) -> String
  var ownOfferDetail: String { get }
  var notReachable: String { get }
  var notInNetworkList: String { get }
  var networkPickerTitle: String { get }
  var networkPickerPrompt: String { get }
  var networkPickerEmpty: String { get }
  var networkSaved: String { get }

  // Forms
  var discardForm: String { get }
  var reasonLabel: String { get }
  var dateLabel: String { get }
  var noteLabel: String { get }
  func rungFormTitle(_ rung: String) -> String
  var consideredLabel: String { get }
  var networkNoteLabel: String { get }
  var rungNoteLabel: String { get }
  var sufficesLabel: String { get }
  func offerFormTitle(_ rung: String) -> String
  var beschikkingIntro: String { get }
  var offerNameLabel: String { get }
  var offerStatusLabel: String { get }
  var requestedLabel: String { get }
  var startedLabel: String { get }
  var endedLabel: String { get }
  var aanvraagLabel: String { get }
  var decisionLabel: String { get }
  var decidedLabel: String { get }
  var motivationLabel: String { get }
  var voorzieningStartLabel: String { get }
  var voorzieningEndLabel: String { get }
  var voorzieningFormLabel: String { get }
  func changeTitle(_ need: String) -> String
  var changeIntro: String { get }
  var directionLabel: String { get }
  func direction(_ direction: LadderChange.Direction) -> String
  func closeNeedTitle(_ need: String) -> String
  var closeNeedIntro: String { get }

  // Messages after a change
  func rungSaved(_ rung: String) -> String
  var offerNameMissing: String { get }
  var aanvraagMissing: String { get }
  func offerSaved(_ name: String) -> String
  func changeSaved(_ direction: LadderChange.Direction) -> String
  func needClosed(_ need: String) -> String
  func needOpened(_ need: String) -> String

  // Comply or explain
  var reasonsTitle: String { get }
  func reasonsIntro(_ heavier: String) -> String
  func reasonQuestion(_ rung: String, _ n: Int, of total: Int) -> String
  var reasonsKeys: String { get }
  func reasonRequired(_ rung: String) -> String
  var reasonsNotSaved: String { get }
  func reasonsSaved(_ count: Int) -> String

  // The safety lane
  var safetyTitle: String { get }
  func safetyOpenLine(_ opened: String, _ source: String) -> String
  func safetySource(_ source: SafetyLane.Source) -> String
  func safetyClosedLine(_ opened: String, _ closed: String) -> String
  func closeReasonLine(_ reason: String) -> String
  var safetyNothingBlocked: String { get }
  var safetyNoLane: String { get }
  var safetyUrgentWithoutLane: String { get }
  var chainHeading: String { get }
  var outcomeLabel: String { get }
  var openSafetyTitle: String { get }
  var openSafetyIntro: String { get }
  var safetyReasonTitle: String { get }
  var closeSafetyTitle: String { get }
  var closeSafetyIntro: String { get }
  var safetyLaneOpened: String { get }
  var chainStepSaved: String { get }
  var safetyLaneClosed: String { get }
  var safetyLaneOpenedNotice: String { get }
  func safetyLaneOpenedAcute(_ domains: [String]) -> String
  var safetyReasonFromConversation: String { get }
  func safetyReasonFromMatrix(_ domains: [String], date: String) -> String

  // Urgency, the detail pane, the title bar
  /// The word in every list (`! urgent`): never colour alone.
  var urgentMarker: String { get }
  func urgencyLine(_ reason: UrgencyReason, domains: ([String]) -> [String]) -> String
  func profileBadge(_ name: String) -> String
  func ladderHeading(_ profile: String?) -> String
  func needSummary(_ need: String, offers: Int, closed: Bool, changes: Int) -> String
  func arrangementSummary(_ offers: [ArrangedOffer]) -> String
  func processProblem(_ problem: ProcessLibrary.Problem) -> String

  // History
  /// The history line of a ladder, safety or plan event; `nil` for other events.
  func ladderEventSummary(_ event: CaseEvent) -> String?
}
