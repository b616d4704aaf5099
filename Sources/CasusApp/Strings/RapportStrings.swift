import CasusCore

/// The words of the monitoring report.
public protocol RapportStrings {
  var rapportTitle: String { get }
  func rapportPeriod(_ from: String?, _ to: String?) -> String
  /// The heading of a figure.
  func rapportFigure(_ id: String) -> String
  /// The label of a row; keys hold ids (`rung:eigen-kracht`, `wmo:financien:improved`).
  func rapportRow(figure: String, key: String) -> String
  var rapportSuppressed: String { get }
  var rapportSuppressedNote: String { get }
  func rapportDays(_ days: Double) -> String
}
