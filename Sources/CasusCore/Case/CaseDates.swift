/// The dates of a case that start and stop the legal clocks.
public struct CaseDates: Hashable, Sendable, Codable {
  /// The melding: starts the Wmo onderzoek (6 weeks) and the persoonlijk plan (7 days).
  public var melding: LocalDate
  /// The onderzoek was finished (the verslag is written).
  public var onderzoekFinished: LocalDate?
  /// The verslag was sent to the client.
  public var verslagSent: LocalDate?
  /// A persoonlijk plan was handed in by the client.
  public var persoonlijkPlan: LocalDate?
  /// The aanvraag was received: starts the beschikking clock.
  public var aanvraag: LocalDate?
  /// The beschikking (decision) was sent.
  public var beschikking: LocalDate?

  public init(
    melding: LocalDate, onderzoekFinished: LocalDate? = nil, verslagSent: LocalDate? = nil,
    persoonlijkPlan: LocalDate? = nil, aanvraag: LocalDate? = nil, beschikking: LocalDate? = nil
  ) {
    self.melding = melding
    self.onderzoekFinished = onderzoekFinished
    self.verslagSent = verslagSent
    self.persoonlijkPlan = persoonlijkPlan
    self.aanvraag = aanvraag
    self.beschikking = beschikking
  }

  /// The named date fields a clock definition can refer to.
  public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
    case melding, onderzoekFinished, verslagSent, persoonlijkPlan, aanvraag, beschikking
  }

  /// The value of a named field.
  public subscript(field: Field) -> LocalDate? {
    switch field {
    case .melding: return melding
    case .onderzoekFinished: return onderzoekFinished
    case .verslagSent: return verslagSent
    case .persoonlijkPlan: return persoonlijkPlan
    case .aanvraag: return aanvraag
    case .beschikking: return beschikking
    }
  }
}
