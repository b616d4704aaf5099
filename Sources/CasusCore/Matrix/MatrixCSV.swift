/// The monitoring export: one row per case × meetmoment × domain.
///
/// RFC 4180: a header row, CRLF line ends, and a field quoted when it holds a comma, a
/// quote or a line break (quotes doubled). Notes and names are left out on purpose: the
/// export is for monitoring and carries no free text about the client.
public enum MatrixCSV {
  /// The column names, in order.
  public static let header = [
    "case_id", "meetmoment", "date", "definition_id", "definition_version", "domain", "score",
    "target",
  ]

  /// The rows (without the header) for these cases.
  ///
  /// Cases in the given order, meetmomenten by date, domains in the order they were scored.
  /// A domain that was not discussed has an empty score; one without a target an empty target.
  public static func rows(_ cases: [CaseFile]) -> [[String]] {
    var out: [[String]] = []
    for file in cases {
      for (n, measurement) in file.state.measurementsByDate.enumerated() {
        for entry in measurement.scores {
          out.append([
            file.id.rawValue, String(n + 1), measurement.date.description,
            measurement.definitionID, String(measurement.definitionVersion), entry.domain,
            entry.score.map(String.init) ?? "", entry.target.map(String.init) ?? "",
          ])
        }
      }
    }
    return out
  }

  /// The whole document: header and rows.
  public static func document(_ cases: [CaseFile]) -> String {
    ([header] + rows(cases)).map(line).joined()
  }

  /// One CSV line with its CRLF.
  public static func line(_ fields: [String]) -> String {
    fields.map(quote).joined(separator: ",") + "\r\n"
  }

  /// A field as CSV: quoted only when it must be.
  public static func quote(_ field: String) -> String {
    let special = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
    guard special else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
