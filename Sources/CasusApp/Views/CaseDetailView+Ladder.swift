import CasusCore
import TerminalUI

/// What the status line says about a case's urgency and its nearest reminder.
func workflowStatus(_ file: CaseFile, _ state: AppState) -> (urgent: String?, reminder: String?) {
  let s = state.strings
  let urgent = file.state.isUrgent ? s.urgentMarker.uppercased() : nil
  // Short enough to share the line with the clock.
  let reminder = state.reminders(for: file).first.map {
    s.reminderStatus($0, today: state.today).truncated(toWidth: 48)
  }
  return (urgent, reminder)
}

/// The ladder, the safety lane and the plan in the detail pane: the urgency for the top, and
/// a short summary of each hulpvraag, the arrangement, the plan and the next reminders.
func ladderDetailLines(_ file: CaseFile, state: AppState, width: Int, theme: Theme) -> (
  top: [StyledLine], body: [StyledLine]
) {
  let s = state.strings
  let c = file.state
  var top: [StyledLine] = []
  // An acute domain is already named at the top by the matrix summary.
  for reason in c.urgencyReasons where reason.code != "matrix" {
    let text = s.urgencyLine(reason, domains: { $0.map { state.domainName($0, for: file) } })
    top += text.wrapped(toWidth: width).map { StyledLine($0, theme.error) }
  }
  let reminders = state.reminders(for: file)
  guard !c.needs.isEmpty || c.safetyLane != nil || !c.plan.isEmpty || c.plan.regisseur != nil
  else { return (top, []) }
  var body: [StyledLine] = []
  func add(_ text: String, _ style: Style = .plain) {
    body += text.wrapped(toWidth: width - 2).map { StyledLine("  " + $0, style) }
  }
  let profile = state.process(for: file)?.profile
  body.append(
    StyledLine(s.ladderHeading(profile?.name.text(state.language.rawValue)), theme.heading))
  if let lane = c.safetyLane {
    add(
      lane.isOpen
        ? s.safetyOpenLine(lane.opened.dutch, s.safetySource(lane.source))
        : s.safetyClosedLine(lane.opened.dutch, lane.closed?.dutch ?? ""),
      lane.isOpen ? theme.error : .plain)
  }
  for need in c.needs {
    let offers = need.rungs.values.flatMap(\.offers).filter { $0.status != .ended }
    add(
      s.needSummary(
        need.title, offers: offers.count, closed: need.closed, changes: need.changes.count))
  }
  if !c.arrangement.isEmpty {
    add(s.arrangementSummary(c.arrangement.map(\.offer)))
  }
  if c.plan.regisseur != nil || !c.plan.isEmpty {
    add(
      s.planSummary(
        regisseur: c.plan.regisseur, goals: c.plan.goals.count,
        actions: c.plan.actions.filter { $0.status == .open }.count))
  }
  for reminder in reminders.prefix(3) {
    add(
      s.reminderRow(reminder, today: state.today), reminder.due < state.today ? theme.error : .plain
    )
  }
  body.append(StyledLine(""))
  return (top, body)
}
