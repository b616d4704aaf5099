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

extension DutchStrings {
  public func userRole(_ role: UserRole) -> String {
    switch role {
    case .consulent: return "consulent"
    case .procescoordinator: return "procescoördinator"
    case .meerteam: return "Meer-team"
    case .trainer: return "trainer"
    }
  }
  public func userLabel(_ user: LocalUser) -> String { "\(user.name) · \(userRole(user.role))" }
  public var userFormFirstTitle: String { "Wie werkt er?" }
  public var userFormTitle: String { "Naam en rol" }
  public var userFormWhy: String {
    "Casus legt bij elke wijziging en elke inzage vast wie dat deed. Vul uw naam en rol in; "
      + ":rol wisselt later van rol."
  }
  public var userNameLabel: String { "Naam" }
  public var userRoleLabel: String { "Rol" }
  public var userNameMissing: String { "Vul uw naam in." }
  public func userNow(_ label: String) -> String { "U werkt nu als \(label)." }
  public func userSessionOnly(_ label: String) -> String {
    "Alleen lezen: u werkt deze sessie als \(label); er wordt niets opgeslagen."
  }
  public func userNotSaved(_ reason: String) -> String {
    "Naam en rol gelden deze sessie, maar zijn niet bewaard: \(reason)"
  }
  public func unknownRole(_ word: String) -> String {
    "Onbekende rol: \(word). Kies consulent, procescoördinator, meerteam of trainer."
  }
  public var commandRole: String { "rol" }
  public var commandName: String { "naam" }
  public var keyRole: String { "wissel van rol" }
  public var keyName: String { "wijzig uw naam" }

  public var handoversHeading: String { "Overdrachten" }
  public func handoverDeadlineShort(_ d: HandoverDeadline) -> String {
    switch d.kind {
    case .procescoordinatie: return "Procescoördinatie"
    case .relapseCheck: return "Terugvalcontrole"
    }
  }
  public func queueTitle(_ role: UserRole) -> String { "Overdrachten · \(userRole(role))" }
  public func queueTab(_ tab: HandoverQueue.Tab) -> String {
    switch tab {
    case .incoming: return "Binnengekomen"
    case .sent: return "Mijn overdrachten"
    }
  }
  public func queueEmpty(_ tab: HandoverQueue.Tab) -> String {
    switch tab {
    case .incoming:
      return "Er is niets binnengekomen voor deze rol. Tab toont uw eigen overdrachten."
    case .sent: return "U heeft nog niets overgedragen. In de lijst meldt o een dossier aan."
    }
  }
  public var handoverDetailTitle: String { "Overdracht" }
  public func submittedOn(_ date: String) -> String { "aangemeld op \(date)" }
  public func acceptedOn(_ date: String) -> String { "Geaccepteerd op \(date)." }
  public func fromTo(_ from: String, _ to: String) -> String { "Van \(from) aan \(to)" }
  public var reasonsLabel: String { "Redenen" }
  public var groundLabel: String { "Grondslag" }
  public func declinedBecause(_ reason: String) -> String { "Afgewezen, reden: \(reason)" }
  public func returnedTo(_ to: String, _ date: String) -> String {
    "Teruggegeven aan \(to) op \(date)."
  }
  public func closedBecause(_ reason: String, _ date: String) -> String {
    reason.isEmpty ? "Afgesloten op \(date)." : "Afgesloten op \(date): \(reason)"
  }
  public func evaluationSummary(_ e: HandoverEvaluation) -> String {
    func yn(_ b: Bool) -> String { b ? "ja" : "nee" }
    return "Evaluatie: beweging \(yn(e.movement)), samenwerking \(yn(e.cooperation)), "
      + "gezamenlijk perspectief \(yn(e.sharedPerspective)), meerwaarde \(yn(e.addedValue)), "
      + "cijfer \(e.rating); kosten \(euroAmount(e.costBefore, symbol: true)) → "
      + "\(euroAmount(e.costAfter, symbol: true)) per jaar"
      + (e.note.isEmpty ? "" : "; \(e.note)")
  }
  public func promptTitle(_ purpose: ReasonPrompt.Purpose) -> String {
    switch purpose {
    case .decline: return "Reden van afwijzing (gaat terug naar de aanmelder)"
    case .close: return "Reden om af te sluiten"
    }
  }
  public func notYourLane(_ role: UserRole) -> String {
    "Dit is werk voor de rol \(userRole(role)). Wissel van rol met :rol."
  }
  public var resubmitOnlyDeclined: String {
    "Alleen een eigen concept of afgewezen aanmelding kan opnieuw worden aangemeld."
  }
  public func handoverAccepted(_ household: String) -> String {
    "Aanmelding van \(household) geaccepteerd."
  }
  public var handoverStarted: String { "In behandeling genomen." }
  public func handoverDeclined(_ sender: String) -> String {
    "Afgewezen; de aanmelding staat weer bij \(sender), met de reden."
  }
  public var handoverClosed: String { "Overdracht afgesloten." }
  public func handedBack(_ to: String) -> String { "Teruggegeven aan \(to)." }

