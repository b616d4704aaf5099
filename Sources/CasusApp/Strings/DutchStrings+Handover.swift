import CasusCore

extension DutchStrings: HandoverStrings {
  public func handoverError(_ error: CaseError) -> String {
    switch error {
    case .handoverExists(let id): return "Overdracht \(id) bestaat al."
    case .unknownHandover(let id): return "Dit dossier heeft geen overdracht \(id)."
    case .handoverNeedsReceiver: return "Noteer aan wie de overdracht gaat."
    case .handoverNeedsConsent:
      return
        "Leg eerst toestemming of de wettelijke grondslag vast, of deel zonder toestemming met een reden."
    case .handoverNeedsReason: return "Kies minstens één reden voor de aanmelding."
    case .handoverNeedsEvaluation:
      return "Procescoördinatie wordt teruggegeven met een evaluatie."
    case .handoverTransition(let from, let to):
      return "Een overdracht kan niet van \(handoverState(from)) naar \(handoverState(to))."
    case .badRating(let n): return "Cijfer \(n) ligt niet tussen 1 en 10."
    case .doorbraakNotAllowed:
      return "Een doorbraak hoort bij een geaccepteerde aanmelding bij het Meer-team."
    case .relapseCheckBeforeDecision: return "De terugvalcontrole ligt vóór het besluit."
    case .negativeCost: return "Kosten kunnen niet negatief zijn."
    default: return error.description
    }
  }
  public func handoverState(_ state: HandoverState) -> String {
    switch state {
    case .concept: return "concept"
    case .submitted: return "aangemeld"
    case .accepted: return "geaccepteerd"
    case .declined: return "afgewezen"
    case .inProgress: return "in behandeling"
    case .returned: return "teruggegeven"
    case .closed: return "afgesloten"
    }
  }
  public func lane(_ kind: MunicipalityProfile.Lane.Kind) -> String {
    switch kind {
    case .meerTeam: return "Meer-team"
    case .procescoordinatie: return "procescoördinatie"
    case .consult: return "erbij halen"
    }
  }
  public func basic(_ basic: Basic) -> String {
    switch basic {
    case .finances: return "financiën"
    case .housing: return "woning"
    case .daytime: return "dagbesteding"
    }
  }
  public func consentKind(_ kind: HandoverConsent.Kind) -> String {
    switch kind {
    case .consent: return "toestemming van de inwoner"
    case .legalGround: return "wettelijke grondslag"
    case .override: return "zonder toestemming, met reden"
    }
  }
  public func section(_ section: HandoverPackage.Section) -> String {
    switch section {
    case .household: return "huishouden en regie"
    case .question: return "hulpvraag in eigen woorden"
    case .matrix: return "zelfredzaamheid (alle meetmomenten)"
    case .ladder: return "ladder: wat is geprobeerd en waarom"
    case .involved: return "betrokken professionals en kosten"
    case .plan: return "plan"
    case .safety: return "veiligheid"
    case .conversation: return "aantekeningen keukentafelgesprek"
    }
  }
}
