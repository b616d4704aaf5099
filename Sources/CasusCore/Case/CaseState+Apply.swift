/// Why a history could not be replayed into a state.
public struct ReplayError: Error, Hashable, Sendable, CustomStringConvertible {
  public var seq: Int
  public var reason: String
  public var description: String { "event \(seq): \(reason)" }
}

/// Evolving: applying facts to the state. Events are facts; they never fail to apply unless
/// the file is damaged.
extension CaseState {
  /// Applies one event to the state.
  public mutating func apply(_ event: CaseEvent) throws(ReplayError) {
    do {
      switch event.type {
      case CaseEventType.opened:
        let p = try event.payload.decode(CaseOpened.self)
        self = CaseState(
          id: id, household: p.household, question: p.question,
          melding: p.melding, regie: p.regie, phase: p.phase, law: p.law ?? .wmo,
          clientSupportOffered: p.clientSupportOffered)
      case CaseEventType.edited:
        let p = try event.payload.decode(CaseEdited.self)
        for change in p.changes { try apply(change) }
      case CaseEventType.conversationStarted:
        let p = try event.payload.decode(ConversationStarted.self)
        conversation = Conversation(
          guideID: p.guideID, guideVersion: p.guideVersion,
          startedAt: event.at, firstItem: p.firstItem)
        if phase == .melding { phase = .gesprek }
      case CaseEventType.noteChanged:
        let p = try event.payload.decode(NoteChanged.self)
        try updateConversation(event) { $0.notes[p.item] = p.new.isEmpty ? nil : p.new }
      case CaseEventType.stepStatusChanged:
        let p = try event.payload.decode(StepStatusChanged.self)
        try updateConversation(event) { $0.status[p.item] = p.new == .notStarted ? nil : p.new }
      case CaseEventType.positionSaved:
        let p = try event.payload.decode(PositionSaved.self)
        try updateConversation(event) {
          $0.position = Conversation.Position(item: p.item, cursor: p.cursor)
          $0.elapsedSeconds = p.elapsedSeconds
        }
      case CaseEventType.consentChanged:
        let p = try event.payload.decode(ConsentChanged.self)
        try updateConversation(event) { $0.consent = p.new }
      case CaseEventType.networkChanged:
        let p = try event.payload.decode(NetworkChanged.self)
        try updateConversation(event) { $0.network = p.new }
      case CaseEventType.safetyChanged:
        let p = try event.payload.decode(SafetyChanged.self)
        try updateConversation(event) { $0.safety = p.new }
      case CaseEventType.responseRecorded:
        verslagResponses.append(try event.payload.decode(VerslagResponse.self))
      case CaseEventType.closed:
        let closure = try event.payload.decode(Closure.self)
        self.closure = closure
        phase = .afgesloten
      case CaseEventType.reopened:
        _ = try event.payload.decode(CaseReopened.self)
        phase = closure?.previousPhase ?? .uitvoering
        closure = nil
      case CaseEventType.exported:
        // A fact for the history only; the case itself does not change.
        _ = try event.payload.decode(CaseExported.self)
      case _
      where event.type.hasPrefix("ladder.") || event.type.hasPrefix("plan.")
        || event.type.hasPrefix("safety.lane") || event.type == CaseEventType.chainStepRecorded:
        try applyArrangement(event)
      case _
      where event.type.hasPrefix("handover.") || event.type.hasPrefix("involvement.")
        || event.type.hasPrefix("basics.") || event.type == CaseEventType.viewed:
        try applyHandover(event)
      case CaseEventType.matrixMeasured:
        measurements.append(try event.payload.decode(MatrixMeasurement.self))
      default:
        throw ReplayError(seq: event.seq, reason: "unknown event type \(event.type)")
      }
    } catch let error as ReplayError {
      throw error
    } catch {
      throw ReplayError(seq: event.seq, reason: "malformed \(event.type) payload")
    }
  }

  private mutating func updateConversation(
    _ event: CaseEvent, _ change: (inout Conversation) -> Void
  )
    throws
  {
    guard var c = conversation else {
      throw ReplayError(seq: event.seq, reason: "\(event.type) before conversation.started")
    }
    change(&c)
    conversation = c
  }

  private mutating func apply(_ change: FieldChange) throws {
    switch change.field {
    case .householdName: household.name = try change.new.decode(String.self)
    case .members: household.members = try change.new.decode([Member].self)
    case .question: question = try change.new.decode(String.self)
    case .meldingDate: melding.date = try change.new.decode(LocalDate.self)
    case .meldingSource: melding.source = try change.new.decode(Melding.Source.self)
    case .regie: regie = try change.new.decode(Regie.self)
    case .phase: phase = try change.new.decode(Phase.self)
    case .law: law = try change.new.decode(Law.self)
    case .clientSupportOffered: clientSupportOffered = try change.new.decode(Bool?.self)
    case .onderzoekFinished: milestones.onderzoekFinished = try change.new.decode(LocalDate?.self)
    case .verslagSent: milestones.verslagSent = try change.new.decode(LocalDate?.self)
    case .persoonlijkPlan: milestones.persoonlijkPlan = try change.new.decode(LocalDate?.self)
    case .aanvraag: milestones.aanvraag = try change.new.decode(LocalDate?.self)
    case .beschikking: milestones.beschikking = try change.new.decode(LocalDate?.self)
    }
  }

  /// Rebuilds a state from a full history; the first event must be `case.opened`.
  public static func replay(id: CaseID, events: [CaseEvent]) throws(ReplayError) -> CaseState {
    guard let first = events.first, first.type == CaseEventType.opened else {
      throw ReplayError(
        seq: events.first?.seq ?? 0, reason: "history does not start with case.opened")
    }
    let placeholder = Melding(date: LocalDate(dayNumber: 0), source: .self)
    var state = CaseState(
      id: id, household: Household(name: "", members: []), question: "",
      melding: placeholder)
    for event in events { try state.apply(event) }
    return state
  }
}
