import CasusCore

extension DutchStrings: PlanStrings {
  public var keyPlan: String { "plan" }
  public var keyAgenda: String { "agenda" }
  public var keyEditOrAdd: String { "bewerk of voeg toe" }
  public var keyActionStatus: String { "status actie" }
  public var keyPlanDocument: String { "plan als document" }
  public var keyRemoveItem: String { "verwijder" }
  public var keyDealtWith: String { "afgehandeld" }
  public var commandPlan: String { "plan" }
  public var commandAgenda: String { "agenda" }

  public var planTitle: String { "Plan" }
  public var regisseurLabel: String { "Regisseur" }
  public var noRegisseur: String { "nog niet gekozen" }
  public var goalsHeading: String { "Doelen" }
  public var actionsHeading: String { "Acties" }
  public var agreementsHeading: String { "Afspraken" }
  public var addGoal: String { "+ doel toevoegen" }
  public var addAction: String { "+ actie toevoegen" }
  public var addAgreement: String { "+ afspraak toevoegen" }
  public func goalLine(_ goal: HouseholdPlan.Goal, domain: String?) -> String {
    var text = (domain.map { "\($0): " } ?? "") + goal.text
    if let level = goal.targetLevel { text += " (doelniveau \(level))" }
    if let date = goal.targetDate { text += ", vóór \(date.dutch)" }
    return text
  }
  public func actionLine(_ action: HouseholdPlan.Action) -> String {
    var text = "[\(actionStatus(action.status))] \(action.ownerName) (\(owner(action.owner))): "
    text += action.what
    if let due = action.due { text += ", uiterlijk \(due.dutch)" }
    return text
  }
  public func actionStatus(_ status: HouseholdPlan.Action.Status) -> String {
    switch status {
    case .open: return "open"
    case .done: return "gedaan"
    case .dropped: return "vervallen"
    }
  }
  public func owner(_ kind: HouseholdPlan.Action.Owner) -> String {
    switch kind {
    case .client: return "inwoner"
    case .network: return "netwerk"
    case .provider: return "aanbieder"
    case .professional: return "professional"
    }
  }
  public var arrangementEmptyShort: String { "Nog niets gearrangeerd (l: ladder)." }
  public var remindersHeading: String { "Herinneringen" }
  public var monitoringHeading: String { "Gemonitord" }
  public func planSummary(regisseur: String?, goals: Int, actions: Int) -> String {
    "Regisseur: \(regisseur ?? noRegisseur) · "
      + (goals == 1 ? "1 doel" : "\(goals) doelen") + " · "
      + (actions == 1 ? "1 open actie" : "\(actions) open acties")
  }

  public var regisseurTitle: String { "Regisseur" }
  public var regisseurIntro: String {
    "Eén gezin, één plan, één regisseur: wie houdt de regie? De inwoner zelf, iemand uit het "
      + "netwerk of een professional."
  }
  public var newGoalTitle: String { "Doel toevoegen" }
  public var goalTitle: String { "Doel wijzigen" }
  public var goalDomainLabel: String { "Levensgebied" }
  public var noDomain: String { "geen (algemeen doel)" }
  public var goalTextLabel: String { "Doel" }
  public var targetLevelLabel: String { "Doelniveau" }
  public var noTarget: String { "geen" }
  public var targetDateLabel: String { "Streefdatum" }
  public var newActionTitle: String { "Actie toevoegen" }
  public var actionTitle: String { "Actie wijzigen" }
  public var actionWhatLabel: String { "Wat" }
  public var actionOwnerLabel: String { "Wie" }
  public var actionDueLabel: String { "Uiterlijk" }
  public var actionStatusLabel: String { "Status" }
  public var newAgreementTitle: String { "Afspraak toevoegen" }
  public var agreementTitle: String { "Afspraak wijzigen" }
  public var agreementLabel: String { "Afspraak" }
  public var planSaved: String { "Plan bijgewerkt." }
  public var confirmRemoveItem: String { "Nogmaals x haalt dit uit het plan." }
  public var itemRemoved: String { "Uit het plan gehaald." }
  public var statusNeedsAction: String { "s werkt op een actie: ga met j/k naar een actie." }
  public func actionStatusChanged(_ what: String, _ status: String) -> String {
    "\(what): \(status)."
  }
  public func planWritten(_ paths: String) -> String { "Plan opgeslagen: \(paths)" }

