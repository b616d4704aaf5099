import CasusCore

extension EnglishStrings: TriageStrings {
  public var triageTitle: String { "Triage" }
  public var triageEmpty: String { "No cases with these filters. Esc goes to the list." }
  public func triageSort(_ sort: TriageScreen.Sort) -> String {
    switch sort {
    case .score: return "by signals"
    case .waiting: return "longest waiting first"
    case .name: return "by name"
    }
  }
  public var onlyRegisteredLabel: String { "registered only" }
  public func registeredOn(_ date: String) -> String { "registered \(date)" }
  public func signalCount(_ n: Int) -> String { n == 1 ? "1 signal" : "\(n) signals" }
  public var signalsTitle: String { "Signals: why this order" }
  public func signalsHeading(_ household: String, score: Int) -> String {
    "\(household) · score \(score) (weight · signal)"
  }
  public var noSignals: String { "No signals that this case is stuck." }
  public var noRegistration: String {
    "This case is not registered for process coordination; there is nothing to accept."
  }
  public func signalName(_ kind: StuckSignal.Kind) -> String {
    switch kind {
    case .noMatrixProgress: return "no matrix progress"
    case .manyProfessionals: return "more than 10 professionals"
    case .highCost: return "cost above €100,000"
    case .overdueDeadline: return "deadline passed"
    case .noJointPlan: return "no joint plan"
    case .repeatedHandovers: return "handed over repeatedly"
    case .noRecentContact: return "no recent contact"
    }
  }
  public func signalEvidence(_ signal: StuckSignal) -> String {
    switch signal.evidence {
    case .matrix(let before, let after, let from, let to):
      let how = after < before ? "declined" : "no progress"
      return "Matrix \(how): \(before) → \(after) points (\(from.dutch) → \(to.dutch))"
    case .professionals(let n):
      return "\(n) professionals involved (more than \(StuckSignals.professionalsAbove))"
    case .cost(let euros):
      return "Yearly cost \(euroAmount(euros, symbol: true)) (above "
        + "\(euroAmount(StuckSignals.costAbove, symbol: true)))"
    case .overdue(let what, let days):
      return "\(what): \(days == 1 ? "1 day" : "\(days) days") past the term"
    case .noPlan:
      return "No joint plan (one household, one plan)"
    case .handovers(let n):
      return "Handed over \(n) times"
    case .silence(let days):
      return "Nothing recorded for \(days) days (more than \(StuckSignals.silenceDays))"
    }
  }
  public var keyAcceptRegistration: String { "accept registration" }
  public var keySignalFilter: String { "signal" }
  public var keyOnlyRegistered: String { "registered" }
  public var keySort: String { "order" }

  public func historyTitle(_ household: String) -> String { "History · \(household)" }

  public func historyWhat(_ event: CaseEvent) -> String {
    handoverEventSummary(event) ?? ladderEventSummary(event) ?? eventSummary(event)
  }

  public func handoverEventSummary(_ event: CaseEvent) -> String? {
    let p = event.payload
    switch event.type {
    case CaseEventType.handoverCreated:
      let h = try? p.decode(HandoverCreated.self).handover
      return "handover \(h?.id ?? "") (\(h.map { lane($0.lane) } ?? "")) started as a draft"
    case CaseEventType.handoverRevised:
      return "handover \((try? p.decode(HandoverRevised.self))?.new.id ?? "") revised"
    case CaseEventType.handoverStateChanged:
      guard let c = try? p.decode(HandoverStateChanged.self) else { return "handover" }
      return "handover \(c.id) \(handoverState(c.new))"
    case CaseEventType.doorbraakRecorded:
      return "breakthrough recorded for \((try? p.decode(DoorbraakRecorded.self))?.id ?? "")"
    case CaseEventType.involvementChanged:
      guard let c = try? p.decode(InvolvementChanged.self) else { return "involvement" }
      let name = c.new?.name ?? c.old?.name ?? c.id
      if c.old == nil { return "professional involved added: \(name)" }
      if c.new == nil { return "professional involved removed: \(name)" }
      return "professional involved changed: \(name)"
    case CaseEventType.basicChanged:
      guard let c = try? p.decode(BasicChanged.self) else { return "the basics" }
      return "the basics: \(basic(c.basic))"
    case CaseEventType.viewed:
      return "viewed (\((try? p.decode(CaseViewed.self))?.what ?? ""))"
    case CaseEventType.handoverImported:
      guard let c = try? p.decode(HandoverImported.self) else { return "taken in" }
      return "taken in from the handover package \(c.file) by \(c.exportedBy) "
        + "(case \(c.sourceCase), handover \(c.handover))"
    default:
      return nil
    }
  }
}
