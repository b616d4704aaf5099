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
    case .matrix(let error): return error.description
    }
  }
}
