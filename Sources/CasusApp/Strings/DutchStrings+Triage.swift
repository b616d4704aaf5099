import CasusCore

extension DutchStrings: TriageStrings {
  public var triageTitle: String { "Triage" }
  public var triageEmpty: String { "Geen dossiers met deze filters. Esc naar de lijst." }
  public func triageSort(_ sort: TriageScreen.Sort) -> String {
    switch sort {
    case .score: return "op signalen"
    case .waiting: return "langst wachtend eerst"
    case .name: return "op naam"
    }
  }
  public var onlyRegisteredLabel: String { "alleen aangemeld" }
  public func registeredOn(_ date: String) -> String { "aangemeld \(date)" }
  public func signalCount(_ n: Int) -> String { n == 1 ? "1 signaal" : "\(n) signalen" }
  public var signalsTitle: String { "Signalen: waarom deze volgorde" }
  public func signalsHeading(_ household: String, score: Int) -> String {
    "\(household) · score \(score) (gewicht · signaal)"
  }
  public var noSignals: String { "Geen signalen dat dit dossier vastzit." }
  public var noRegistration: String {
    "Dit dossier is niet aangemeld voor procescoördinatie; er valt niets te accepteren."
  }
  public func signalName(_ kind: StuckSignal.Kind) -> String {
    switch kind {
    case .noMatrixProgress: return "geen vooruitgang in de matrix"
    case .manyProfessionals: return "meer dan 10 professionals"
    case .highCost: return "kosten boven € 100.000"
    case .overdueDeadline: return "termijn verlopen"
    case .noJointPlan: return "geen gezamenlijk plan"
    case .repeatedHandovers: return "herhaald overgedragen"
    case .noRecentContact: return "lang geen contact"
    }
  }
  public func signalEvidence(_ signal: StuckSignal) -> String {
    switch signal.evidence {
    case .matrix(let before, let after, let from, let to):
      let how = after < before ? "achteruit" : "geen vooruitgang"
      return "Matrix \(how): \(before) → \(after) punten (\(from.dutch) → \(to.dutch))"
    case .professionals(let n):
      return "\(n) professionals betrokken (meer dan \(StuckSignals.professionalsAbove))"
    case .cost(let euros):
      return "Jaarlijkse kosten \(euroAmount(euros, symbol: true)) (boven "
        + "\(euroAmount(StuckSignals.costAbove, symbol: true)))"
    case .overdue(let what, let days):
      return "\(what): \(days == 1 ? "1 dag" : "\(days) dagen") over de termijn"
    case .noPlan:
      return "Geen gezamenlijk plan (één huishouden, één plan)"
    case .handovers(let n):
      return "\(n) keer overgedragen"
    case .silence(let days):
      return "\(days) dagen niets vastgelegd (meer dan \(StuckSignals.silenceDays))"
    }
  }
  public var keyAcceptRegistration: String { "accepteer aanmelding" }
  public var keySignalFilter: String { "signaal" }
  public var keyOnlyRegistered: String { "aangemeld" }
  public var keySort: String { "volgorde" }

  public func historyTitle(_ household: String) -> String { "Geschiedenis · \(household)" }

  public func historyWhat(_ event: CaseEvent) -> String {
    handoverEventSummary(event) ?? ladderEventSummary(event) ?? eventSummary(event)
  }

  public func handoverEventSummary(_ event: CaseEvent) -> String? {
    let p = event.payload
    switch event.type {
    case CaseEventType.handoverCreated:
      let h = try? p.decode(HandoverCreated.self).handover
      return "overdracht \(h?.id ?? "") (\(h.map { lane($0.lane) } ?? "")) als concept begonnen"
    case CaseEventType.handoverRevised:
      return "overdracht \((try? p.decode(HandoverRevised.self))?.new.id ?? "") aangepast"
    case CaseEventType.handoverStateChanged:
      guard let c = try? p.decode(HandoverStateChanged.self) else { return "overdracht" }
      return "overdracht \(c.id) \(handoverState(c.new))"
    case CaseEventType.doorbraakRecorded:
      return "doorbraak vastgelegd bij \((try? p.decode(DoorbraakRecorded.self))?.id ?? "")"
    case CaseEventType.involvementChanged:
      guard let c = try? p.decode(InvolvementChanged.self) else { return "betrokkene" }
      let name = c.new?.name ?? c.old?.name ?? c.id
      if c.old == nil { return "betrokken professional toegevoegd: \(name)" }
      if c.new == nil { return "betrokken professional verwijderd: \(name)" }
      return "betrokken professional gewijzigd: \(name)"
    case CaseEventType.basicChanged:
      guard let c = try? p.decode(BasicChanged.self) else { return "de basis" }
      return "de basis: \(basic(c.basic))"
    case CaseEventType.viewed:
      return "ingezien (\(viewKind((try? p.decode(CaseViewed.self))?.what ?? "")))"
    case CaseEventType.handoverImported:
      guard let c = try? p.decode(HandoverImported.self) else { return "overgenomen" }
      return "overgenomen uit het overdrachtspakket \(c.file) van \(c.exportedBy) "
        + "(dossier \(c.sourceCase), overdracht \(c.handover))"
    default:
      return nil
    }
  }

  private func viewKind(_ what: String) -> String {
    switch what {
    case "detail": return "dossier"
    case "show": return "casus show"
    case "history": return "geschiedenis"
    case "workspace": return "werkruimte"
    default: return what
    }
  }
}
