import CasusCore

/// The comparison view: one case's meetmomenten with one definition, current against
/// previous, per domain.
public struct ComparisonScreen: Equatable {
  public var caseID: CaseID
  /// Which series (definition) is shown.
  public var reference: MatrixReference
  /// The meetmoment shown as "current" (index in the series); `nil`: the latest.
  public var index: Int?
  /// The highlighted domain row.
  public var row: Int
  /// The conversation to go back to, when scoring was opened from it.
  public var returnTo: ConversationSession?

  public init(
    caseID: CaseID, reference: MatrixReference, index: Int? = nil,
    returnTo: ConversationSession? = nil
  ) {
    self.caseID = caseID
    self.reference = reference
    self.index = index
    self.row = 0
    self.returnTo = returnTo
  }
}
