import CasusCore
import TerminalUI

/// The matrix in the detail pane: the acute marker for the top, and a summary of the latest
/// series (one line per domain: previous → current, ▼ when it went down).
func matrixDetailLines(_ file: CaseFile, state: AppState, width: Int, theme: Theme) -> (
  top: [StyledLine], body: [StyledLine]
) {
  let s = state.strings
  let lang = state.language.rawValue
  guard let latest = file.state.latestMeasurement else { return ([], []) }
  let definition = state.matrices.definition(latest.reference)
  func name(_ id: String) -> String { definition?.domain(id)?.name.text(lang) ?? id }
  var top: [StyledLine] = []
  let acute = file.state.acuteDomains.map(name)
  if !acute.isEmpty {
    top += s.acuteBadge(acute).wrapped(toWidth: width).map { StyledLine($0, theme.error) }
  }
  let series = file.state.series(latest.reference)
  var body: [StyledLine] = []
  let title = definition?.title.text(lang) ?? latest.reference.description
  body += s.matrixSummary(title, count: series.count, last: latest.date.dutch)
    .wrapped(toWidth: width).map { StyledLine($0, theme.heading) }
  let declined = file.state.declinedDomains.map(name)
  if !declined.isEmpty {
    body += s.declinedSummary(declined).wrapped(toWidth: width - 2).map {
      StyledLine("  " + $0, theme.error)
    }
  }
  guard let comparison = MatrixComparison(series: series) else { return (top, body) }
  let nameWidth = max(10, min(30, width - 16))
  for row in comparison.rows {
    func score(_ v: Int?) -> String { v.map(String.init) ?? "nb" }
    var change = score(row.current)
    if comparison.previous != nil { change = score(row.previous) + " → " + change }
    if row.trend == .down { change += " ▼" } else if row.trend == .up { change += " ▲" }
    if row.current == 1 { change += " " + s.acuteMarker }
    let line =
      "  " + name(row.domain).truncated(toWidth: nameWidth).padded(toWidth: nameWidth)
      + " " + Sparkline.bar(row.current) + " " + change
    body.append(
      StyledLine(
        line.truncated(toWidth: width),
        row.current == 1 || row.trend == .down ? theme.error : .plain))
  }
  body.append(StyledLine(""))
  return (top, body)
}
