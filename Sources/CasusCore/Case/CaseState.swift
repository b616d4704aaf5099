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
  /// The municipality profile whose ladder the case was handled under (set by the first need).
  public var profile: String?
  /// The questions and life domains that need support, each with its ladder decisions.
  public var needs: [SupportNeed]
  /// The safety lane, once opened.
  public var safetyLane: SafetyLane?
  /// The one plan for the household.
  public var plan: HouseholdPlan
  /// The self-sufficiency matrix meetmomenten, in the order they were recorded.
  public var measurements: [MatrixMeasurement]
  /// Handovers to other teams, oldest first.
  public var handovers: [Handover]
  /// The professionals and services involved, with their yearly cost.
  public var involvements: [Involvement]
  /// Finances, housing and daytime activity, as the procescoördinator stabilises them.
  public var basics: [String: BasicStatus]
  /// When and why the case was closed, and until when it is kept.
  public var closure: Closure?

  public init(
    id: CaseID, household: Household, question: String, melding: Melding,
    regie: Regie = Regie(holder: .resident), phase: Phase = .melding, law: Law = .wmo,
    clientSupportOffered: Bool? = nil, milestones: Milestones = Milestones(),
    conversation: Conversation? = nil, verslagResponses: [VerslagResponse] = [],
    profile: String? = nil, needs: [SupportNeed] = [], safetyLane: SafetyLane? = nil,
    plan: HouseholdPlan = HouseholdPlan(), measurements: [MatrixMeasurement] = [],
    handovers: [Handover] = [], involvements: [Involvement] = [],
    basics: [String: BasicStatus] = [:], closure: Closure? = nil
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
    self.profile = profile
    self.needs = needs
    self.safetyLane = safetyLane
    self.plan = plan
    self.measurements = measurements
    self.handovers = handovers
    self.involvements = involvements
    self.basics = basics
    self.closure = closure
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
    case conversation, verslagResponses, profile, needs, safetyLane, plan, measurements
    case handovers, involvements, basics, closure
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
    profile = try c.decodeIfPresent(String.self, forKey: .profile)
    needs = try c.decodeIfPresent([SupportNeed].self, forKey: .needs) ?? []
    safetyLane = try c.decodeIfPresent(SafetyLane.self, forKey: .safetyLane)
    plan = try c.decodeIfPresent(HouseholdPlan.self, forKey: .plan) ?? HouseholdPlan()
    handovers = try c.decodeIfPresent([Handover].self, forKey: .handovers) ?? []
    involvements = try c.decodeIfPresent([Involvement].self, forKey: .involvements) ?? []
    basics = try c.decodeIfPresent([String: BasicStatus].self, forKey: .basics) ?? [:]
    closure = try c.decodeIfPresent(Closure.self, forKey: .closure)
    // Added with the matrix; absent in files written before it.
    measurements = try c.decodeIfPresent([MatrixMeasurement].self, forKey: .measurements) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(household, forKey: .household)
    try c.encode(question, forKey: .question)
    try c.encode(melding, forKey: .melding)
    try c.encode(regie, forKey: .regie)
    try c.encode(phase, forKey: .phase)
    try c.encode(law, forKey: .law)
    try c.encodeIfPresent(clientSupportOffered, forKey: .clientSupportOffered)
    try c.encode(milestones, forKey: .milestones)
    try c.encodeIfPresent(conversation, forKey: .conversation)
    try c.encode(verslagResponses, forKey: .verslagResponses)
    try c.encode(measurements, forKey: .measurements)
    // Added with the ladder; left out while empty, so a case without one reads as before.
    try c.encodeIfPresent(profile, forKey: .profile)
    if !needs.isEmpty { try c.encode(needs, forKey: .needs) }
    try c.encodeIfPresent(safetyLane, forKey: .safetyLane)
    if plan != HouseholdPlan() { try c.encode(plan, forKey: .plan) }
    if !handovers.isEmpty { try c.encode(handovers, forKey: .handovers) }
    if !involvements.isEmpty { try c.encode(involvements, forKey: .involvements) }
    if !basics.isEmpty { try c.encode(basics, forKey: .basics) }
    try c.encodeIfPresent(closure, forKey: .closure)
  }
}
