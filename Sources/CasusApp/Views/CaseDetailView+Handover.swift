import CasusCore
import TerminalUI

/// The handovers of a case in its detail pane: each with its state in words, so the sender
/// sees what the receiver decided (and why, when it was declined).
func handoverDetailLines(_ file: CaseFile, state: AppState, width: Int, theme: Theme)
  -> [StyledLine]
{
  let s = state.strings
  let c = file.state
  guard !c.handovers.isEmpty || !c.involvements.isEmpty else { return [] }
  var out = [StyledLine(s.handoversHeading, theme.heading)]
  for h in c.handovers {
    var text = "\(h.id) · \(s.lane(h.lane)) · \(s.handoverState(h.state))"
    if let d = h.submitted { text += " · " + s.submittedOn(d.dutch) }
    out += text.wrapped(toWidth: width - 2).map { StyledLine("  " + $0) }
    if h.state == .declined, let reason = h.declineReason {
      out += s.declinedBecause(reason).wrapped(toWidth: width - 4).map {
        StyledLine("    " + $0, theme.error)
      }
    }
  }
  for deadline in c.handoverDeadlines {
    let days = deadline.daysLeft(on: state.today)
    out += s.handoverDeadline(deadline, days: days).wrapped(toWidth: width - 2).map {
      StyledLine("  " + $0, days < 0 ? theme.error : .plain)
    }
  }
  if !c.involvements.isEmpty {
    out += s.inventoryHeading(c.activeInvolvements.count, cost: c.yearlyCost)
      .wrapped(toWidth: width - 2).map { StyledLine("  " + $0) }
  }
  out.append(StyledLine(""))
  return out
}
