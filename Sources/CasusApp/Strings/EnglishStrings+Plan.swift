import CasusCore

extension EnglishStrings: PlanStrings {
  public var keyPlan: String { "plan" }
  public var keyAgenda: String { "agenda" }
  public var keyEditOrAdd: String { "edit or add" }
  public var keyActionStatus: String { "action status" }
  public var keyPlanDocument: String { "plan as a document" }
  public var keyRemoveItem: String { "remove" }
  public var keyDealtWith: String { "dealt with" }
  public var commandPlan: String { "plan" }
  public var commandAgenda: String { "agenda" }

  public var planTitle: String { "Plan" }
  public var regisseurLabel: String { "Regisseur" }
  public var noRegisseur: String { "not chosen yet" }
  public var goalsHeading: String { "Goals" }
  public var actionsHeading: String { "Actions" }
  public var agreementsHeading: String { "Agreements" }
  public var addGoal: String { "+ add a goal" }
  public var addAction: String { "+ add an action" }
  public var addAgreement: String { "+ add an agreement" }
  public func goalLine(_ goal: HouseholdPlan.Goal, domain: String?) -> String {
    var text = (domain.map { "\($0): " } ?? "") + goal.text
    if let level = goal.targetLevel { text += " (target level \(level))" }
    if let date = goal.targetDate { text += ", by \(date.dutch)" }
    return text
  }
  public func actionLine(_ action: HouseholdPlan.Action) -> String {
    var text = "[\(actionStatus(action.status))] \(action.ownerName) (\(owner(action.owner))): "
    text += action.what
    if let due = action.due { text += ", by \(due.dutch)" }
    return text
  }
  public func actionStatus(_ status: HouseholdPlan.Action.Status) -> String {
    switch status {
    case .open: return "open"
    case .done: return "done"
    case .dropped: return "dropped"
    }
  }
  public func owner(_ kind: HouseholdPlan.Action.Owner) -> String {
    switch kind {
    case .client: return "resident"
    case .network: return "network"
    case .provider: return "provider"
    case .professional: return "professional"
    }
  }
  public var arrangementEmptyShort: String { "Nothing arranged yet (l: ladder)." }
  public var remindersHeading: String { "Reminders" }
  public var monitoringHeading: String { "Monitored" }
  public func planSummary(regisseur: String?, goals: Int, actions: Int) -> String {
    "Regisseur: \(regisseur ?? noRegisseur) · "
      + (goals == 1 ? "1 goal" : "\(goals) goals") + " · "
      + (actions == 1 ? "1 open action" : "\(actions) open actions")
  }

  public var regisseurTitle: String { "Regisseur" }
  public var regisseurIntro: String {
    "One household, one plan, one regisseur: who holds regie? The resident, someone from the "
      + "network, or a professional."
  }
  public var newGoalTitle: String { "Add a goal" }
  public var goalTitle: String { "Change the goal" }
  public var goalDomainLabel: String { "Life domain" }
  public var noDomain: String { "none (a general goal)" }
  public var goalTextLabel: String { "Goal" }
  public var targetLevelLabel: String { "Target level" }
  public var noTarget: String { "none" }
  public var targetDateLabel: String { "Target date" }
  public var newActionTitle: String { "Add an action" }
  public var actionTitle: String { "Change the action" }
  public var actionWhatLabel: String { "What" }
  public var actionOwnerLabel: String { "Who" }
  public var actionDueLabel: String { "By" }
  public var actionStatusLabel: String { "Status" }
  public var newAgreementTitle: String { "Add an agreement" }
  public var agreementTitle: String { "Change the agreement" }
  public var agreementLabel: String { "Agreement" }
  public var planSaved: String { "Plan updated." }
  public var confirmRemoveItem: String { "x again takes this out of the plan." }
  public var itemRemoved: String { "Taken out of the plan." }
  public var statusNeedsAction: String { "s acts on an action: move with j/k to one." }
  public func actionStatusChanged(_ what: String, _ status: String) -> String {
    "\(what): \(status)."
  }
  public func planWritten(_ paths: String) -> String { "Plan saved: \(paths)" }

