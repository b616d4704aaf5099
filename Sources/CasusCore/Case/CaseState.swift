/// The current state of a case, as folded from its events.
public struct CaseState: Hashable, Sendable, Codable {
  public var id: CaseID
  public var household: Household
  /// The client's question, in the client's own words.
  public var question: String
  public var melding: Melding
  public var regie: Regie
  public var phase: Phase

  public init(
    id: CaseID, household: Household, question: String, melding: Melding,
    regie: Regie = Regie(holder: .resident), phase: Phase = .melding
  ) {
    self.id = id
    self.household = household
    self.question = question
    self.melding = melding
    self.regie = regie
    self.phase = phase
  }
}
