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
  /// The report screen (`:rapport`).
  var rapportKeyGrouping: String { get }
  var rapportComputing: String { get }
  func rapportCounted(_ cases: Int, unreadable: Int) -> String
  func rapportGrouping(_ grouping: RapportScreen.Grouping) -> String
  /// A quarter's label in the charts: `2026 K4`.
  func rapportQuarter(year: Int, quarter: Int) -> String
  func rapportBadDate(_ text: String) -> String
  var rapportNoTrend: String { get }
  var commandRapport: String { get }
  var keyRapport: String { get }
}
