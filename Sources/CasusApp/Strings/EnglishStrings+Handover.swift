import CasusCore

extension EnglishStrings: HandoverStrings {
  public func handoverError(_ error: CaseError) -> String {
    switch error {
    case .handoverExists(let id): return "Handover \(id) already exists."
    case .unknownHandover(let id): return "This case has no handover \(id)."
    case .handoverNeedsReceiver: return "Name who the handover goes to."
    case .handoverNeedsConsent:
      return "First record consent or the legal ground, or an override with a reason."
    case .handoverNeedsReason: return "Choose at least one reason for the registration."
    case .handoverNeedsEvaluation: return "Process coordination is handed back with an evaluation."
    case .handoverTransition(let from, let to):
      return "A handover cannot go from \(handoverState(from)) to \(handoverState(to))."
    case .badRating(let n): return "Rating \(n) is not between 1 and 10."
    case .doorbraakNotAllowed: return "A breakthrough belongs to an accepted Meer-team handover."
    case .relapseCheckBeforeDecision: return "The relapse check lies before the decision."
    case .negativeCost: return "A cost cannot be negative."
    default: return error.description
    }
  }
  public func handoverState(_ state: HandoverState) -> String {
    switch state {
    case .concept: return "draft"
    case .submitted: return "registered"
    case .accepted: return "accepted"
    case .declined: return "declined"
    case .inProgress: return "in progress"
    case .returned: return "handed back"
    case .closed: return "closed"
    }
  }
  public func lane(_ kind: MunicipalityProfile.Lane.Kind) -> String {
    switch kind {
    case .meerTeam: return "Meer-team"
    case .procescoordinatie: return "process coordination"
    case .consult: return "bring in a colleague"
    }
  }
  public func basic(_ basic: Basic) -> String {
    switch basic {
    case .finances: return "finances"
    case .housing: return "housing"
    case .daytime: return "daytime activity"
    }
  }
  public func consentKind(_ kind: HandoverConsent.Kind) -> String {
    switch kind {
    case .consent: return "consent of the resident"
    case .legalGround: return "legal ground"
    case .override: return "without consent, with a reason"
    }
  }
  public func section(_ section: HandoverPackage.Section) -> String {
    switch section {
    case .household: return "household and regie"
    case .question: return "question in their own words"
    case .matrix: return "self-sufficiency (every meetmoment)"
    case .ladder: return "ladder: what was tried and why"
    case .involved: return "professionals involved and cost"
    case .plan: return "plan"
    case .safety: return "safety"
    case .conversation: return "notes of the conversation"
    }
  }
}

extension EnglishStrings {
  public func userRole(_ role: UserRole) -> String {
    switch role {
    case .consulent: return "consulent"
    case .procescoordinator: return "process coordinator"
    case .meerteam: return "Meer-team"
    case .trainer: return "trainer"
    }
  }
  public func userLabel(_ user: LocalUser) -> String { "\(user.name) · \(userRole(user.role))" }
  public var userFormFirstTitle: String { "Who is working?" }
  public var userFormTitle: String { "Name and role" }
  public var userFormWhy: String {
    "Casus records who made every change and who looked at a case. Fill in your name and "
      + "role; :role switches roles later."
  }
  public var userNameLabel: String { "Name" }
  public var userRoleLabel: String { "Role" }
  public var userNameMissing: String { "Fill in your name." }
  public func userNow(_ label: String) -> String { "You are now working as \(label)." }
  public func userSessionOnly(_ label: String) -> String {
    "Read-only: you work as \(label) in this session; nothing is saved."
  }
  public func userNotSaved(_ reason: String) -> String {
    "Name and role hold for this session but were not saved: \(reason)"
  }
  public func unknownRole(_ word: String) -> String {
    "Unknown role: \(word). Choose consulent, procescoordinator, meerteam or trainer."
  }
  public var commandRole: String { "role" }
  public var commandName: String { "name" }
  public var keyRole: String { "switch role" }
  public var keyName: String { "change your name" }

