import CasusCore
import TerminalUI

/// Draws the whole app for a state: a pure function from state to screen.
public func render(_ state: AppState) -> Screen {
  // A demo draws the app above its narration panel, with the DEMO banner (DemoView.swift).
  if let demo = state.demo { return renderDemo(state, demo) }
  return renderApp(state)
}

/// The app itself, filling `state.size`.
func renderApp(_ state: AppState) -> Screen {
  var screen = Screen(size: state.size)
  let theme = Theme(colors: state.colors)
  if state.isTooSmall {
    drawTooSmall(state, into: &screen, theme: theme)
    return screen
  }
  if state.lock.isLocked {
    drawLock(state, into: &screen, theme: theme)
    return screen
  }
  let layout = AppLayout(size: state.size)
  drawTitle(state, layout.title, into: &screen, theme: theme)
  switch state.mode {
  case .form(let form):
    drawForm(form, state: state, in: layout.body, into: &screen, theme: theme)
  case .conversation(let session):
    drawConversation(session, state: state, into: &screen, theme: theme)
  case .deadlines(let row):
    drawDeadlines(state, row: row, in: layout.body, into: &screen, theme: theme)
  case .document(let viewer):
    drawDocument(viewer, state: state, in: layout.body, into: &screen, theme: theme)
  case .scoring(let session):
    drawScoring(session, state: state, in: layout.body, into: &screen, theme: theme)
  case .comparison(let comparison):
    drawComparison(comparison, state: state, in: layout.body, into: &screen, theme: theme)
  case .ladder(let ladder):
    drawLadder(ladder, state: state, in: layout.body, into: &screen, theme: theme)
  case .safety(let safety):
    drawSafety(safety, state: state, in: layout.body, into: &screen, theme: theme)
  case .plan(let plan):
    drawPlan(plan, state: state, in: layout.body, into: &screen, theme: theme)
  case .agenda(let agenda):
    drawAgenda(agenda, state: state, in: layout.body, into: &screen, theme: theme)
  case .user, .handovers, .handoverForm, .triage, .workspace, .history:
    drawHandoverMode(state, in: layout.body, into: &screen, theme: theme)
  case .rapport(let rapport):
    drawRapport(rapport, state: state, in: layout.body, into: &screen, theme: theme)
  default:
    drawList(state, in: layout.list, into: &screen, theme: theme)
    drawDetail(state, in: layout.detail, into: &screen, theme: theme)
  }
  drawStatus(state, layout.status, into: &screen, theme: theme)
  drawHints(state, layout.hints, into: &screen, theme: theme)
  switch state.overlay {
  case .help: drawHelp(state, into: &screen, theme: theme)
  case .problems: drawProblems(state, into: &screen, theme: theme)
  case .recover: drawRecover(state, into: &screen, theme: theme)
  case .conflict: drawConflict(state, into: &screen, theme: theme)
  case nil: break
  }
  return screen
}

private func drawTooSmall(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  let text = s.tooSmall(state.size.description, minimum: AppState.minimumSize.description)
  let area = screen.bounds
  var lines = text.wrapped(toWidth: max(1, area.width - 2))
  lines.append("")
  lines += s.tooSmallHint.wrapped(toWidth: max(1, area.width - 2))
  let top = max(0, (area.height - lines.count) / 2)
  for (i, line) in lines.enumerated() {
    let x = max(0, (area.width - line.displayWidth) / 2)
    screen.put(line, x: x, y: top + i, style: i == 0 ? theme.error : .plain)
  }
  screen.cursor = nil
}

private func drawTitle(_ state: AppState, _ rect: Rect, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  screen.bar(" \(s.appName) · \(state.storeDescription)", in: rect, style: theme.titleBar)
  var right = " \(state.today.dutch) "
  if let profile = state.process.current?.profile {
    right = " \(s.profileBadge(profile.name.text(state.language.rawValue))) ·" + right
  }
  if state.readOnly { right = " [\(s.readOnlyBadge)]" + right }
  // Who is working, when it fits beside the store's path (the path wins): the name and role,
  // else the role alone.
  if let user = state.user {
    let left = " \(s.appName) · \(state.storeDescription) ".displayWidth
    for label in [s.userLabel(user), s.userRole(user.role)] {
      let candidate = " " + label + " ·" + right
      if left + candidate.displayWidth <= rect.width {
        right = candidate
        break
      }
    }
  }
  screen.put(
    right, x: max(rect.x, rect.maxX - right.displayWidth), y: rect.y, style: theme.titleBar)
}

