import CasusCore
import TerminalUI

/// A line of the workspace, and which selectable row it belongs to.
private struct WorkspaceLine {
  var line: StyledLine
  var item: Int?
}

/// The workspace of a handover: its facts, then per lane the inventory with its cost and
/// warnings, the basics, the plan and the six-month clock, or the doorbraak and its check.
func drawWorkspace(
  _ w: Workspace, state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme
) {
  let s = state.strings
  guard let (file, h) = state.handover(w.caseID, w.handover) else { return }
  let title = s.workspaceTitle(s.lane(h.lane), file.state.household.name)
  screen.box(rect, title: title, style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  let lines = workspaceLines(file, h, state: state, width: inner.width, theme: theme)
  let items = AppState.workspaceItems(file, h)
  let cursor = min(w.cursor, max(0, items.count - 1))
  let selectedLines = lines.indices.filter { lines[$0].item == cursor && !items.isEmpty }
  var top = 0
  if let last = selectedLines.last, let first = selectedLines.first {
    // Keep the selected row in view, with the section heading above it where there is room.
    top = max(0, last - inner.height + 2)
    top = min(top, first)
  }
  top = min(top, max(0, lines.count - inner.height))
  screen.cursor = Point(x: inner.x, y: inner.y)
  for row in 0..<inner.height {
    let index = top + row
    guard index < lines.count else { break }
    let entry = lines[index]
    let selected = entry.item == cursor && !items.isEmpty && w.form == nil
    let y = inner.y + row
    if selected {
      screen.bar(
        entry.line.text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1),
        style: theme.selected)
      if index == selectedLines.first { screen.put("▸", x: inner.x, y: y, style: theme.selected) }
      screen.cursor = Point(x: inner.x, y: y)
    } else {
      screen.put(entry.line.text, x: inner.x, y: y, style: entry.line.style, clip: inner)
    }
  }
  if let form = w.form {
    let height = min(rect.height - 2, FieldFormLayout.height(form, width: rect.width - 4))
    let box = Rect(x: rect.x + 2, y: rect.maxY - height - 1, width: rect.width - 4, height: height)
    drawFieldForm(form, in: box, into: &screen, theme: theme)
  }
  if let prompt = w.prompt {
    drawPrompt(
      title: s.promptTitle(prompt.purpose), input: prompt.input, in: rect, into: &screen,
      theme: theme)
  }
}

private func workspaceLines(
  _ file: CaseFile, _ h: Handover, state: AppState, width: Int, theme: Theme
) -> [WorkspaceLine] {
  let s = state.strings
  let c = file.state
  var out: [WorkspaceLine] = []
  func add(_ text: String, _ style: Style = .plain, item: Int? = nil, indent: Int = 0) {
    let pad = String(repeating: " ", count: indent)
    out += text.wrapped(toWidth: max(1, width - indent)).map {
      WorkspaceLine(line: StyledLine(pad + $0, style), item: item)
    }
  }
  add(c.household.name + "  " + file.id.rawValue, theme.heading)
  out += handoverSummaryLines(file, h, state: state, width: width, theme: theme).map {
    WorkspaceLine(line: $0, item: nil)
  }
  // The relapse check is shown with the doorbraak itself, below.
  for deadline in c.handoverDeadlines
  where deadline.handover == h.id && deadline.kind == .procescoordinatie {
    let days = deadline.daysLeft(on: state.today)
    add(s.handoverDeadline(deadline, days: days), days < 0 ? theme.error : theme.hintKey)
  }
  var item = 0
  switch h.lane {
  case .procescoordinatie:
    add("")
    add(s.inventoryHeading(c.activeInvolvements.count, cost: c.yearlyCost), theme.heading)
    if c.activeInvolvements.count > StuckSignals.professionalsAbove {
      add("! " + s.manyProfessionalsWarning(c.activeInvolvements.count), theme.error)
    }
    if c.yearlyCost > StuckSignals.costAbove {
      add("! " + s.highCostWarning(c.yearlyCost), theme.error)
    }
    if c.involvements.isEmpty { add(s.inventoryEmpty, theme.placeholder, indent: 2) }
    for i in c.involvements {
      add(s.involvementLine(i), i.active ? .plain : theme.placeholder, item: item, indent: 2)
      item += 1
    }
    add("")
    let stable = Basic.allCases.filter { c.basics[$0.rawValue]?.stable == true }.count
    add(s.basicsHeading(stable: stable, of: Basic.allCases.count), theme.heading)
    for basic in Basic.allCases {
      let status = c.basics[basic.rawValue]
      var text = (status?.stable == true ? "[x] " : "[ ] ") + s.basic(basic)
      if let status, !status.note.isEmpty { text += " — " + status.note }
      add(text, item: item, indent: 2)
      item += 1
    }
    add("")
    add(s.planHeading, theme.heading)
    if !c.basicsStable { add(s.basicsFirst, theme.placeholder, indent: 2) }
    if c.plan.isEmpty { add(s.planEmpty, theme.placeholder, indent: 2) }
    for g in c.plan.goals {
      add(s.planGoalLine(g), item: item, indent: 2)
      item += 1
    }
    for a in c.plan.actions {
      add(
        s.planActionLine(a), a.status == .open ? .plain : theme.placeholder, item: item, indent: 2)
      item += 1
    }
    for f in c.plan.agreements {
      add(s.planAgreementLine(f), item: item, indent: 2)
      item += 1
    }
    if let r = c.plan.regisseur { add(s.regisseurLine(r), indent: 2) }
  case .meerTeam:
    add("")
    add(s.doorbraakHeading, theme.heading)
    if let d = h.doorbraak {
      add(s.doorbraakLine(d), item: 0, indent: 2)
      let done = c.plan.monitoring.first {
        $0.reminder
          == HandoverDeadline(kind: .relapseCheck, handover: h.id, due: d.relapseCheck)
          .reminderID
      }
      add(s.relapseLine(d.relapseCheck, done: done, today: state.today), item: 1, indent: 2)
    } else {
      add(s.doorbraakEmpty, theme.placeholder, item: 0, indent: 2)
    }
  case .consult:
    add("")
    add(s.consultNote, theme.placeholder)
  }
  return out
}
