import CasusStore
import TerminalUI

/// The `?` help: every binding of the current view, then the `:` commands; in two columns
/// when one does not fit the window.
func drawHelp(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  let keymaps = Keymaps(strings: s)
  var keys: [(String, String)]
  switch state.mode {
  case .form: keys = keymaps.form.bindings.map { ($0.label, $0.help) }
  case .filtering: keys = keymaps.filter.bindings.map { ($0.label, $0.help) }
  case .command: keys = keymaps.command.bindings.map { ($0.label, $0.help) }
  case .browse: keys = Keymaps.browse(for: state.role, s).bindings.map { ($0.label, $0.help) }
  case .user, .handovers, .handoverForm, .triage, .workspace, .history:
    keys = (handoverBindings(state) ?? []).map { ($0.label, $0.help) }
  case .rapport: keys = Keymaps.rapport(s).bindings.map { ($0.label, $0.help) }
  case .deadlines: keys = Keymaps.deadlines(s).bindings.map { ($0.label, $0.help) }
  case .document(let viewer):
    keys =
      viewer.response == nil
      ? Keymaps.document(s, kind: viewer.kind).bindings.map { ($0.label, $0.help) }
      : Keymaps.response(s).bindings.map { ($0.label, $0.help) }
  case .scoring: keys = Keymaps.scoring(s).bindings.map { ($0.label, $0.help) }
  case .comparison: keys = Keymaps.comparison(s).bindings.map { ($0.label, $0.help) }
  case .conversation(let session):
    let map: Keymap<ConversationCommand>
    switch session.focus {
    case .editor: map = Keymaps.conversationEditor(s)
    case .steps: map = Keymaps.conversationSteps(s)
    case .network: map = Keymaps.conversationNetwork(s)
    }
    keys = map.bindings.map { ($0.label, $0.help) }
  case .ladder, .safety, .plan, .agenda:
    keys = workflowKeys(state).map { ($0.label, $0.help) }
  }
  // In a demo the trainer's keys come first (Keymaps+Demo.swift).
  keys = demoHelpKeys(state) + keys
  var commands: [(String, String)] = []
  if case .browse = state.mode {
    commands = [
      (s.commandNew, s.keyNew), (s.commandSearch + " …", s.keyFilter), (s.commandEdit, s.keyEdit),
      (s.commandConversation, s.keyConversation), (s.commandDeadlines, s.keyDeadlines),
      (s.commandVerslag, s.keyVerslag), (s.commandResponse, s.keyResponse),
      (s.commandMeasure, s.keyMeasure), (s.commandCompare, s.keyCompare),
      (s.commandHandover, s.keyHandover), (s.commandQueue, s.keyQueue),
      (s.commandTriage, s.keyTriage), (s.commandHistory, s.keyHistory),
      (s.commandRole + " …", s.keyRole), (s.commandName + " …", s.keyName),
      (s.commandLadder, s.keyLadder), (s.commandPlan, s.keyPlan),
      (s.commandAgenda, s.keyAgenda), (s.commandSafety, s.keySafetyLane),
      (s.commandRapport + " …", s.keyRapport),
      (s.commandProblems, s.keyProblems), (s.commandHelp, s.keyHelp), (s.commandQuit, s.keyQuit),
    ].map { (":" + $0.0, $0.1) }
  }
  let width = min(76, screen.size.width - 4)
  let room = screen.size.height - 6
  let oneColumn = keys.count + (commands.isEmpty ? 0 : commands.count + 2)
  let columns = oneColumn > room && width >= 60 ? 2 : 1
  let columnWidth = (width - 4 - (columns - 1) * 2) / columns
  // Keys and commands get a column as wide as the longest (`:geschiedenis`), within reason.
  let labelWidth = min(12, max(11, ((keys + commands).map { $0.0.displayWidth }.max() ?? 0) + 1))
  func rows(_ entries: [(String, String)]) -> [StyledLine] {
    let cells = entries.map {
      ($0.0.padded(toWidth: labelWidth) + $0.1).padded(toWidth: columnWidth)
    }
    let height = (cells.count + columns - 1) / columns
    return (0..<height).map { r in
      StyledLine(
        (0..<columns).compactMap { c in
          let i = c * height + r
          return i < cells.count ? cells[i] : nil
        }.joined(separator: "  "))
    }
  }
  var lines = rows(keys)
  if !commands.isEmpty {
    lines.append(StyledLine(""))
    lines.append(StyledLine(s.helpCommandsHeading, theme.heading))
    lines += rows(commands)
  }
  drawOverlayBox(
    title: s.helpTitle, lines: lines, footer: s.helpClose, scroll: state.overlayScroll,
    into: &screen, theme: theme)
}

/// The list of files that could not be read, with what is wrong with each.
func drawProblems(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  var lines: [StyledLine] = []
  if state.problems.isEmpty { lines.append(StyledLine(s.noProblems)) }
  for problem in state.problems {
    lines.append(StyledLine(problem.file, theme.heading))
    lines.append(StyledLine("  \(s.problemKind(problem.kind)): \(problem.reason)"))
  }
  drawOverlayBox(
    title: s.problemsTitle, lines: lines, footer: s.helpClose, into: &screen,
    theme: theme)
}

func drawOverlayBox(
  title: String, lines: [StyledLine], footer: String, scroll: Int = 0,
  into screen: inout Screen, theme: Theme
) {
  let area = screen.bounds
  let width = min(76, area.width - 4)
  let wrapped = lines.flatMap { line in
    line.text.wrapped(toWidth: width - 4).map { StyledLine($0, line.style) }
  }
  let height = min(area.height - 4, wrapped.count + 4)
  let rect = area.centered(width: width, height: height)
  screen.fill(rect)
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 3)
  let top = min(max(0, scroll), max(0, wrapped.count - inner.height))
  for (i, line) in wrapped.dropFirst(top).prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  var foot = footer
  if wrapped.count > inner.height {
    let shown = "\(top + 1)–\(min(wrapped.count, top + inner.height))/\(wrapped.count)"
    foot = "↓↑ j k · " + shown + " · " + footer
  }
  screen.put(
    foot.truncated(toWidth: inner.width), x: inner.x, y: rect.maxY - 2, style: theme.placeholder)
  screen.cursor = Point(x: inner.x, y: inner.y)
}

/// The question whether to recover a conversation draft found at start.
func drawRecover(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  guard let draft = state.drafts.first else { return }
  let name =
    state.householdName(draft.caseID)
    ?? draft.caseID.rawValue
  let lines = [
    StyledLine(s.recoverPrompt(name, Clock.dateTime(draft.savedAt, in: state.timeZone))),
    StyledLine(""),
  ]
  drawOverlayBox(
    title: s.recoverTitle, lines: lines, footer: s.recoverKeys, into: &screen,
    theme: theme)
}
