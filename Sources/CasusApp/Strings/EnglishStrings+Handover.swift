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
