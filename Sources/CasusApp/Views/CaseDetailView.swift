import CasusCore
import TerminalUI

/// One line of the detail pane with its style.
struct StyledLine {
  var text: String
  var style: Style
  init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// The detail pane: the selected case's registration, household and history.
func drawDetail(_ state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  let focused = state.focus == .detail && state.overlay == nil
  screen.box(
    rect, title: s.detailTitle, style: focused ? theme.focusedBorder : theme.border,
    titleStyle: focused ? theme.focusedBorder : theme.heading)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  guard let file = state.selectedCase else {
    if state.list.isEmpty {
      var y = screen.paragraph(s.noCasesYet, in: inner, style: theme.heading)
      y += 1
      screen.paragraph(s.noCasesHint, in: inner, from: y)
    } else if let id = state.selectedSummary?.id, let reason = state.unreadable[id] {
      screen.paragraph(reason, in: inner, style: theme.error)
    }
    return
  }
  // Only as far down as can be seen: a history of hundreds of events is not wrapped for
  // lines below the pane.
  let lines = detailLines(
    file, state: state, width: inner.width, theme: theme,
    limit: state.detailScroll + inner.height + 1)
  let maxScroll = max(0, lines.count - inner.height)
  let scroll = min(state.detailScroll, maxScroll)
  for row in 0..<inner.height {
    let index = scroll + row
    guard index < lines.count else { break }
    screen.put(
      lines[index].text, x: inner.x, y: inner.y + row, style: lines[index].style,
      clip: inner)
  }
  if focused { screen.cursor = Point(x: inner.x, y: inner.y) }
}

/// The detail pane's content as lines, already wrapped to `width`; the history stops once
/// there are `limit` lines.
func detailLines(
  _ file: CaseFile, state: AppState, width: Int, theme: Theme, limit: Int = .max
) -> [StyledLine] {
  let s = state.strings
  let c = file.state
  var out: [StyledLine] = []
  if state.readOnlyCases.contains(file.id) {
    out += s.readOnlyCase.wrapped(toWidth: width).map { StyledLine($0, theme.error) }
  }
  let id = file.id.rawValue
  let name = c.household.name.truncated(toWidth: max(1, width - id.displayWidth - 1))
  out.append(StyledLine(name.padded(toWidth: width - id.displayWidth) + id, theme.heading))
  let meta =
    "\(s.phaseLabel): \(s.phase(c.phase)) · \(s.meldingLabel): \(c.melding.date.dutch),"
    + " \(s.source(c.melding.source))"
  out += meta.wrapped(toWidth: width).map { StyledLine($0) }
  var regie = "\(s.regieLabel): \(s.regieHolder(c.regie.holder))"
  if let name = c.regie.name { regie += " (\(name))" }
  out += regie.wrapped(toWidth: width).map { StyledLine($0) }
  let law =
    "\(s.lawLabel): \(s.law(c.law)) · \(s.clientSupportLabel.lowercased()): "
    + s.optionalBool(c.clientSupportOffered)
  out += law.wrapped(toWidth: width).map { StyledLine($0) }
  if let conversation = c.conversation {
    if conversation.safety?.raised == true {
      out.insert(StyledLine(s.safetyBadge, theme.error), at: 0)
    }
    let done = conversation.status.values.filter { $0 == .done || $0 == .skipped }.count
    let total = state.guide?.items().count ?? conversation.status.count
    let line =
      "\(s.conversationTitle): "
      + s.conversationProgress(
        done: done, total: total, time: timerText(conversation.elapsedSeconds))
    out += line.wrapped(toWidth: width).map { StyledLine($0) }
  }
  let matrix = matrixDetailLines(file, state: state, width: width, theme: theme)
  let ladder = ladderDetailLines(file, state: state, width: width, theme: theme)
  out.insert(contentsOf: ladder.top + matrix.top, at: 0)
  out.append(StyledLine(""))
  out += ladder.body
  out += matrix.body
  out.append(StyledLine(s.questionHeading, theme.heading))
  for line in c.question.wrapped(toWidth: width - 2) { out.append(StyledLine("  " + line)) }
  out.append(StyledLine(""))
  out.append(StyledLine(s.householdHeading, theme.heading))
  for member in c.household.members {
    var born = ""
    if let date = member.born {
      born = date.dutch
      if let age = member.age(on: state.today) { born += " (\(s.age(age)))" }
    }
    let role = s.role(member.role)
    if width >= 60 {
      let nameColumn = width - 2 - 14 - 20
      var line = "  " + member.name.truncated(toWidth: nameColumn - 1).padded(toWidth: nameColumn)
      line += role.padded(toWidth: 14) + born
      out.append(StyledLine(line.truncated(toWidth: width)))
    } else {
      // Narrow pane: the name gets the whole line, role and birth date go below it.
      out += member.name.wrapped(toWidth: width - 2).map { StyledLine("  " + $0) }
      let detail = born.isEmpty ? role : role + " · " + born
      out.append(StyledLine(("    " + detail).truncated(toWidth: width)))
    }
  }
  out.append(StyledLine(""))
  if state.clocks != nil {
    out.append(StyledLine(s.clocksHeading, theme.heading))
  }
  let clocks = state.allClocks(for: file)
  if state.clocks != nil, clocks.isEmpty {
    out += s.noClocks.wrapped(toWidth: width - 2).map { StyledLine("  " + $0) }
  }
  for clock in clocks {
    let overdue = clock.status.state == .overdue || clock.status.state == .metLate
    let text = "\(s.clockTitle(clock)): \(s.clockSummary(clock.status))"
    out += text.wrapped(toWidth: width - 2).map {
      StyledLine("  " + $0, overdue ? theme.error : .plain)
    }
  }
  out.append(StyledLine(""))
  out += handoverDetailLines(file, state: state, width: width, theme: theme)
  out.append(StyledLine("\(s.historyHeading) · \(s.revisionLabel) \(file.revision)", theme.heading))
  for event in file.events.reversed() {
    if out.count >= limit { break }
    let when = Clock.dateTime(event.at, in: state.timeZone)
    let text = "\(when)  \(event.actor)  \(s.eventSummary(event))"
    out += text.wrapped(toWidth: width - 2).map { StyledLine("  " + $0) }
  }
  return out
}