  public func handoverFormTitle(_ household: String) -> String { "Overdracht · \(household)" }
  public var handoverFormNote: String {
    "U hoeft niet alles te weten: één reden en de grondslag zijn genoeg. Ctrl-S toont eerst "
      + "precies wat er meegaat."
  }
  public var handoverLaneLabel: String { "Route" }
  public var handoverToLabel: String { "Aan" }
  public var handoverToColleague: String { "naam van de collega" }
  public func handoverReasonsHeading(_ lane: MunicipalityProfile.Lane.Kind) -> String {
    switch lane {
    case .meerTeam: return "Criteria (één is genoeg)"
    case .procescoordinatie: return "Redenen voor aanmelden (één is genoeg)"
    case .consult: return "Waarom erbij halen"
    }
  }
  public var handoverQuestionLabel: String { "Vraag aan het team" }
  public var handoverWhyStuckLabel: String { "Waarom het vastzit" }
  public var optionalPlaceholder: String { "mag leeg blijven" }
  public var handoverConsentLabel: String { "Grondslag" }
  public func consentDetailLabel(_ kind: HandoverConsent.Kind) -> String {
    switch kind {
    case .consent: return "Hoe en wanneer"
    case .legalGround: return "Welke grondslag"
    case .override: return "Reden"
    }
  }
  public func consentDetailPlaceholder(_ kind: HandoverConsent.Kind) -> String {
    switch kind {
    case .consent: return "mondeling op 25-11, schriftelijk, …"
    case .legalGround: return "bijv. Wmo 2015 art. 5.2.1"
    case .override: return "waarom delen zonder toestemming nodig is"
    }
  }
  public var handoverSectionsHeading: String { "Wat gaat mee (Spatie zet aan of uit)" }
  public var noLanes: String { "Het profiel van deze opslag kent geen routes voor overdracht." }
  public func handoverAlreadyOpen(_ to: String, _ state: String) -> String {
    "Er loopt al een overdracht aan \(to) (\(state)). Zie de werkbak: w."
  }
  public var previewTitle: String { "Voorbeeld: dit gaat mee" }
  public var previewIntro: String {
    "Controleer wat er meegaat. Enter meldt aan, c bewaart als concept, Esc terug."
  }
  public func handoverSent(_ to: String, _ household: String) -> String {
    "\(household) aangemeld bij \(to)."
  }
  public var handoverConceptSaved: String { "Bewaard als concept; er is nog niets verstuurd." }

