import CasusCore

/// The words of the triage queue and of the history.
public protocol TriageStrings {
  var triageTitle: String { get }
  var triageEmpty: String { get }
  func triageSort(_ sort: TriageScreen.Sort) -> String
  var onlyRegisteredLabel: String { get }
  func registeredOn(_ date: String) -> String
  func signalCount(_ n: Int) -> String
  var signalsTitle: String { get }
  func signalsHeading(_ household: String, score: Int) -> String
  var noSignals: String { get }
  var noRegistration: String { get }
  func signalName(_ kind: StuckSignal.Kind) -> String
  /// The signal with its evidence, as one line: `12 professionals betrokken (meer dan 10)`.
  func signalEvidence(_ signal: StuckSignal) -> String
  var keyAcceptRegistration: String { get }
  var keySignalFilter: String { get }
  var keyOnlyRegistered: String { get }
  var keySort: String { get }

  // History
  func historyTitle(_ household: String) -> String
  /// What happened, in words: `overdracht H1 aangemeld`.
  func historyWhat(_ event: CaseEvent) -> String
  /// The change as `old → new`, when the event has one.
  func historyChange(_ event: CaseEvent) -> String?
  /// A handover, involvement or view event in the detail pane's short history.
  func handoverEventSummary(_ event: CaseEvent) -> String?
}
