import CasusCore
import TerminalUI

/// The comparison view: per domain the previous and current score, the difference, the
/// target and a chart over every meetmoment so far.
func drawComparison(
  _ view: ComparisonScreen, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let lang = state.language.rawValue
  let file = state.caseFile(view.caseID)
  let definition = state.matrices.definition(view.reference)
  let title = definition?.title.text(lang) ?? view.reference.description
  screen.box(
    rect, title: "\(s.comparisonTitle) · \(title) · \(file?.state.household.name ?? "")",
    style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard let file, inner.height >= 6,
    let comparison = MatrixComparison(series: file.state.series(view.reference), index: view.index)
  else { return }
  var info =
    s.measurementOf(comparison.index + 1, comparison.count) + " · "
    + comparison.current.date.dutch
  if let previous = comparison.previous {
    info += " · " + s.previousMeasurement(previous.date.dutch)
  }
  let others = file.state.measurementReferences.filter { $0 != view.reference }
  if !others.isEmpty { info += " · " + s.otherSeries(others.count) }
  screen.put(info, x: inner.x, y: inner.y, clip: inner)

  let name = min(30, max(14, inner.width - 44))
  let widths = (previous: 8, current: 8, difference: 9, target: 6)
  let header =
    "  " + s.domainColumn.padded(toWidth: name) + " "
    + s.previousColumn.padded(toWidth: widths.previous)
    + s.currentColumn.padded(toWidth: widths.current)
    + s.differenceColumn.padded(toWidth: widths.difference)
    + s.targetColumn.padded(toWidth: widths.target) + s.historyColumn
  screen.put(header, x: inner.x, y: inner.y + 1, style: theme.heading, clip: inner)
  let chartWidth = max(0, inner.width - 2 - name - 1 - 31)
  let focus = min(view.row, comparison.rows.count - 1)
  let footer = comparisonFooter(
    comparison, focus: focus, definition: definition, state: state, width: inner.width,
    theme: theme)
  let visible = max(1, min(comparison.rows.count, inner.height - 2 - min(footer.count, 4)))
  let offset = min(max(0, focus - visible + 1), max(0, comparison.rows.count - visible))
  for line in 0..<visible {
    let index = offset + line
    guard comparison.rows.indices.contains(index) else { break }
    let row = comparison.rows[index]
    let y = inner.y + 2 + line
    let clip = Rect(x: inner.x, y: y, width: inner.width, height: 1)
    let focused = index == focus
    let label = definition?.domain(row.domain)?.name.text(lang) ?? row.domain
    func score(_ v: Int?) -> String { v.map(String.init) ?? "nb" }
    var x = screen.put(
      (focused ? "▸ " : "  ") + label.truncated(toWidth: name).padded(toWidth: name) + " ",
      x: inner.x, y: y, style: focused ? theme.selectedUnfocused : .plain, clip: clip)
    x = screen.put(
      (comparison.previous == nil ? "" : score(row.previous)).padded(toWidth: widths.previous),
      x: x, y: y, clip: clip)
    let current = score(row.current) + (row.current == 1 ? " " + s.acuteMarker : "")
    x = screen.put(
      current.padded(toWidth: widths.current), x: x, y: y,
      style: row.current == 1 ? theme.error : theme.hintKey, clip: clip)
    var difference = ""
    switch row.trend {
    case .up: difference = "+\(row.difference ?? 0) ▲"
    case .down: difference = "\(row.difference ?? 0) ▼"
    case .same: difference = " 0 ="
    case .unknown: difference = ""
    }
    x = screen.put(
      difference.padded(toWidth: widths.difference), x: x, y: y,
      style: row.trend == .down ? theme.error : .plain, clip: clip)
    x = screen.put(
      (row.target.map { "→\($0)" } ?? "").padded(toWidth: widths.target), x: x, y: y, clip: clip)
    screen.put(Sparkline.history(row.history, width: chartWidth), x: x, y: y, clip: clip)
    if focused { screen.cursor = Point(x: inner.x, y: y) }
  }
  var y = inner.y + 2 + visible
  for line in footer where y < inner.maxY {
    screen.put(line.text, x: inner.x, y: y, style: line.style, clip: inner)
    y += 1
  }
}

/// The lines under the comparison: declines, acute domains, the focused domain's note.
private func comparisonFooter(
  _ comparison: MatrixComparison, focus: Int, definition: MatrixDefinition?, state: AppState,
  width: Int, theme: Theme
) -> [StyledLine] {
  let s = state.strings
  let lang = state.language.rawValue
  func names(_ ids: [String]) -> [String] {
    ids.map { definition?.domain($0)?.name.text(lang) ?? $0 }
  }
  var out: [StyledLine] = []
  let down = comparison.rows.filter { $0.trend == .down }.map(\.domain)
  if !down.isEmpty {
    out += s.declinedLine(names(down)).wrapped(toWidth: width).map { StyledLine($0, theme.error) }
  }
  let acute = comparison.rows.filter { $0.current == 1 }.map(\.domain)
  if !acute.isEmpty {
    out += s.acutePrompt(names(acute)).wrapped(toWidth: width).map { StyledLine($0, theme.error) }
  }
  if comparison.rows.indices.contains(focus), let note = comparison.rows[focus].note {
    let label = names([comparison.rows[focus].domain]).first ?? ""
    out.append(
      StyledLine(
        "\(label): \(note.replacingOccurrences(of: "\n", with: " "))".truncated(toWidth: width)))
  }
  out.append(
    StyledLine(
      s.scoredByLine(comparison.current.scoredBy, comparison.current.date.dutch).truncated(
        toWidth: width), theme.placeholder))
  return out
}
