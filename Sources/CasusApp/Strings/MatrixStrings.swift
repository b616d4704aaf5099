import CasusCore

/// The strings of the self-sufficiency matrix: scoring, comparison, signals, errors.
public protocol MatrixStrings {
  // Keys
  var keyScore: String { get }
  var keyNotDiscussed: String { get }
  var keyNote: String { get }
  var keyTarget: String { get }
  var keyClearTarget: String { get }
  var keyLevelDown: String { get }
  var keyLevelUp: String { get }
  var keyScoreFocused: String { get }
  var keyMeasurementDate: String { get }
  var keyUndo: String { get }
  var keyOtherMeasurement: String { get }
  var keyOtherSeries: String { get }
  var keyMeasure: String { get }
  var keyCompare: String { get }
  var keyScoreFromConversation: String { get }
  var commandMeasure: String { get }
  var commandCompare: String { get }

  // Scoring screen
  var scoringTitle: String { get }
  var measurementDateLabel: String { get }
  func scoredCount(_ n: Int, of total: Int) -> String
  func previousMeasurement(_ date: String) -> String
  var domainColumn: String { get }
  var targetColumn: String { get }
  var previousColumn: String { get }
  var noteColumn: String { get }
  var descriptorLabel: String { get }
  var noNote: String { get }
  func targetPrompt(_ domain: String) -> String
  var nothingToUndo: String { get }
  var discardScores: String { get }
  func scoringIncomplete(_ domains: [String]) -> String
  var measurementSaved: String { get }
  var noMatrix: String { get }

  // Comparison view
  var comparisonTitle: String { get }
  func measurementOf(_ n: Int, _ total: Int) -> String
  func otherSeries(_ n: Int) -> String
  var currentColumn: String { get }
  var differenceColumn: String { get }
  var historyColumn: String { get }
  func declinedLine(_ domains: [String]) -> String
  func scoredByLine(_ who: String, _ date: String) -> String
  var noMeasurements: String { get }
  var measurementsHeading: String { get }

  // Signals, detail pane and list
  /// The prompt when a domain is at level 1: act now, safety first.
  func acutePrompt(_ domains: [String]) -> String
  func acuteBadge(_ domains: [String]) -> String
  /// A short word in rows and lists (`acuut`).
  var acuteMarker: String { get }
  func matrixSummary(_ title: String, count: Int, last: String) -> String
  func declinedSummary(_ domains: [String]) -> String

  // History and errors
  func matrixMeasuredSummary(_ event: CaseEvent) -> String
  func matrixError(_ error: MatrixError) -> String
  func matrixChoiceFailure(_ failure: MatrixChoice.Failure) -> String
}
