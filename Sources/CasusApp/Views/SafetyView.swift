import CasusCore
import TerminalUI

/// The veiligheidsspoor: why and since when, then the profile's chain checklist.
///
/// Each step has a date and an outcome. Nothing on it blocks anything else.
func drawSafety(
  _ safety: SafetyScreen, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let lang = state.language.rawValue
  guard let file = caseFile(safety.caseID, state) else { return }
  let steps = state.process(for: file)?.profile.safetyChain ?? []
  screen.box(
    rect, title: "\(s.safetyTitle) · \(file.state.household.name)",
    style: safety.form == nil ? theme.focusedBorder : theme.border,
    titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  var lines: [StyledLine] = []
  func add(_ text: String, _ style: Style = .plain) {
    lines += text.wrapped(toWidth: inner.width).map { StyledLine($0, style) }
  }
  if let lane = file.state.safetyLane {
    if lane.isOpen {
      add(s.safetyOpenLine(lane.opened.dutch, s.safetySource(lane.source)), theme.error)
    } else {
      add(s.safetyClosedLine(lane.opened.dutch, lane.closed?.dutch ?? ""), theme.heading)
      add(s.closeReasonLine(lane.closeReason))
    }
    add(s.reasonLabel + ": " + lane.reason)
    add(s.safetyNothingBlocked, theme.placeholder)
  } else {
    add(s.safetyNoLane, theme.heading)
    if file.state.isUrgent { add(s.safetyUrgentWithoutLane, theme.error) }
  }
  lines.append(StyledLine(""))
  lines.append(StyledLine(s.chainHeading, theme.heading))
  var cursorLine: Int?
  let dateWidth = 11
  let nameWidth = max(16, min(34, inner.width / 3))
  for (index, step) in steps.enumerated() {
    let record = file.state.safetyLane?.steps[step.id]
    let focused = index == safety.row
    if focused { cursorLine = lines.count }
    let mark = record == nil ? "[ ] " : "[x] "
    let text =
      (focused ? "▸ " : "  ") + mark
      + step.name.text(lang).truncated(toWidth: nameWidth - 1).padded(toWidth: nameWidth)
      + (record?.date.dutch ?? "—").padded(toWidth: dateWidth) + (record?.outcome ?? "")
    lines.append(
      StyledLine(text.truncated(toWidth: inner.width), focused ? theme.selected : .plain))
  }
  lines.append(StyledLine(""))
  if steps.indices.contains(safety.row) {
    add(steps[safety.row].description.text(lang), theme.placeholder)
  }
  let top = max(0, min((cursorLine ?? 0) - inner.height + 3, lines.count - inner.height))
  for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + row, style: line.style, clip: inner)
  }
  if let cursorLine, cursorLine >= top {
    screen.cursor = Point(x: inner.x, y: inner.y + cursorLine - top)
  }
  if let form = safety.form {
    drawEntryForm(form, in: rect, state: state, into: &screen, theme: theme)
  }
}
