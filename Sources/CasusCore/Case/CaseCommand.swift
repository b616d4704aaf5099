/// A request to change a case; the engine answers with events or a ``CaseError``.
public enum CaseCommand: Hashable, Sendable {
  /// Replace the fields given in the edit; fields left `nil` stay as they are.
  case edit(CaseEdit)
  /// Start the keukentafelgesprek with a guide, at its first item.
  case startConversation(guideID: String, guideVersion: Int, firstItem: String)
  /// Record the conversation as it now stands; only what changed becomes events.
  case updateConversation(ConversationUpdate)
  /// Record the client's response to the verslag.
  case recordResponse(VerslagResponse)
  /// Record that a document about the case was exported.
  case recordExport(CaseExported)
  /// The ladder and the arrangement.
  case ladder(LadderCommand)
  /// The safety lane.
  case safety(SafetyCommand)
  /// The household plan.
  case plan(PlanCommand)
  /// Handovers to the Meer-team, procescoördinatie or a colleague.
  case handover(HandoverCommand)
  /// The professionals involved and the basics.
  case involvement(InvolvementCommand)
  /// Someone looked at the case (the audit trail of views).
  case recordView(CaseViewed)
  /// Close the case; it is kept for `retentionYears` after `date`.
  case close(date: LocalDate, reason: String, retentionYears: Int)
  /// Take a closure back.
  case reopen(date: LocalDate, reason: String)
  /// Record a meetmoment, checked against the definition it was scored with.
  case recordMeasurement(MatrixMeasurement, definition: MatrixDefinition)
}

/// The conversation as the screen holds it, to be folded into the case.
public struct ConversationUpdate: Hashable, Sendable, Codable {
  public var notes: [String: String]
  public var status: [String: StepStatus]
  public var position: Conversation.Position
  public var elapsedSeconds: Int
  public var network: [NetworkMember]
  public var safety: SafetyConcern?
  public var consent: Consent

  public init(
    notes: [String: String], status: [String: StepStatus], position: Conversation.Position,
    elapsedSeconds: Int, network: [NetworkMember], safety: SafetyConcern?, consent: Consent
  ) {
    self.notes = notes
    self.status = status
    self.position = position
    self.elapsedSeconds = elapsedSeconds
    self.network = network
    self.safety = safety
    self.consent = consent
  }

  /// The update that leaves a conversation exactly as it is.
  public init(_ conversation: Conversation) {
    self.init(
      notes: conversation.notes, status: conversation.status, position: conversation.position,
      elapsedSeconds: conversation.elapsedSeconds, network: conversation.network,
      safety: conversation.safety, consent: conversation.consent)
  }
}

/// What a consulent fills in to register a melding.
public struct NewMelding: Hashable, Sendable {
  public var householdName: String
  public var members: [Member]
  public var question: String
  public var meldingDate: LocalDate
  public var source: Melding.Source
  public var regie: Regie
  public var law: Law
  public var clientSupportOffered: Bool?

  public init(
    householdName: String, members: [Member], question: String, meldingDate: LocalDate,
    source: Melding.Source = .self, regie: Regie = Regie(holder: .resident), law: Law = .wmo,
    clientSupportOffered: Bool? = nil
  ) {
    self.householdName = householdName
    self.members = members
    self.question = question
    self.meldingDate = meldingDate
    self.source = source
    self.regie = regie
    self.law = law
    self.clientSupportOffered = clientSupportOffered
  }
}

/// New values for some fields of a case.
public struct CaseEdit: Hashable, Sendable {
  public var householdName: String?
  public var members: [Member]?
  public var question: String?
  public var meldingDate: LocalDate?
  public var source: Melding.Source?
  public var regie: Regie?
  public var phase: Phase?
  public var law: Law?
  public var clientSupportOffered: Bool?
  /// Milestone dates to set; a date cannot be cleared by an edit, only corrected.
  public var milestones: Milestones?

  public init(
    householdName: String? = nil, members: [Member]? = nil, question: String? = nil,
    meldingDate: LocalDate? = nil, source: Melding.Source? = nil, regie: Regie? = nil,
    phase: Phase? = nil, law: Law? = nil, clientSupportOffered: Bool? = nil,
    milestones: Milestones? = nil
  ) {
    self.law = law
    self.clientSupportOffered = clientSupportOffered
    self.milestones = milestones
    self.householdName = householdName
    self.members = members
    self.question = question
    self.meldingDate = meldingDate
    self.source = source
    self.regie = regie
    self.phase = phase
  }
}