  public func packageTitle(_ id: String, _ lane: String, _ household: String) -> String {
    "Overdracht \(id) (\(lane)): \(household)"
  }
  public var packageCase: String { "Dossier" }
  public var packageFrom: String { "Van" }
  public var packageTo: String { "Aan" }
  public var packageState: String { "Stand" }
  public var packageExported: String { "Gemaakt" }
  public var packageSummary: String { "Samenvatting" }
  public func packageSummaryText(_ s: HandoverPackage.Document.Summary) -> String {
    "Melding van \(s.meldingDate.dutch) (\(source(s.source))), \(law(s.law)), fase "
      + "\(phase(s.phase)). Het huishouden telt \(s.members == 1 ? "1 persoon" : "\(s.members) personen")."
  }
  public var packageUrgent: String { "Dit dossier is als urgent gemarkeerd (veiligheid)." }
  public var packageNotGiven: String { "Niet ingevuld." }
  public var packageNothingRecorded: String { "Niets vastgelegd." }
  public var packageNoSafetyLane: String { "Geen veiligheidsspoor geopend." }
  public var packageWhatGoes: String { "Wat meegaat" }
  public var packageSent: String { "Meegestuurd" }
  public var packageNotSent: String { "Niet meegestuurd" }
  public var notDiscussedShort: String { "niet besproken" }
  public var needClosedShort: String { "afgesloten" }
  public func rungDecisionSummary(_ d: RungDecision) -> String {
    var parts: [String] = []
    parts.append(d.considered ? "bekeken" : "niet bekeken")
    if !d.note.isEmpty { parts.append(d.note) }
    if !d.network.isEmpty { parts.append("netwerk: " + d.network.joined(separator: ", ")) }
    for offer in d.offers { parts.append("\(offer.name) (\(offerStatus(offer.status)))") }
    if let suffices = d.suffices {
      switch suffices {
      case .yes: parts.append("volstaat")
      case .partly: parts.append("volstaat deels")
      case .no: parts.append("volstaat niet")
      }
    }
    if !d.reason.isEmpty { parts.append("reden: " + d.reason) }
    return parts.joined(separator: "; ")
  }
  private func offerStatus(_ status: ArrangedOffer.Status) -> String {
    switch status {
    case .requested: return "aangevraagd"
    case .active: return "loopt"
    case .ended: return "gestopt"
    }
  }
  public func ladderChangeSummary(_ c: LadderChange) -> String {
    "\(c.date.dutch): \(c.direction == .up ? "opgeschaald" : "afgeschaald"), \(c.reason)"
  }
  public func safetyLaneSummary(_ lane: SafetyLane) -> String {
    var text = "Veiligheidsspoor geopend op \(lane.opened.dutch): \(lane.reason)"
    for (step, record) in lane.steps.sorted(by: { $0.key < $1.key }) {
      text += "\n\(step), \(record.date.dutch): \(record.outcome)"
    }
    if let closed = lane.closed { text += "\nGesloten op \(closed.dutch): \(lane.closeReason)" }
    return text
  }
  public var importedHousehold: String { "Niet meegestuurd" }
  public var importedQuestion: String { "(de vraag is niet meegestuurd)" }

  public var keyHandover: String { "overdracht" }
  public var keyQueue: String { "werkbak" }
  public var keyTriage: String { "triage" }
  public var keyHistory: String { "geschiedenis" }
  public var keyToggle: String { "aan/uit" }
  public var keyRecord: String { "vastleggen" }
  public var keyOtherQueue: String { "andere bak" }
  public var keyOpenHandover: String { "open" }
  public var keyAcceptHandover: String { "accepteer" }
  public var keyDeclineHandover: String { "wijs af" }
  public var keyStartHandover: String { "in behandeling" }
  public var keyHandBack: String { "teruggeven" }
  public var keyCloseHandover: String { "afsluiten" }
  public var keyResubmit: String { "opnieuw aanmelden" }
  public var keyStateFilter: String { "alleen een stand" }
  public var keyToList: String { "naar de lijst" }
  public var keySendHandover: String { "meld aan" }
  public var keySaveConcept: String { "concept" }
  public var keyBackToForm: String { "terug" }
  public var keyPreview: String { "voorbeeld" }
  public var commandHandover: String { "overdracht" }
  public var commandQueue: String { "werkbak" }
  public var commandTriage: String { "triage" }
  public var commandHistory: String { "historie" }
}