  public func reminderText(_ r: Reminder) -> String {
    switch r.kind {
    case .monitor: return "kijken hoe het gaat: \(r.subject)"
    case .openRequest: return "nog geen antwoord: \(r.subject)"
    case .action: return "actie: \(r.subject)"
    }
  }
  public func reminderRow(_ r: Reminder, today: LocalDate) -> String {
    (r.due < today ? "! " : "") + "\(r.due.dutch)  " + reminderText(r)
  }
  public func reminderDue(_ due: LocalDate, today: LocalDate) -> String {
    let n = today.days(until: due)
    if n < 0 { return "! \(due.dutch), " + (n == -1 ? "1 dag" : "\(-n) dagen") + " te laat" }
    if n == 0 { return "\(due.dutch), vandaag" }
    return "\(due.dutch), over " + (n == 1 ? "1 dag" : "\(n) dagen")
  }
  public func reminderStatus(_ r: Reminder, today: LocalDate) -> String {
    (r.due < today ? "! herinnering " : "herinnering ") + "\(r.due.dutch): \(reminderText(r))"
  }
  public func reminderDealtWith(_ subject: String) -> String {
    "Herinnering afgehandeld: \(subject)."
  }
  public func dealtWithTitle(_ reminder: String) -> String { "Afgehandeld: \(reminder)" }
  public var dealtWithIntro: String {
    "Wat heeft u gezien of gedaan? De notitie komt in het plan, onder Gemonitord."
  }
  public var agendaTitle: String { "Agenda: herinneringen van alle dossiers" }
  public var agendaEmpty: String {
    "Geen herinneringen. Ze verschijnen zodra er aanbod loopt of is gevraagd, of een actie een "
      + "datum heeft."
  }

  public func planDocTitle(_ household: String) -> String { "Plan: \(household)" }
  public func planDocIntro(_ household: String) -> String {
    "Dit is het plan voor \(household): wat u zelf en de mensen om u heen doen, welke hulp er is "
      + "afgesproken en waarom, en hoe we samen bijhouden of het werkt. Eén huishouden, één "
      + "plan, één regisseur."
  }
  public var planDocProfile: String { "Werkwijze" }
  public var planDocMadeOn: String { "Gemaakt op" }
  public var planDocNetworkHeading: String { "Uw netwerk" }
  public var planDocSafetyHeading: String { "Veiligheid" }
  public func planDocSafetyOpen(_ opened: String, _ reason: String) -> String {
    "Sinds \(opened) staat de veiligheid voorop: de hulp die nodig is, zetten we meteen in. "
      + "Aanleiding: \(reason)"
  }
  public func planDocSafetyClosed(
    _ opened: String, _ reason: String, _ closed: String, _ why: String
  )
    -> String
  {
    "Van \(opened) tot \(closed) stond de veiligheid voorop (\(reason)). Dat is afgesloten: \(why)"
  }
  public var planDocLadderHeading: String { "Wat we hebben bekeken, van licht naar zwaar" }
  public var planDocNoNeeds: String { "Er zijn nog geen hulpvragen uitgewerkt." }
  public var planDocLadderIntro: String {
    "We kijken eerst wat u zelf en uw netwerk kunnen, dan wat er in de buurt is zonder "
      + "indicatie, en pas daarna naar zwaardere hulp: licht als het kan, zwaar als het moet. "
      + "Per hulpvraag staat hieronder wat we op elke trede hebben bekeken en waarom."
  }
  public var planDocChosen: String { "Afgesproken" }
  public var planDocAanvragenHeading: String { "Aanvragen en beschikkingen" }
  public var planDocNoAanvragen: String {
    "Er is geen maatwerkvoorziening aangevraagd: de hulp hierboven kan zonder beschikking."
  }
  public func planDocAanvraag(_ offer: String, _ date: String) -> String {
    "\(offer): aanvraag ontvangen op \(date)"
  }
  public func planDocDecision(_ v: Voorziening) -> String {
    guard let decision = v.decision else { return "Er is nog geen besluit" }
    var text = decisionName(decision).prefix(1).uppercased() + decisionName(decision).dropFirst()
    if let d = v.decided { text += " op \(d.dutch)" }
    if let form = v.form { text += ", als \(voorzieningForm(form))" }
    if let start = v.start { text += ", vanaf \(start.dutch)" }
    if let end = v.end { text += " tot en met \(end.dutch)" }
    return text
  }
  public var planDocNoGoals: String { "Er zijn nog geen doelen vastgelegd." }
  public var planDocNoActions: String { "Er zijn nog geen acties vastgelegd." }
  public var planDocNoAgreements: String { "Er zijn nog geen afspraken vastgelegd." }
  public var planDocMonitoringHeading: String { "Zo houden we het bij" }
  public func planDocMonitoringIntro(_ weeks: Int) -> String {
    "Als hulp begint, kijken we na \(weeks) weken samen hoe het gaat; een vraag die nog openstaat, "
      + "volgen we na. Wat we daarbij zagen, staat hieronder."
  }
  public var planDocMonitoredNoNote: String { "bekeken" }
  public var planDocComingUp: String { "Wat er nog komt:" }
  public var planDocRespondHint: String {
    "Klopt er iets niet, of verandert uw situatie? Laat het ons weten; dan passen we het plan aan."
  }
}