  public var handoversHeading: String { "Handovers" }
  public func handoverDeadlineShort(_ d: HandoverDeadline) -> String {
    switch d.kind {
    case .procescoordinatie: return "Coordination"
    case .relapseCheck: return "Relapse check"
    }
  }
  public func queueTitle(_ role: UserRole) -> String { "Handovers · \(userRole(role))" }
  public func queueTab(_ tab: HandoverQueue.Tab) -> String {
    switch tab {
    case .incoming: return "Incoming"
    case .sent: return "My handovers"
    }
  }
  public func queueEmpty(_ tab: HandoverQueue.Tab) -> String {
    switch tab {
    case .incoming: return "Nothing came in for this role. Tab shows your own handovers."
    case .sent: return "You have not handed anything over yet. In the list, o registers a case."
    }
  }
  public var handoverDetailTitle: String { "Handover" }
  public func submittedOn(_ date: String) -> String { "registered on \(date)" }
  public func acceptedOn(_ date: String) -> String { "Accepted on \(date)." }
  public func fromTo(_ from: String, _ to: String) -> String { "From \(from) to \(to)" }
  public var reasonsLabel: String { "Reasons" }
  public var groundLabel: String { "Ground" }
  public func declinedBecause(_ reason: String) -> String { "Declined, reason: \(reason)" }
  public func returnedTo(_ to: String, _ date: String) -> String {
    "Handed back to \(to) on \(date)."
  }
  public func closedBecause(_ reason: String, _ date: String) -> String {
    reason.isEmpty ? "Closed on \(date)." : "Closed on \(date): \(reason)"
  }
  public func evaluationSummary(_ e: HandoverEvaluation) -> String {
    func yn(_ b: Bool) -> String { b ? "yes" : "no" }
    return "Evaluation: movement \(yn(e.movement)), cooperation \(yn(e.cooperation)), "
      + "shared perspective \(yn(e.sharedPerspective)), added value \(yn(e.addedValue)), "
      + "rating \(e.rating); cost \(euroAmount(e.costBefore, symbol: true)) → "
      + "\(euroAmount(e.costAfter, symbol: true)) a year"
      + (e.note.isEmpty ? "" : "; \(e.note)")
  }
  public func promptTitle(_ purpose: ReasonPrompt.Purpose) -> String {
    switch purpose {
    case .decline: return "Why it is declined (goes back to the sender)"
    case .close: return "Why it is closed"
    }
  }
  public func notYourLane(_ role: UserRole) -> String {
    "This is work for the \(userRole(role)) role. Switch roles with :role."
  }
  public var resubmitOnlyDeclined: String {
    "Only your own draft or a declined registration can be registered again."
  }
  public func handoverAccepted(_ household: String) -> String {
    "Registration of \(household) accepted."
  }
  public var handoverStarted: String { "Taken in progress." }
  public func handoverDeclined(_ sender: String) -> String {
    "Declined; the registration is back with \(sender), with the reason."
  }
  public var handoverClosed: String { "Handover closed." }
  public func handedBack(_ to: String) -> String { "Handed back to \(to)." }

  public func handoverFormTitle(_ household: String) -> String { "Handover · \(household)" }
  public var handoverFormNote: String {
    "You need not know everything: one reason and the ground are enough. Ctrl-S first shows "
      + "exactly what goes along."
  }
  public var handoverLaneLabel: String { "Route" }
  public var handoverToLabel: String { "To" }
  public var handoverToColleague: String { "the colleague's name" }
  public func handoverReasonsHeading(_ lane: MunicipalityProfile.Lane.Kind) -> String {
    switch lane {
    case .meerTeam: return "Criteria (one is enough)"
    case .procescoordinatie: return "Reasons for registering (one is enough)"
    case .consult: return "Why bring them in"
    }
  }
  public var handoverQuestionLabel: String { "Question to the team" }
  public var handoverWhyStuckLabel: String { "Why it is stuck" }
  public var optionalPlaceholder: String { "may stay empty" }
  public var handoverConsentLabel: String { "Ground" }
  public func consentDetailLabel(_ kind: HandoverConsent.Kind) -> String {
    switch kind {
    case .consent: return "How and when"
    case .legalGround: return "Which ground"
    case .override: return "Reason"
    }
  }
  public func consentDetailPlaceholder(_ kind: HandoverConsent.Kind) -> String {
    switch kind {
    case .consent: return "orally on 25-11, in writing, …"
    case .legalGround: return "e.g. Wmo 2015 art. 5.2.1"
    case .override: return "why sharing without consent is needed"
    }
  }
  public var handoverSectionsHeading: String { "What goes along (Space turns on or off)" }
  public var noLanes: String { "This store's profile has no routes for a handover." }
  public func handoverAlreadyOpen(_ to: String, _ state: String) -> String {
    "A handover to \(to) is already under way (\(state)). See the queue: w."
  }
  public var previewTitle: String { "Preview: this goes along" }
  public var previewIntro: String {
    "Check what goes along. Enter registers, c keeps a draft, Esc goes back."
  }
  public func handoverSent(_ to: String, _ household: String) -> String {
    "\(household) registered with \(to)."
  }
  public var handoverConceptSaved: String { "Kept as a draft; nothing has been sent." }

