/// The dates in a case after the melding that stop or start legal clocks.
public struct Milestones: Hashable, Sendable, Codable {
  public var onderzoekFinished: LocalDate?
  public var verslagSent: LocalDate?
  public var persoonlijkPlan: LocalDate?
  public var aanvraag: LocalDate?
  public var beschikking: LocalDate?

  public init(
    onderzoekFinished: LocalDate? = nil, verslagSent: LocalDate? = nil,
    persoonlijkPlan: LocalDate? = nil, aanvraag: LocalDate? = nil, beschikking: LocalDate? = nil
  ) {
    self.onderzoekFinished = onderzoekFinished
    self.verslagSent = verslagSent
    self.persoonlijkPlan = persoonlijkPlan
    self.aanvraag = aanvraag
    self.beschikking = beschikking
  }
}
