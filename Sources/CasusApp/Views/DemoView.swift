import CasusCore
import TerminalUI

/// The demo's screen: the app in the rows above, its title row carrying the DEMO banner, and
/// the narration panel below (see ``DemoLayout``).
func renderDemo(_ state: AppState, _ demo: DemoSession) -> Screen {
  let theme = Theme(colors: state.colors)
  let layout = DemoLayout(terminal: demo.terminal)
  var screen = Screen(size: demo.terminal)
  if state.isTooSmall {
    drawDemoTooSmall(state, demo, into: &screen, theme: theme)
    return screen
  }
  var app = state
  if app.size != layout.appSize { app.size = layout.appSize }
  let drawn = renderApp(app)
  for y in 0..<min(drawn.size.height, layout.app.height) {
    for x in 0..<min(drawn.size.width, layout.app.width) { screen[x, y] = drawn[x, y] }
  }
  screen.cursor = drawn.cursor
  drawDemoBanner(state, titleRow: drawn, into: &screen, theme: theme)
  drawDemoPanel(state, demo, layout.panel, into: &screen, theme: theme)
  return screen
}

/// The badge's style: it stands out from the title bar with colour and without (reverse
/// video inside a reverse bar reads as normal video), and the word itself says DEMO.
private func badgeStyle(_ colors: Bool) -> Style {
  colors ? Style(foreground: .black, background: .yellow, bold: true) : Style(bold: true)
}

/// `DEMO` at the start of the title row, before the app's own title; the right part of the
/// title (profile, who is working, the date) stays where the app put it.
private func drawDemoBanner(
  _ state: AppState, titleRow app: Screen, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let width = screen.size.width
  let title = " \(s.appName) · \(state.storeDescription)"
  // The right part (who is working, the profile, the date) starts after the last two
  // spaces in a row; when the app's title ran into it, only the date is kept.
  var right = width
  var x = width - 2
  while x > 0 {
    if app[x, 0].text == " ", app[x - 1, 0].text == " " { break }
    x -= 1
  }
  right = x > 0 ? x + 1 : max(0, width - state.today.dutch.displayWidth - 2)
  if right < width, app[right, 0].text != " ", x > 0 { right = max(0, right - 1) }
  screen.fill(Rect(x: 0, y: 0, width: right, height: 1), style: theme.titleBar)
  let after = screen.put(" \(s.demoBadge) ", x: 0, y: 0, style: badgeStyle(state.colors))
  screen.put(
    title.truncated(toWidth: max(0, right - after - 1)), x: after, y: 0, style: theme.titleBar)
}

/// The panel: a header (step n of N, what the demo is doing), the narration, and the keys
/// the step will play beside the trainer's keys.
private func drawDemoPanel(
  _ state: AppState, _ demo: DemoSession, _ rect: Rect, into screen: inout Screen, theme: Theme
) {
  guard rect.height >= 2, rect.width >= 20 else { return }
  let s = state.strings
  let language = state.language.rawValue
  let steps = demo.scenario.steps
  // While a step plays the panel tells that step; after it, the one that comes next.
  let shown = demo.isPlaying ? demo.played - 1 : demo.played
  let step = steps.indices.contains(shown) ? steps[shown] : nil
  var head = " \(s.demoBadge) · "
  if let step {
    head += s.demoStep(shown + 1, of: steps.count)
    if let title = step.title { head += " · " + title.text(language) }
  } else {
    head += s.demoFinishedTitle + " · " + demo.scenario.title.text(language)
  }
  var status: [String] = []
  if demo.takenOver { status.append(s.demoTakenOverBadge) }
  if demo.isPlaying { status.append(s.demoPlaying) }
  if demo.pace != .off {
    var text = s.demoPace(demo.pace)
    if let due = demo.nextStepAt {
      text += " · " + s.demoNextIn(max(0, Int(due.timeIntervalSince(demo.clock).rounded(.up))))
    }
    status.append(text)
  }
  if let recording = demo.recording {
    status.append(s.demoRecordingBadge(recording.allSteps.count))
  }
  let right = status.isEmpty ? "" : " " + status.joined(separator: " · ") + " "
  screen.fill(rect.row(0), style: theme.status)
  screen.put(
    head.truncated(toWidth: max(1, rect.width - right.displayWidth - 1)), x: rect.x, y: rect.y,
    style: theme.status)
  screen.put(right, x: max(rect.x, rect.maxX - right.displayWidth), y: rect.y, style: theme.status)

  let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
  var lines: [StyledLine] = []
  if let notice = demo.notice {
    lines += notice.wrapped(toWidth: body.width).map { StyledLine($0, theme.heading) }
  }
  let text: String
  if demo.takenOver {
    text = s.demoTakenOverText(next: min(demo.played + 1, steps.count), total: steps.count)
  } else if let step {
    text = step.narration.text(language)
  } else {
    text = s.demoFinishedText(demo.scenario.goal.text(language))
  }
  lines += text.wrapped(toWidth: body.width).map { StyledLine($0) }
  for (i, line) in lines.prefix(body.height).enumerated() {
    var shownText = line.text
    if i == body.height - 1, lines.count > body.height {
      shownText = (line.text + " …").truncated(toWidth: body.width)
      if !shownText.hasSuffix("…") {
        shownText = line.text.truncated(toWidth: body.width - 2) + " …"
      }
    }
    screen.put(shownText, x: body.x, y: body.y + i, style: line.style, clip: body)
  }
  drawDemoKeys(
    state, demo, step: demo.takenOver ? nil : step, row: rect.row(rect.height - 1),
    into: &screen, theme: theme)
}

