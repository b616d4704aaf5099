/// The procescoördinator's triage: every case with its stuck signals, the heaviest first.
///
/// The score is the sum of the signals' weights, so the order can always be explained by the
/// signals shown beside it. Ties go to the case registered longest ago, then the case id, so
/// the order is stable.
public struct TriageEntry: Hashable, Sendable {
  public var caseID: CaseID
  public var signals: [StuckSignal]
  /// When the case was registered for procescoördinatie (open registrations only).
  public var registered: LocalDate?

  public init(caseID: CaseID, signals: [StuckSignal], registered: LocalDate? = nil) {
    self.caseID = caseID
    self.signals = signals
    self.registered = registered
  }

  /// The sum of the weights.
  public var score: Int { signals.reduce(0) { $0 + $1.weight } }

  /// The signals, heaviest first (the order they are explained in).
  public var explained: [StuckSignal] {
    signals.sorted { ($1.weight, $0.kind.rawValue) < ($0.weight, $1.kind.rawValue) }
  }

  /// The triage order: higher score first, then the oldest registration, then the id.
  public static func ranked(_ entries: [TriageEntry]) -> [TriageEntry] {
    entries.sorted { a, b in
      if a.score != b.score { return a.score > b.score }
      let ra = a.registered?.dayNumber ?? Int.max
      let rb = b.registered?.dayNumber ?? Int.max
      if ra != rb { return ra < rb }
      return a.caseID < b.caseID
    }
  }
}

extension CaseState {
  /// The open registration for procescoördinatie that waits for a decision, if any.
  public var pendingRegistration: Handover? {
    handovers.last { $0.lane == .procescoordinatie && $0.state == .submitted }
  }

}

extension CaseFile {
  /// The last event that counts as contact with the household: anything but views and exports.
  public var lastContact: CaseEvent? {
    events.last { ![CaseEventType.viewed, CaseEventType.exported].contains($0.type) }
  }
}
