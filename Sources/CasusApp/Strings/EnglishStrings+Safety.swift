import CasusCore

/// The safety lane, urgency, the profile and the history lines of ``LadderStrings``.
extension EnglishStrings {
  public var safetyTitle: String { "Safety lane" }
  public func safetyOpenLine(_ opened: String, _ source: String) -> String {
    "! Safety lane open since \(opened) (raised by: \(source))"
  }
  public func safetySource(_ source: SafetyLane.Source) -> String {
    switch source {
    case .conversation: return "the conversation"
    case .matrix: return "the matrix, level 1"
    case .professional: return "the professional"
    }
  }
  public func safetyClosedLine(_ opened: String, _ closed: String) -> String {
    "The safety lane was open from \(opened) to \(closed)"
  }
  public func closeReasonLine(_ reason: String) -> String { "Closed because: \(reason)" }
  public var safetyNothingBlocked: String {
    "Nothing is blocked: arrange the help that is needed at once (l: ladder)."
  }
  public var safetyNoLane: String {
    "No safety lane is open. o opens it when there is a concern about safety."
  }
  public var safetyUrgentWithoutLane: String {
    "! There is a safety concern or an acute life domain without an open lane."
  }
  public var chainHeading: String { "Chain: date and outcome per step" }
  public var outcomeLabel: String { "Outcome" }
  public var openSafetyTitle: String { "Open the safety lane" }
  public var openSafetyIntro: String {
    "A concern about safety: the case becomes urgent and the chain steps are ready. Say why."
  }
  public var safetyReasonTitle: String { "Reason for the safety lane" }
  public var closeSafetyTitle: String { "Close the safety lane" }
  public var closeSafetyIntro: String {
    "Is safety sufficiently in hand? Say why the lane can close; the case is then no longer urgent."
  }
  public var safetyLaneOpened: String { "Safety lane opened; the case is urgent." }
  public var chainStepSaved: String { "Chain step recorded." }
  public var safetyLaneClosed: String { "Safety lane closed." }
  public var safetyLaneOpenedNotice: String { "! Safety concern: safety lane opened (s)." }
  public func safetyLaneOpenedAcute(_ domains: [String]) -> String {
    "ACUTE (level 1): \(domains.joined(separator: ", ")). Safety lane opened (s)."
  }
  public var safetyReasonFromConversation: String {
    "A concern about safety was raised in the conversation."
  }
  public func safetyReasonFromMatrix(_ domains: [String], date: String) -> String {
    "Level 1 (acute problems) for \(domains.joined(separator: ", ")) in the meetmoment of \(date)."
  }

  public var urgentMarker: String { "! urgent" }
  public func urgencyLine(_ reason: UrgencyReason, domains: ([String]) -> [String]) -> String {
    switch reason {
    case .safetyLane(let why): return "! URGENT: safety lane open. \(why)"
    case .conversation: return "! URGENT: safety concern from the conversation."
    case .acute(let ids):
      return "! URGENT: acute (level 1) for \(domains(ids).joined(separator: ", "))."
    }
  }
  public func profileBadge(_ name: String) -> String { "profile \(name)" }
  public func ladderHeading(_ profile: String?) -> String {
    "Ladder and plan" + (profile.map { " (\($0))" } ?? "")
  }
  public func needSummary(_ need: String, offers: Int, closed: Bool, changes: Int) -> String {
    var text = "\(need): " + (offers == 1 ? "1 part" : "\(offers) parts")
    if changes > 0 { text += " · stepped up or down \(changes)×" }
    if closed { text += " · closed" }
    return text
  }
  public func arrangementSummary(_ offers: [ArrangedOffer]) -> String {
    let requested = offers.filter { $0.status == .requested }.count
    return "Arrangement: " + (offers.count == 1 ? "1 part" : "\(offers.count) parts")
      + (requested == 0 ? "" : ", \(requested) still asked for")
  }
  public func processProblem(_ problem: ProcessLibrary.Problem) -> String {
    switch problem {
    case .unknownProfile(let id, let known):
      return "Unknown profile \(id); Casus uses generiek. Choose from: "
        + known.joined(separator: ", ") + "."
    case .shipped(let detail): return "A shipped profile file is damaged: \(detail)"
    case .ownKaart(let detail):
      return "Own local offers not loaded (\(detail)); the shipped ones still work."
    }
  }

  public func ladderEventSummary(_ event: CaseEvent) -> String? {
    let p = event.payload
    switch event.type {
    case CaseEventType.needOpened:
      return "need added: " + ((try? p.decode(NeedOpened.self))?.need.title ?? "")
    case CaseEventType.rungRecorded:
      let r = try? p.decode(RungRecorded.self)
      return "ladder: \(r?.need ?? ""), rung \(r?.rung ?? "") recorded"
    case CaseEventType.needChanged:
      let c = try? p.decode(NeedChanged.self)
      return (c?.change.direction == .down ? "stepped down: " : "stepped up: ") + (c?.need ?? "")
    case CaseEventType.needClosed:
      return "need closed: " + ((try? p.decode(NeedClosed.self))?.need ?? "")
    case CaseEventType.safetyLaneOpened: return "safety lane opened"
    case CaseEventType.chainStepRecorded:
      return "chain step recorded: " + ((try? p.decode(ChainStepRecorded.self))?.step ?? "")
    case CaseEventType.safetyLaneReasonChanged: return "safety lane reason changed"
    case CaseEventType.safetyLaneClosed: return "safety lane closed"
    case CaseEventType.regisseurChanged:
      return "regisseur: " + ((try? p.decode(RegisseurChanged.self))?.new ?? "none")
    case CaseEventType.goalChanged: return "plan: goal updated"
    case CaseEventType.actionChanged: return "plan: action updated"
    case CaseEventType.agreementChanged: return "plan: agreement updated"
    case CaseEventType.monitored: return "reminder dealt with"
    default: return nil
    }
  }
}
