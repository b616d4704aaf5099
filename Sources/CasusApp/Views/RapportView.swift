import CasusCore
import TerminalUI

/// The lines of the report screen: the figures as label–value rows, then the trends as bar
/// charts (one row per month or quarter, the number beside the bar, so no colour is needed).
enum RapportLines {
  /// The figures drawn as charts, per grouping.
  static func trendIDs(_ grouping: RapportScreen.Grouping) -> [String] {
    grouping == .month
      ? ["meldingenPerMonth", "closedPerMonth"] : ["meldingenPerQuarter", "closedPerQuarter"]
  }
  static let allTrendIDs: Set<String> = Set(trendIDs(.month) + trendIDs(.quarter))

  static func lines(
    _ screen: RapportScreen, strings s: any StringTable, width: Int, theme: Theme
  ) -> [StyledLine] {
    guard let figures = screen.figures else {
      return [StyledLine(s.rapportComputing, theme.placeholder)]
    }
    var out = [
      StyledLine(s.rapportPeriod(screen.period.from?.dutch, screen.period.to?.dutch), theme.label),
      StyledLine(s.rapportCounted(screen.counted, unreadable: screen.unreadable), theme.label),
      StyledLine(""),
    ]
    for figure in figures where !figure.rows.isEmpty && !allTrendIDs.contains(figure.id) {
      out.append(StyledLine(s.rapportFigure(figure.id), theme.heading))
      for row in figure.rows {
        let label = "  " + s.rapportRow(figure: figure.id, key: row.key)
        let value = RapportOutput.text(row.value, s)
        let room = max(1, width - value.displayWidth - 1)
        let shown = label.displayWidth > room ? label.truncated(toWidth: room) : label
        out.append(
          StyledLine(
            shown.padded(toWidth: max(shown.displayWidth + 1, width - value.displayWidth)) + value))
      }
      out.append(StyledLine(""))
    }
    for id in trendIDs(screen.grouping) {
      let rows = figures.first { $0.id == id }?.rows ?? []
      out.append(StyledLine(s.rapportFigure(id), theme.heading))
      if rows.isEmpty { out.append(StyledLine("  " + s.rapportNoTrend, theme.placeholder)) }
      out += chart(rows, strings: s, width: width)
      out.append(StyledLine(""))
    }
    out += s.rapportSuppressedNote.wrapped(toWidth: max(1, width)).map {
      StyledLine($0, theme.placeholder)
    }
    return out
  }

  /// `  2026-11  ██████████▌  123`: bars scaled to the largest value; `<5` has no bar.
  static func chart(_ rows: [ReportFigure.Row], strings s: any StringTable, width: Int)
    -> [StyledLine]
  {
    let labels = rows.map { label($0.key, s) }
    let values = rows.map { RapportOutput.text($0.value, s) }
    let labelWidth = labels.map(\.displayWidth).max() ?? 0
    let valueWidth = values.map(\.displayWidth).max() ?? 0
    let barWidth = min(48, max(4, width - 2 - labelWidth - 2 - 2 - valueWidth))
    let largest =
      rows.compactMap { row -> Int? in
        if case .count(let n) = row.value { return n }
        return nil
      }.max() ?? 0
    return zip(rows, zip(labels, values)).map { row, text in
      var n = 0
      if case .count(let c) = row.value { n = c }
      let bar = largest == 0 ? "" : bars(Double(n) / Double(largest) * Double(barWidth))
      return StyledLine(
        "  " + text.0.padded(toWidth: labelWidth) + "  " + bar.padded(toWidth: barWidth) + "  "
          + String(repeating: " ", count: valueWidth - text.1.displayWidth) + text.1)
    }
  }

  /// Full blocks and one eighth block for the rest: `██▍`.
  static func bars(_ cells: Double) -> String {
    let eighths = Int((cells * 8).rounded())
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
    return String(repeating: "█", count: eighths / 8) + partial
  }

  /// `2026-11` stays; `2026-Q4` becomes the language's quarter label.
  static func label(_ key: String, _ s: any StringTable) -> String {
    let parts = key.split(separator: "-")
    if parts.count == 2, parts[1].hasPrefix("Q"), let year = Int(parts[0]),
      let quarter = Int(parts[1].dropFirst())
    {
      return s.rapportQuarter(year: year, quarter: quarter)
    }
    return key
  }

  /// How many lines the screen has at the current size (for scrolling).
  static func count(_ screen: RapportScreen, _ state: AppState) -> Int {
    let body = AppLayout(size: state.size).body
    return lines(screen, strings: state.strings, width: body.width - 4, theme: Theme(colors: false))
      .count
  }
}

/// The report screen: a box with the title and the grouping, the lines scrolled inside.
func drawRapport(
  _ r: RapportScreen, state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let title = "\(s.rapportTitle) · \(s.rapportGrouping(r.grouping))"
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  screen.cursor = Point(x: inner.x, y: inner.y)
  let lines = RapportLines.lines(r, strings: s, width: inner.width, theme: theme)
  let top = min(r.scroll, max(0, lines.count - inner.height))
  for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  if lines.count > inner.height {
    let position = "\(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count)"
    screen.put(
      " \(position) ", x: rect.maxX - position.displayWidth - 3, y: rect.maxY - 1,
      style: theme.border)
  }
}