/// The panel's last row: the keys the step plays, then the trainer's keys; help at the end.
private func drawDemoKeys(
  _ state: AppState, _ demo: DemoSession, step: ScenarioStep?, row: Rect,
  into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  var x = row.x + 1
  // On a narrow terminal the step's keys get less room, so the trainer's own keys
  // (Space, Backspace, t) still fit; the rest is in `?` help.
  let keysRoom = demo.takenOver ? 0 : row.width < 110 ? 20 : max(24, row.width / 3)
  if demo.takenOver {
    x = screen.put(s.demoTakenOverHint, x: x, y: row.y, style: theme.placeholder, clip: row) + 2
  } else if let step {
    let label = s.demoPlaysLabel + " "
    x = screen.put(label, x: x, y: row.y, style: theme.placeholder, clip: row)
    let keys = step.keys.isEmpty ? s.demoNoKeys : step.keys
    let room = max(4, keysRoom - label.displayWidth)
    x =
      screen.put(
        keys.truncated(toWidth: room), x: x, y: row.y,
        style: step.keys.isEmpty ? theme.placeholder : theme.hintKey, clip: row) + 2
  }
  var hints = (demo.takenOver ? Keymaps.demoTakenOver(s) : Keymaps.demo(s)).hints
  var end = row.maxX
  if let help = hints.first(where: { $0.label == "?" }) {
    hints.removeAll { $0.label == "?" }
    end = row.maxX - (help.label + " " + help.help).displayWidth - 1
    let after = screen.put(help.label, x: end, y: row.y, style: theme.hintKey, clip: row)
    screen.put(" " + help.help, x: after, y: row.y, style: theme.hintText, clip: row)
  }
  for hint in hints {
    let width = hint.label.displayWidth + 1 + hint.help.displayWidth
    if x + width > end - 2 { break }
    x = screen.put(hint.label, x: x, y: row.y, style: theme.hintKey, clip: row)
    x = screen.put(" " + hint.help, x: x, y: row.y, style: theme.hintText, clip: row) + 2
  }
}

/// Below 80×24 the demo says so, with the banner still on top.
private func drawDemoTooSmall(
  _ state: AppState, _ demo: DemoSession, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  let area = screen.bounds
  var lines = s.tooSmall(demo.terminal.description, minimum: AppState.minimumSize.description)
    .wrapped(toWidth: max(1, area.width - 2))
  lines.append("")
  lines += s.tooSmallHint.wrapped(toWidth: max(1, area.width - 2))
  let top = max(1, (area.height - lines.count) / 2)
  for (i, line) in lines.enumerated() {
    let x = max(0, (area.width - line.displayWidth) / 2)
    screen.put(line, x: x, y: top + i, style: i == 0 ? theme.error : .plain)
  }
  screen.fill(area.row(0), style: theme.titleBar)
  screen.put(" \(s.demoBadge) ", x: 0, y: 0, style: badgeStyle(state.colors))
  screen.cursor = nil
}

/// The trainer's keys at the top of `?` help during a demo.
func demoHelpKeys(_ state: AppState) -> [(String, String)] {
  guard let demo = state.demo else { return [] }
  let s = state.strings
  let map = demo.takenOver ? Keymaps.demoTakenOver(s) : Keymaps.demo(s)
  var out = [(s.demoBadge, s.demoHelpHeading)] + map.bindings.map { ($0.label, $0.help) }
  if demo.takenOver {
    out += [
      (":opnemen", s.keyDemoRecord), (":opnemen volgende", s.keyDemoRecordNext),
      (":opnemen stop", s.keyDemoRecordStop),
    ]
  }
  return out + [(s.appName, s.demoHelpAppHeading)]
}
