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
          melding: p.melding, regie: p.regie, phase: p.phase)
      case CaseEventType.edited:
        let p = try event.payload.decode(CaseEdited.self)
        for change in p.changes { try apply(change) }
      default:
        throw ReplayError(seq: event.seq, reason: "unknown event type \(event.type)")
      }
    } catch let error as ReplayError {
      throw error
    } catch {
      throw ReplayError(seq: event.seq, reason: "malformed \(event.type) payload")
    }
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
