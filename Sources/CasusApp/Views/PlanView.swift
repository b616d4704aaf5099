import CasusCore
import TerminalUI

/// The one plan of the household: regisseur, goals, actions, agreements, and beside them the
/// arrangement from the ladder, the reminders and what was monitored.
func drawPlan(
  _ plan: PlanScreen, state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  guard let file = caseFile(plan.caseID, state) else { return }
  let p = file.state.plan
  screen.box(
    rect, title: "\(s.planTitle) · \(file.state.household.name)",
    style: plan.form == nil ? theme.focusedBorder : theme.border,
    titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  let items = PlanScreen.items(p)
  var lines: [StyledLine] = []
  var cursorLine: Int?
  func row(_ item: PlanItem, _ text: String, _ style: Style = .plain) {
    let index = items.firstIndex(of: item)
    let focused = index == plan.row
    if focused { cursorLine = lines.count }
    lines.append(
      StyledLine(
        ((focused ? "▸ " : "  ") + text).truncated(toWidth: inner.width),
        focused ? theme.selected : style))
  }
  func heading(_ text: String) {
    if !lines.isEmpty { lines.append(StyledLine("")) }
    lines.append(StyledLine(text, theme.heading))
  }
  row(.regisseur, s.regisseurLabel + ": " + (p.regisseur ?? s.noRegisseur))
  heading(s.goalsHeading)
  for goal in p.goals {
    row(
      .goal(goal.id), s.goalLine(goal, domain: goal.domain.map { state.domainName($0, for: file) }))
  }
  row(.addGoal, s.addGoal, theme.placeholder)
  heading(s.actionsHeading)
  for action in p.actions { row(.action(action.id), s.actionLine(action)) }
  row(.addAction, s.addAction, theme.placeholder)
  heading(s.agreementsHeading)
  for agreement in p.agreements { row(.agreement(agreement.id), agreement.text) }
  row(.addAgreement, s.addAgreement, theme.placeholder)
  heading(s.arrangementTitle)
  let arrangement = file.state.arrangement
  if arrangement.isEmpty {
    lines.append(StyledLine("  " + s.arrangementEmptyShort, theme.placeholder))
  }
  let profile = state.process(for: file)?.profile
  for (need, rung, offer) in arrangement {
    let rungName = profile?.rung(rung)?.short.text(state.language.rawValue) ?? rung
    lines += pair(
      "  \(rungName) · \(offer.name)", s.offerStatus(offer) + " · " + need.title,
      width: inner.width
    ).map { StyledLine($0) }
  }
  let reminders = state.reminders(for: file)
  if !reminders.isEmpty {
    heading(s.remindersHeading)
    for reminder in reminders.prefix(6) {
      let overdue = reminder.due < state.today
      lines.append(
        StyledLine(
          ("  " + s.reminderRow(reminder, today: state.today)).truncated(toWidth: inner.width),
          overdue ? theme.error : .plain))
    }
  }
  if !p.monitoring.isEmpty {
    heading(s.monitoringHeading)
    for record in p.monitoring.suffix(6) {
      lines.append(
        StyledLine(("  \(record.date.dutch) " + record.note).truncated(toWidth: inner.width)))
    }
  }
  let top = max(0, min((cursorLine ?? 0) - inner.height / 2, lines.count - inner.height))
  for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  if let cursorLine, cursorLine >= top, cursorLine < top + inner.height {
    screen.cursor = Point(x: inner.x, y: inner.y + cursorLine - top)
  }
  if let form = plan.form {
    drawEntryForm(form.form, in: rect, state: state, into: &screen, theme: theme)
  }
}
