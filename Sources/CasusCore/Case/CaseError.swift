/// Why the engine refused a change.
///
/// The user's wording lives in the app's strings table; `description` is the English fallback for
/// logs and the command line.
public enum CaseError: Error, Hashable, Sendable, CustomStringConvertible {
  case emptyHouseholdName
  case noMembers
  case emptyMemberName(index: Int)
  case emptyQuestion
  case meldingInFuture(LocalDate)
  case birthDateInFuture(name: String, LocalDate)
  case birthDateImplausible(name: String, LocalDate)
  case regieNameMissing
  case nothingChanged
  case caseClosed
  case conversationNotStarted
  case conversationAlreadyStarted
  case emptyResponse
  case milestoneBeforeMelding(CaseField)
  case emptyNeedTitle
  case needExists(String)
  case unknownNeed(String)
  case unknownRung(String)
  /// Help on a heavier rung while these lighter rungs were neither looked at nor explained.
  case lighterRungsNotAccountedFor([String])
  case emptyReason
  case safetyLaneAlreadyOpen
  case noSafetyLane
  case emptyPlanItem
  case badTargetLevel(Int)
  case handoverExists(String)
  case unknownHandover(String)
  case handoverNeedsReceiver
  case handoverNeedsConsent
  case handoverNeedsReason
  case handoverNeedsEvaluation
  case handoverTransition(from: HandoverState, to: HandoverState)
  case badRating(Int)
  case doorbraakNotAllowed
  case relapseCheckBeforeDecision
  case negativeCost
  case caseNotClosed
  /// A meetmoment that does not fit its definition or its dates.
  case matrix(MatrixError)

  public var description: String {
    switch self {
    case .emptyHouseholdName: return "the household needs a name"
    case .noMembers: return "a household needs at least one member"
    case .emptyMemberName(let i): return "member \(i + 1) has no name"
    case .emptyQuestion: return "record the client's question in their own words"
    case .meldingInFuture(let d): return "the melding date \(d) is in the future"
    case .birthDateInFuture(let n, let d): return "date of birth \(d) of \(n) is in the future"
    case .birthDateImplausible(let n, let d): return "date of birth \(d) of \(n) is before 1900"
    case .regieNameMissing: return "name the person who holds regie"
    case .nothingChanged: return "nothing was changed"
    case .caseClosed: return "the case is closed"
    case .conversationNotStarted: return "the conversation has not started"
    case .conversationAlreadyStarted: return "the conversation has already started"
    case .emptyResponse: return "the response is empty"
    case .milestoneBeforeMelding(let f): return "\(f.rawValue) lies before the melding date"
    case .emptyNeedTitle: return "name the question or life domain"
    case .needExists(let t): return "\(t) is already on the ladder"
    case .unknownNeed(let id): return "there is no need \(id) in this case"
    case .unknownRung(let id): return "rung \(id) is not on this ladder"
    case .lighterRungsNotAccountedFor(let rungs):
      return "say why these lighter rungs do not suffice: " + rungs.joined(separator: ", ")
    case .emptyReason: return "give a reason"
    case .safetyLaneAlreadyOpen: return "the safety lane is already open"
    case .noSafetyLane: return "the safety lane is not open"
    case .emptyPlanItem: return "the plan item is empty"
    case .badTargetLevel(let n): return "target level \(n) is not between 1 and 5"
    case .handoverExists(let id): return "handover \(id) already exists"
    case .unknownHandover(let id): return "there is no handover \(id)"
    case .handoverNeedsReceiver: return "name who the handover goes to"
    case .handoverNeedsConsent: return "record consent, a legal ground or an override with reason"
    case .handoverNeedsReason: return "choose at least one reason for the handover"
    case .handoverNeedsEvaluation: return "procescoördinatie is handed back with an evaluation"
    case .handoverTransition(let a, let b): return "a handover cannot go from \(a) to \(b)"
    case .badRating(let n): return "rating \(n) is not between 1 and 10"
    case .doorbraakNotAllowed: return "a doorbraak is recorded on an accepted Meer-team handover"
    case .relapseCheckBeforeDecision: return "the relapse check lies before the decision"
    case .negativeCost: return "a cost cannot be negative"
    case .caseNotClosed: return "the case is not closed"
    case .matrix(let error): return error.description
    }
  }
}
