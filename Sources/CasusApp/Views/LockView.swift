import TerminalUI

/// The idle lock screen: the app's name and a passphrase prompt, and no case data at all.
func drawLock(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  let area = screen.bounds
  screen.bar(
    " \(s.appName)", in: Rect(x: 0, y: 0, width: area.width, height: 1), style: theme.titleBar)
  let width = min(64, area.width - 4)
  var lines: [StyledLine] = []
  if let timeout = state.lock.settings.timeout {
    lines += s.lockedAfter(minutes: Int(timeout / 60)).wrapped(toWidth: width - 4).map {
      StyledLine($0)
    }
    lines.append(StyledLine(""))
  }
  let prompt = state.lock.settings.passphrase ? s.lockPromptPassphrase : s.lockPromptConfirm
  lines += prompt.wrapped(toWidth: width - 4).map { StyledLine($0) }
  let inputRow = lines.count + 1
  if state.lock.settings.passphrase { lines += [StyledLine(""), StyledLine("")] }
  if state.lock.failedAttempts > 0 {
    lines += [StyledLine(""), StyledLine(s.lockWrongPassphrase, theme.error)]
  }
  if state.lock.refusedQuit {
    lines += [StyledLine("")]
    lines += s.lockFinishFirst.wrapped(toWidth: width - 4).map { StyledLine($0, theme.error) }
  }
  let height = min(area.height - 3, lines.count + 3)
  let rect = Rect(x: 0, y: 1, width: area.width, height: area.height - 2)
    .centered(width: width, height: height)
  screen.box(rect, title: s.lockTitle, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  for (i, line) in lines.prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
  if state.lock.settings.passphrase {
    let y = inner.y + inputRow
    let label = s.lockPassphraseLabel
    let x = screen.put(label, x: inner.x, y: y, style: theme.label, clip: inner)
    // One dot per character typed, never the characters themselves.
    let dots = String(
      repeating: "•", count: min(state.lock.input.characters.count, inner.maxX - x - 1))
    let end = screen.put(dots, x: x, y: y, style: theme.focusedField, clip: inner)
    screen.cursor = Point(x: min(end, inner.maxX - 1), y: y)
  } else {
    screen.cursor = Point(x: inner.x, y: inner.y)
  }
  var x = 1
  let hints = Rect(x: 0, y: area.height - 1, width: area.width, height: 1)
  for hint in Keymaps.lock(s).hints {
    x = screen.put(hint.label, x: x, y: hints.y, style: theme.hintKey, clip: hints)
    x = screen.put(" " + hint.help, x: x, y: hints.y, style: theme.hintText, clip: hints) + 2
  }
}

/// The question after a save that another copy of the app beat.
func drawConflict(_ state: AppState, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  guard let conflict = state.conflicts.first else { return }
  let theirs = state.cases.first { $0.id == conflict.id }
  let shared = theirs.map { conflict.mine.commonPrefix(with: $0) } ?? 0
  var actors: [String] = []
  for event in theirs?.events.dropFirst(shared) ?? [] where !actors.contains(event.actor) {
    actors.append(event.actor)
  }
  let name = theirs?.state.household.name ?? conflict.mine.state.household.name
  var lines = [
    StyledLine(
      s.conflictPrompt(
        name: name, id: conflict.id.rawValue,
        by: actors.isEmpty ? "?" : actors.joined(separator: ", "),
        revision: theirs?.revision ?? 0)),
    StyledLine(conflict.copy.map(s.conflictCopyAt) ?? s.conflictCopyFailed),
    StyledLine(""),
  ]
  for binding in Keymaps.conflict(s).bindings {
    lines.append(StyledLine(binding.label.padded(toWidth: 4) + binding.help, theme.heading))
  }
  drawOverlayBox(
    title: s.conflictTitle, lines: lines, footer: s.conflictFooter, into: &screen, theme: theme)
}