  public func reminderText(_ r: Reminder) -> String {
    switch r.kind {
    case .monitor: return "see how it goes: \(r.subject)"
    case .openRequest: return "no answer yet: \(r.subject)"
    case .action: return "action: \(r.subject)"
    }
  }
  public func reminderRow(_ r: Reminder, today: LocalDate) -> String {
    (r.due < today ? "! " : "") + "\(r.due.dutch)  " + reminderText(r)
  }
  public func reminderDue(_ due: LocalDate, today: LocalDate) -> String {
    let n = today.days(until: due)
    if n < 0 { return "! \(due.dutch), " + (n == -1 ? "1 day" : "\(-n) days") + " late" }
    if n == 0 { return "\(due.dutch), today" }
    return "\(due.dutch), in " + (n == 1 ? "1 day" : "\(n) days")
  }
  public func reminderStatus(_ r: Reminder, today: LocalDate) -> String {
    (r.due < today ? "! reminder " : "reminder ") + "\(r.due.dutch): \(reminderText(r))"
  }
  public func reminderDealtWith(_ subject: String) -> String { "Reminder dealt with: \(subject)." }
  public func dealtWithTitle(_ reminder: String) -> String { "Dealt with: \(reminder)" }
  public var dealtWithIntro: String {
    "What did you see or do? The note goes into the plan, under Monitored."
  }
  public var agendaTitle: String { "Agenda: reminders of every case" }
  public var agendaEmpty: String {
    "No reminders. They appear once an offer is running or asked for, or an action has a date."
  }

  public func planDocTitle(_ household: String) -> String { "Plan: \(household)" }
  public func planDocIntro(_ household: String) -> String {
    "This is the plan for \(household): what you and the people around you do, what help was "
      + "agreed and why, and how we keep track of whether it works. One household, one plan, "
      + "one regisseur."
  }
  public var planDocProfile: String { "Way of working" }
  public var planDocMadeOn: String { "Made on" }
  public var planDocNetworkHeading: String { "Your network" }
  public var planDocSafetyHeading: String { "Safety" }
  public func planDocSafetyOpen(_ opened: String, _ reason: String) -> String {
    "Since \(opened) safety comes first: the help that is needed is arranged at once. "
      + "Reason: \(reason)"
  }
  public func planDocSafetyClosed(
    _ opened: String, _ reason: String, _ closed: String, _ why: String
  )
    -> String
  {
    "From \(opened) to \(closed) safety came first (\(reason)). That is closed: \(why)"
  }
  public var planDocLadderHeading: String { "What we looked at, from light to heavy" }
  public var planDocNoNeeds: String { "No needs have been worked out yet." }
  public var planDocLadderIntro: String {
    "We look first at what you and your network can do, then at what the neighbourhood offers "
      + "without an assessment, and only then at heavier help: light where possible, heavy "
      + "where needed. Below, per need, is what we looked at on every rung and why."
  }
  public var planDocChosen: String { "Agreed" }
  public var planDocAanvragenHeading: String { "Applications and decisions" }
  public var planDocNoAanvragen: String {
    "No individual provision was applied for: the help above needs no decision."
  }
  public func planDocAanvraag(_ offer: String, _ date: String) -> String {
    "\(offer): application received on \(date)"
  }
  public func planDocDecision(_ v: Voorziening) -> String {
    guard let decision = v.decision else { return "There is no decision yet" }
    var text = decisionName(decision).prefix(1).uppercased() + decisionName(decision).dropFirst()
    if let d = v.decided { text += " on \(d.dutch)" }
    if let form = v.form { text += ", as \(voorzieningForm(form))" }
    if let start = v.start { text += ", from \(start.dutch)" }
    if let end = v.end { text += " until \(end.dutch)" }
    return text
  }
  public var planDocNoGoals: String { "No goals recorded yet." }
  public var planDocNoActions: String { "No actions recorded yet." }
  public var planDocNoAgreements: String { "No agreements recorded yet." }
  public var planDocMonitoringHeading: String { "How we keep track" }
  public func planDocMonitoringIntro(_ weeks: Int) -> String {
    "When help starts, we look together after \(weeks) weeks at how it goes; a question still "
      + "open is followed up. What we saw is below."
  }
  public var planDocMonitoredNoNote: String { "looked at" }
  public var planDocComingUp: String { "Still to come:" }
  public var planDocRespondHint: String {
    "Is something wrong, or does your situation change? Let us know and we adjust the plan."
  }
}
