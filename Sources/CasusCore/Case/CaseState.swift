import Foundation

/// The current state of a case, as folded from its events.
public struct CaseState: Hashable, Sendable, Codable {
  public var id: CaseID
  public var household: Household
  /// The client's question, in the client's own words.
  public var question: String
  public var melding: Melding
  public var regie: Regie
  public var phase: Phase
  /// The law the case is handled under (schema 2; files of schema 1 are Wmo).
  public var law: Law
  /// Whether onafhankelijke cliëntondersteuning was offered (Wmo 2015, article 2.3.2 lid 3).
  public var clientSupportOffered: Bool?
  /// The dates after the melding that drive the legal clocks.
  public var milestones: Milestones
  /// The keukentafelgesprek, once it has started.
  public var conversation: Conversation?
  /// The client's responses to the verslag.
  public var verslagResponses: [VerslagResponse]
  /// The self-sufficiency matrix meetmomenten, in the order they were recorded.
  public var measurements: [MatrixMeasurement]

  public init(
    id: CaseID, household: Household, question: String, melding: Melding,
    regie: Regie = Regie(holder: .resident), phase: Phase = .melding, law: Law = .wmo,
    clientSupportOffered: Bool? = nil, milestones: Milestones = Milestones(),
    conversation: Conversation? = nil, verslagResponses: [VerslagResponse] = [],
    measurements: [MatrixMeasurement] = []
  ) {
    self.id = id
    self.household = household
    self.question = question
    self.melding = melding
    self.regie = regie
    self.phase = phase
    self.law = law
    self.clientSupportOffered = clientSupportOffered
    self.milestones = milestones
    self.conversation = conversation
    self.verslagResponses = verslagResponses
    self.measurements = measurements
  }

  /// The dates the legal clocks read.
  public var dates: CaseDates {
    CaseDates(
      melding: melding.date, onderzoekFinished: milestones.onderzoekFinished,
      verslagSent: milestones.verslagSent, persoonlijkPlan: milestones.persoonlijkPlan,
      aanvraag: milestones.aanvraag, beschikking: milestones.beschikking)
  }

  private enum CodingKeys: String, CodingKey {
    case id, household, question, melding, regie, phase, law, clientSupportOffered, milestones
    case conversation, verslagResponses, measurements
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(CaseID.self, forKey: .id)
    household = try c.decode(Household.self, forKey: .household)
    question = try c.decode(String.self, forKey: .question)
    melding = try c.decode(Melding.self, forKey: .melding)
    regie = try c.decode(Regie.self, forKey: .regie)
    phase = try c.decode(Phase.self, forKey: .phase)
    // Added in schema 2; absent in files of schema 1.
    law = try c.decodeIfPresent(Law.self, forKey: .law) ?? .wmo
    clientSupportOffered = try c.decodeIfPresent(Bool.self, forKey: .clientSupportOffered)
    milestones = try c.decodeIfPresent(Milestones.self, forKey: .milestones) ?? Milestones()
    conversation = try c.decodeIfPresent(Conversation.self, forKey: .conversation)
    verslagResponses =
      try c.decodeIfPresent([VerslagResponse].self, forKey: .verslagResponses) ?? []
    // Added with the matrix; absent in files written before it.
    measurements = try c.decodeIfPresent([MatrixMeasurement].self, forKey: .measurements) ?? []
  }
}
