import CasusCore
import TerminalUI

/// One part of the right side of the status line, with how long it stays when room runs out
/// (a higher rank stays longer).
struct StatusPart: Equatable {
  var text: String
  var rank: Int
}

/// The parts of the status line's right side, in the order they are shown.
///
/// Urgency comes first and stays longest, then the mode's own word (a safety concern, the
/// conversation timer), the most urgent legal clock, the nearest reminder, the case count and
/// "saved at".
func statusParts(_ state: AppState) -> [StatusPart] {
  let s = state.strings
  var head: [StatusPart] = []
  var tail: [StatusPart] = []
  let clockCase: CaseFile?
  switch state.mode {
  case .conversation(let session):
    if session.safety?.raised == true { head.append(StatusPart(text: s.safetyBadge, rank: 6)) }
    head.append(
      StatusPart(text: s.conversationTimer(timerText(session.elapsed(at: state.now))), rank: 5))
    clockCase = state.cases.first { $0.id == session.caseID }
  case .browse, .filtering, .command:
    head.append(StatusPart(text: s.caseCount(state.cases.count), rank: 1))
    clockCase = state.selectedCase
  case .document(let viewer):
    head.append(StatusPart(text: s.caseCount(state.cases.count), rank: 1))
    clockCase = state.cases.first { $0.id == viewer.caseID }
  case .ladder(let screen):
    clockCase = state.cases.first { $0.id == screen.caseID }
  case .safety(let screen):
    clockCase = state.cases.first { $0.id == screen.caseID }
  case .plan(let screen):
    clockCase = state.cases.first { $0.id == screen.caseID }
  default:
    head.append(StatusPart(text: s.caseCount(state.cases.count), rank: 1))
    clockCase = nil
  }
  var middle: [StatusPart] = []
  if let clockCase {
    let (urgent, reminder) = workflowStatus(clockCase, state)
    if let urgent { head.insert(StatusPart(text: urgent, rank: 7), at: 0) }
    if let clock = state.urgentClock(for: clockCase) {
      middle.append(
        StatusPart(text: "\(s.clockTitle(clock)): \(s.clockSummary(clock.status))", rank: 4))
    }
    if let reminder { middle.append(StatusPart(text: reminder, rank: 2)) }
  }
  if let stamp = state.lastSave { tail.append(StatusPart(text: s.savedAt(stamp.time), rank: 0)) }
  // The mode's own first part (the count, the timer) keeps its place before the clock.
  let first = head.prefix { $0.rank != 1 && $0.rank != 5 }
  let rest = head.dropFirst(first.count)
  return Array(first) + Array(rest.prefix(1)) + middle + Array(rest.dropFirst()) + tail
}