private func drawStatus(_ state: AppState, _ rect: Rect, into screen: inout Screen, theme: Theme) {
  var parts = statusParts(state)
  // The store is named in the title bar; the left of the status line is for messages.
  let left = state.message.map { " " + $0.text + " " } ?? ""
  func joined(_ p: [StatusPart]) -> String { " " + p.map(\.text).joined(separator: " · ") + " " }
  // A message is what the user just caused: it gets the room it needs, up to all but 20
  // columns; the parts on the right give way, the least important first.
  let wanted = state.message == nil ? 0 : min(left.displayWidth, rect.width - 20)
  var right = joined(parts)
  while parts.count > 1, right.displayWidth + wanted > rect.width {
    // The least important part whose going alone makes room goes; else the least important.
    let byRank = parts.indices.sorted { (parts[$0].rank, -$0) < (parts[$1].rank, -$1) }
    let fits = byRank.first { index in
      var fewer = parts
      fewer.remove(at: index)
      return joined(fewer).displayWidth + wanted <= rect.width
    }
    parts.remove(at: fits ?? byRank[0])
    right = joined(parts)
  }
  // A message that still does not fit cuts into the one part left (a long clock).
  if state.message != nil, parts.count == 1, right.displayWidth + left.displayWidth > rect.width {
    let keep = max(18, rect.width - min(left.displayWidth, rect.width - 18))
    if keep < right.displayWidth {
      right = (" " + parts[0].text).truncated(toWidth: keep - 1) + " "
    }
  }
  screen.fill(rect, style: theme.status)
  let room = max(1, rect.width - right.displayWidth)
  let style = state.message?.kind == .error ? theme.error : theme.status
  screen.put(left.truncated(toWidth: room), x: rect.x, y: rect.y, style: style)
  screen.put(right, x: max(rect.x, rect.maxX - right.displayWidth), y: rect.y, style: theme.status)
}

private func drawHints(_ state: AppState, _ rect: Rect, into screen: inout Screen, theme: Theme) {
  let keymaps = Keymaps(strings: state.strings)
  if case .command(let input) = state.mode {
    let text = ":" + input.text
    screen.put(text, x: rect.x, y: rect.y, clip: rect)
    let cursor = 1 + DisplayWidth.of(String(input.characters[..<input.cursor]))
    screen.cursor = Point(x: rect.x + min(cursor, rect.width - 1), y: rect.y)
    return
  }
  let hints: [(label: String, help: String)]
  switch state.mode {
  case .browse: hints = Keymaps.browse(for: state.role, state.strings).hints
  case .user, .handovers, .handoverForm, .triage, .workspace, .history:
    hints = (handoverBindings(state) ?? []).filter(\.hint).map { ($0.label, $0.help) }
  case .rapport: hints = Keymaps.rapport(state.strings).hints
  case .filtering: hints = keymaps.filter.hints
  case .command: hints = keymaps.command.hints
  case .form: hints = keymaps.form.hints
  case .deadlines: hints = Keymaps.deadlines(state.strings).hints
  case .document(let viewer):
    hints =
      viewer.response == nil
      ? Keymaps.document(state.strings, kind: viewer.kind).hints
      : Keymaps.response(state.strings).hints
  case .scoring(let session): hints = scoringHints(session, state.strings)
  case .comparison(let screen):
    // Tab only matters when the case was scored with more than one matrix.
    let many =
      (state.caseFile(screen.caseID)?.state.measurementReferences.count ?? 0) > 1
    hints = Keymaps.comparison(state.strings).hints.filter { many || $0.label != "Tab" }
  case .conversation(let session):
    switch session.focus {
    case .editor: hints = Keymaps.conversationEditor(state.strings).hints
    case .steps: hints = Keymaps.conversationSteps(state.strings).hints
    case .network: hints = Keymaps.conversationNetwork(state.strings).hints
    }
  case .ladder, .safety, .plan, .agenda:
    hints = workflowKeys(state).filter(\.inHintBar).map { ($0.label, $0.help) }
  }
  // Help is always reachable: its hint sits at the right end and is never cut off.
  var rest = hints
  var right = rect.maxX
  if let help = rest.last(where: { $0.label == "?" || $0.label == "F1" }) {
    rest.removeAll { $0.label == help.label }
    let text = help.label + " " + help.help
    right = rect.maxX - text.displayWidth - 1
    let x = screen.put(help.label, x: right, y: rect.y, style: theme.hintKey, clip: rect)
    screen.put(" " + help.help, x: x, y: rect.y, style: theme.hintText, clip: rect)
  }
  var x = rect.x + 1
  for hint in rest {
    let width = hint.label.displayWidth + 1 + hint.help.displayWidth
    if x + width > right - 2 { break }
    x = screen.put(hint.label, x: x, y: rect.y, style: theme.hintKey, clip: rect)
    x = screen.put(" " + hint.help, x: x, y: rect.y, style: theme.hintText, clip: rect) + 2
  }
}
