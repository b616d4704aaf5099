import CasusCore
import TerminalUI

/// The facts of one handover as both sides see them: lane, state, who to whom, why, on what
/// ground, and how it ended.
func handoverSummaryLines(
  _ file: CaseFile, _ h: Handover, state: AppState, width: Int, theme: Theme
) -> [StyledLine] {
  let s = state.strings
  var out: [StyledLine] = []
  func add(_ text: String, _ style: Style = .plain) {
    out += text.wrapped(toWidth: max(1, width)).map { StyledLine($0, style) }
  }
  var head = "\(h.id) · \(s.lane(h.lane)) · \(s.handoverState(h.state))"
  if let d = h.submitted { head += " · " + s.submittedOn(d.dutch) }
  add(head, theme.heading)
  add(s.fromTo(h.from, h.to))
  if !h.reasons.isEmpty { add(s.reasonsLabel + ": " + h.reasons.joined(separator: "; ")) }
  if !h.question.isEmpty { add(s.handoverQuestionLabel + ": " + h.question) }
  if !h.whyStuck.isEmpty { add(s.handoverWhyStuckLabel + ": " + h.whyStuck) }
  if let c = h.consent { add(s.groundLabel + ": " + s.consentKind(c.kind) + " — " + c.detail) }
  if let d = h.accepted { add(s.acceptedOn(d.dutch)) }
  if h.state == .declined, let reason = h.declineReason {
    add(s.declinedBecause(reason), theme.error)
  }
  if h.state == .returned, let to = h.returnedTo {
    add(s.returnedTo(to, (h.returned ?? state.today).dutch))
    if let e = h.evaluation { add(s.evaluationSummary(e)) }
  }
  if h.state == .closed {
    add(s.closedBecause(closeReason(file, h) ?? "", (h.returned ?? state.today).dutch))
  }
  return out
}

/// Why a handover was closed, from its history (the state keeps only the date).
func closeReason(_ file: CaseFile, _ h: Handover) -> String? {
  for event in file.events.reversed() where event.type == CaseEventType.handoverStateChanged {
    if let p = try? event.payload.decode(HandoverStateChanged.self), p.id == h.id,
      p.new == .closed
    {
      return p.reason
    }
  }
  return nil
}

/// Two boxes one above the other: a list and the details of its selected row.
func splitListAndDetail(_ rect: Rect) -> (list: Rect, detail: Rect) {
  let detail = max(7, min(16, rect.height * 2 / 5))
  let (top, _, bottom) = rect.splitVertical(top: rect.height - detail, bottom: detail)
  return (top, bottom)
}

/// Draws lines in a framed box, scrolled by `scroll`.
func drawLinesBox(
  _ lines: [StyledLine], title: String, in rect: Rect, scroll: Int = 0, focused: Bool = false,
  into screen: inout Screen, theme: Theme
) {
  screen.box(
    rect, title: title, style: focused ? theme.focusedBorder : theme.border,
    titleStyle: focused ? theme.focusedBorder : theme.heading)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard !inner.isEmpty else { return }
  let top = min(max(0, scroll), max(0, lines.count - inner.height))
  for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
    screen.put(line.text, x: inner.x, y: inner.y + i, style: line.style, clip: inner)
  }
}
