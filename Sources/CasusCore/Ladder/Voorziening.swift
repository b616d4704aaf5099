/// An individual voorziening on a rung that needs a beschikking: the aanvraag and the decision.
///
/// The aanvraag starts the beschikking term (Wmo 2015 art. 2.3.5: two weeks; Jeugdwet: eight
/// weeks under the Awb); each voorziening has its own clock.
public struct Voorziening: Hashable, Sendable, Codable {
  /// The day the aanvraag was received.
  public var aanvraag: LocalDate
  public var decision: Decision?
  /// The day the beschikking was sent.
  public var decided: LocalDate?
  /// Why it was decided so, as it is written in the beschikking.
  public var motivation: String
  /// The period the voorziening is granted for.
  public var start: LocalDate?
  public var end: LocalDate?
  /// Persoonsgebonden budget or zorg in natura.
  public var form: Form?

  public init(
    aanvraag: LocalDate, decision: Decision? = nil, decided: LocalDate? = nil,
    motivation: String = "", start: LocalDate? = nil, end: LocalDate? = nil, form: Form? = nil
  ) {
    self.aanvraag = aanvraag
    self.decision = decision
    self.decided = decided
    self.motivation = motivation
    self.start = start
    self.end = end
    self.form = form
  }

  /// The outcome of the aanvraag.
  public enum Decision: String, Hashable, Sendable, Codable, CaseIterable {
    /// Toegekend.
    case granted
    /// Deels toegekend.
    case partly
    /// Afgewezen.
    case refused
  }

  /// How the voorziening is delivered.
  public enum Form: String, Hashable, Sendable, Codable, CaseIterable {
    /// Zorg in natura: a contracted provider.
    case zin
    /// Persoonsgebonden budget: the client buys the care.
    case pgb
  }
}