  public func packageTitle(_ id: String, _ lane: String, _ household: String) -> String {
    "Handover \(id) (\(lane)): \(household)"
  }
  public var packageCase: String { "Case" }
  public var packageFrom: String { "From" }
  public var packageTo: String { "To" }
  public var packageState: String { "State" }
  public var packageExported: String { "Made" }
  public var packageSummary: String { "Summary" }
  public func packageSummaryText(_ s: HandoverPackage.Document.Summary) -> String {
    "Melding of \(s.meldingDate.dutch) (\(source(s.source))), \(law(s.law)), phase "
      + "\(phase(s.phase)). The household has \(s.members == 1 ? "1 person" : "\(s.members) people")."
  }
  public var packageUrgent: String { "This case is marked urgent (safety)." }
  public var packageNotGiven: String { "Not filled in." }
  public var packageNothingRecorded: String { "Nothing recorded." }
  public var packageNoSafetyLane: String { "No safety lane opened." }
  public var packageWhatGoes: String { "What goes along" }
  public var packageSent: String { "Sent" }
  public var packageNotSent: String { "Not sent" }
  public var notDiscussedShort: String { "not discussed" }
  public var needClosedShort: String { "closed" }
  public func rungDecisionSummary(_ d: RungDecision) -> String {
    var parts: [String] = []
    parts.append(d.considered ? "looked at" : "not looked at")
    if !d.note.isEmpty { parts.append(d.note) }
    if !d.network.isEmpty { parts.append("network: " + d.network.joined(separator: ", ")) }
    for offer in d.offers { parts.append("\(offer.name) (\(offer.status.rawValue))") }
    if let suffices = d.suffices {
      switch suffices {
      case .yes: parts.append("enough")
      case .partly: parts.append("partly enough")
      case .no: parts.append("not enough")
      }
    }
    if !d.reason.isEmpty { parts.append("reason: " + d.reason) }
    return parts.joined(separator: "; ")
  }
  public func ladderChangeSummary(_ c: LadderChange) -> String {
    "\(c.date.dutch): stepped \(c.direction == .up ? "up" : "down"), \(c.reason)"
  }
  public func safetyLaneSummary(_ lane: SafetyLane) -> String {
    var text = "Safety lane opened on \(lane.opened.dutch): \(lane.reason)"
    for (step, record) in lane.steps.sorted(by: { $0.key < $1.key }) {
      text += "\n\(step), \(record.date.dutch): \(record.outcome)"
    }
    if let closed = lane.closed { text += "\nClosed on \(closed.dutch): \(lane.closeReason)" }
    return text
  }
  public var importedHousehold: String { "Not sent" }
  public var importedQuestion: String { "(the question was not sent)" }

  public var keyHandover: String { "handover" }
  public var keyQueue: String { "queue" }
  public var keyTriage: String { "triage" }
  public var keyHistory: String { "history" }
  public var keyToggle: String { "on/off" }
  public var keyRecord: String { "record" }
  public var keyOtherQueue: String { "other queue" }
  public var keyOpenHandover: String { "open" }
  public var keyAcceptHandover: String { "accept" }
  public var keyDeclineHandover: String { "decline" }
  public var keyStartHandover: String { "in progress" }
  public var keyHandBack: String { "hand back" }
  public var keyCloseHandover: String { "close" }
  public var keyResubmit: String { "register again" }
  public var keyStateFilter: String { "one state only" }
  public var keyToList: String { "to the list" }
  public var keySendHandover: String { "register" }
  public var keySaveConcept: String { "draft" }
  public var keyBackToForm: String { "back" }
  public var keyPreview: String { "preview" }
  public var commandHandover: String { "handover" }
  public var commandQueue: String { "queue" }
  public var commandTriage: String { "triage" }
  public var commandHistory: String { "history" }
}
