import CasusStore
import TerminalUI

/// The `?` help: every binding of the current view, then the `:` commands.
func drawHelp(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  let keymaps = Keymaps(strings: s)
  var entries: [(String, String)]
  switch state.mode {
  case .form: entries = keymaps.form.bindings.map { ($0.label, $0.help) }
  case .filtering: entries = keymaps.filter.bindings.map { ($0.label, $0.help) }
  case .command: entries = keymaps.command.bindings.map { ($0.label, $0.help) }
  case .browse: entries = keymaps.browse.bindings.map { ($0.label, $0.help) }
  }
  var lines: [StyledLine] = entries.map { StyledLine($0.0.padded(toWidth: 10) + " " + $0.1) }
  if case .browse = state.mode {
    lines.append(StyledLine(""))
    lines.append(StyledLine(s.helpCommandsHeading, theme.heading))
    let commands = [
      (s.commandNew, s.keyNew), (s.commandSearch + " …", s.keyFilter), (s.commandEdit, s.keyEdit),
      (s.commandProblems, s.keyProblems), (s.commandHelp, s.keyHelp), (s.commandQuit, s.keyQuit),
    ]
    lines += commands.map { StyledLine((":" + $0.0).padded(toWidth: 10) + " " + $0.1) }
  }
  drawOverlayBox(title: s.helpTitle, lines: lines, footer: s.helpClose, into: &screen,
    theme: theme)
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
  drawOverlayBox(title: s.problemsTitle, lines: lines, footer: s.helpClose, into: &screen,
    theme: theme)
}

private func drawOverlayBox(title: String, lines: [StyledLine], footer: String,
  into screen: inout Screen, theme: Theme)
{
  let area = screen.bounds
  let width = min(76, area.width - 4)
  let wrapped = lines.flatMap { line in
    line.text.wrapped(toWidth: width - 4).map { StyledLine($0, line.style) }
  }
  let height = min(area.height - 2, wrapped.count + 4)
  let rect = area.centered(width: width, height: height)
  screen.fill(rect)
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 3)
  for (i, line) in wrapped.prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  screen.put(footer.truncated(toWidth: inner.width), x: inner.x, y: rect.maxY - 2,
    style: theme.placeholder)
  screen.cursor = Point(x: inner.x, y: inner.y)
}
