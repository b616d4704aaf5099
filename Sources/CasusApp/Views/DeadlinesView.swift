import CasusCore
import TerminalUI

/// The Termijnen view: every open legal clock of every case, overdue first.
///
/// Overdue rows start with `!` and are drawn in reverse video, so the order and the marker
/// carry the meaning without colour.
func drawDeadlines(
  _ state: AppState, row: Int, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let rows = state.deadlineRows
  screen.box(
    rect, title: "\(s.deadlinesTitle) (\(rows.count))", style: theme.focusedBorder,
    titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
  guard !rows.isEmpty else {
    screen.put(s.deadlinesEmpty, x: inner.x + 1, y: inner.y, style: theme.placeholder)
    screen.cursor = Point(x: inner.x, y: inner.y)
    return
  }
  let nameWidth = max(12, min(30, inner.width / 4))
  let labelWidth = max(12, min(40, inner.width * 3 / 10))
  let offset = max(0, row - inner.height + 1)
  for line in 0..<inner.height {
    let index = offset + line
    guard index < rows.count else { break }
    let entry = rows[index]
    let summary = entry.summary
    let overdue: Bool
    let label: String
    let status: String
    switch entry {
    case .clock(_, let clock):
      overdue = clock.status.state == .overdue || clock.status.state == .metLate
      label = s.clockTitle(clock)
      status = s.clockSummary(clock.status)
    case .handover(_, let deadline):
      overdue = deadline.due < state.today
      label = s.handoverDeadlineShort(deadline)
      status = s.handoverDeadlineSummary(deadline, days: deadline.daysLeft(on: state.today))
    }
    // An urgent case says so in words in every list, not by colour alone.
    let urgent = summary.isUrgent ? s.urgentMarker + " " : ""
    // Overdue rows start with `!`, so they stand out without colour too.
    let text =
      (overdue ? "!" : " ")
      + (urgent + summary.householdName).truncated(toWidth: nameWidth - 1)
      .padded(toWidth: nameWidth)
      + label.truncated(toWidth: labelWidth - 1)
      .padded(toWidth: labelWidth) + status
    let style: Style = index == row ? theme.selected : (overdue ? theme.error : .plain)
    screen.bar(text, in: inner.row(line), style: style)
    if index == row { screen.cursor = Point(x: inner.x, y: inner.y + line) }
  }
}
