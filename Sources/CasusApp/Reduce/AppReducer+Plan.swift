import CasusCore
import TerminalUI

/// Opens the plan of the selected case (or `caseID`).
func openPlan(_ state: inout AppState, caseID: CaseID? = nil) -> [Effect] {
  let found = caseID.flatMap { caseFile($0, state) } ?? selectedCaseFile(&state)
  guard let file = found else { return [] }
  state.selection = file.id
  state.mode = .plan(PlanScreen(caseID: file.id))
  state.message = nil
  return []
}

/// Keys on the plan screen.
func planKey(
  _ key: Key, _ screen: inout PlanScreen, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  guard let file = caseFile(screen.caseID, state) else {
    state.mode = .browse
    return []
  }
  if var open = screen.form {
    switch entryFormKey(key, &open.form, &state) {
    case .save:
      screen.form = open
      return savePlanForm(&open, file, &screen, &state, context)
    case .cancel: screen.form = nil
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .none: screen.form = open
    }
    return []
  }
  let plan = file.state.plan
  let items = PlanScreen.items(plan)
  let item = items.indices.contains(screen.row) ? items[screen.row] : nil
  let command = Keymaps.plan(s).command(for: key)
  if command != .remove { screen.confirmingRemove = false }
  switch command {
  case .down: screen.row = min(items.count - 1, screen.row + 1)
  case .up: screen.row = max(0, screen.row - 1)
  case .open:
    guard let item, mayChange(file, &state) else { return [] }
    screen.form = planForm(item, file, &state, context)
  case .status:
    guard case .action(let id) = item, var action = plan.actions.first(where: { $0.id == id }),
      mayChange(file, &state)
    else {
      state.message = StatusMessage(s.statusNeedsAction)
      return []
    }
    let all = HouseholdPlan.Action.Status.allCases
    action.status = all[((all.firstIndex(of: action.status) ?? 0) + 1) % all.count]
    return recordOrSay(
      [.plan(.action(id: id, action))], on: file, &state, context,
      done: s.actionStatusChanged(action.what, s.actionStatus(action.status)))
  case .remove:
    guard let item, mayChange(file, &state) else { return [] }
    let command: CaseCommand
    switch item {
    case .goal(let id): command = .plan(.goal(id: id, nil))
    case .action(let id): command = .plan(.action(id: id, nil))
    case .agreement(let id): command = .plan(.agreement(id: id, nil))
    case .regisseur: command = .plan(.regisseur(nil))
    case .addGoal, .addAction, .addAgreement: return []
    }
    if !screen.confirmingRemove {
      screen.confirmingRemove = true
      state.message = StatusMessage(s.confirmRemoveItem, kind: .error)
      return []
    }
    screen.confirmingRemove = false
    return recordOrSay([command], on: file, &state, context, done: s.itemRemoved)
  case .document:
    return openPlanDocument(&state, file)
  case .ladder:
    return openLadder(&state, caseID: file.id)
  case .back: state.mode = .browse
  case .help: state.overlay = .help
  case .interrupt: return interrupt(&state)
  case nil: break
  }
  return []
}

/// The people who can own an action: the client, the network, providers from the
/// arrangement, and the professional.
func planOwners(_ file: CaseFile, actor: String) -> [PlanOwner] {
  var out: [PlanOwner] = []
  if let client = file.state.household.client { out.append(PlanOwner(.client, client.name)) }
  for member in file.state.conversation?.network ?? [] {
    out.append(PlanOwner(.network, member.name))
  }
  for (_, _, offer) in file.state.arrangement
  where !out.contains(where: { $0.kind == .provider && $0.name == offer.name }) {
    out.append(PlanOwner(.provider, offer.name))
  }
  out.append(PlanOwner(.professional, actor))
  return out
}

private func planForm(
  _ item: PlanItem, _ file: CaseFile, _ state: inout AppState, _ context: ReduceContext
) -> PlanFormState {
  let s = state.strings
  let plan = file.state.plan
  let lang = state.language.rawValue
  switch item {
  case .regisseur:
    let name = plan.regisseur ?? file.state.household.client?.name ?? ""
    return PlanFormState(
      form: EntryForm(
        title: s.regisseurTitle, intro: s.regisseurIntro,
        fields: [EntryForm.Field("name", s.regisseurLabel, text: name)]), item: item)
  case .addGoal, .goal:
    var goal: HouseholdPlan.Goal?
    if case .goal(let id) = item { goal = plan.goals.first { $0.id == id } }
    let definition = state.domainDefinition(for: file)
    let domains = definition?.domains ?? []
    let levels = (1...5).map { n in
      "\(n)" + (definition?.level(n).map { " " + $0.name.text(lang) } ?? "")
    }
    return PlanFormState(
      form: EntryForm(
        title: goal == nil ? s.newGoalTitle : s.goalTitle,
        fields: [
          EntryForm.Field(
            "domain", s.goalDomainLabel, options: [s.noDomain] + domains.map { $0.name.text(lang) },
            chosen: (domains.firstIndex { $0.id == goal?.domain }).map { $0 + 1 } ?? 0),
          EntryForm.Field("text", s.goalTextLabel, text: goal?.text ?? ""),
          EntryForm.Field(
            "level", s.targetLevelLabel, options: [s.noTarget] + levels,
            chosen: goal?.targetLevel ?? 0),
          EntryForm.Field("date", s.targetDateLabel, date: goal?.targetDate),
        ], focus: goal == nil ? 0 : 1), item: item)
  case .addAction, .action:
    var action: HouseholdPlan.Action?
    if case .action(let id) = item { action = plan.actions.first { $0.id == id } }
    var owners = planOwners(file, actor: context.actor)
    if let action, !owners.contains(PlanOwner(action.owner, action.ownerName)) {
      owners.insert(PlanOwner(action.owner, action.ownerName), at: 0)
    }
    let chosen = action.flatMap { a in owners.firstIndex(of: PlanOwner(a.owner, a.ownerName)) }
    let statuses = HouseholdPlan.Action.Status.allCases
    return PlanFormState(
      form: EntryForm(
        title: action == nil ? s.newActionTitle : s.actionTitle,
        fields: [
          EntryForm.Field("what", s.actionWhatLabel, text: action?.what ?? ""),
          EntryForm.Field(
            "owner", s.actionOwnerLabel, options: owners.map { "\($0.name) (\(s.owner($0.kind)))" },
            chosen: chosen ?? 0),
          EntryForm.Field("due", s.actionDueLabel, date: action?.due),
          EntryForm.Field(
            "status", s.actionStatusLabel, options: statuses.map(s.actionStatus),
            chosen: statuses.firstIndex(of: action?.status ?? .open) ?? 0),
        ]), item: item, owners: owners)
  case .addAgreement, .agreement:
    var agreement: HouseholdPlan.Agreement?
    if case .agreement(let id) = item { agreement = plan.agreements.first { $0.id == id } }
    return PlanFormState(
      form: EntryForm(
        title: agreement == nil ? s.newAgreementTitle : s.agreementTitle,
        fields: [EntryForm.Field("text", s.agreementLabel, text: agreement?.text ?? "")]),
      item: item)
  }
}

/// A fresh id for a plan item: `<prefix>-<n>`.
private func nextID(_ prefix: String, _ used: [String]) -> String {
  var n = 1
  while used.contains("\(prefix)-\(n)") { n += 1 }
  return "\(prefix)-\(n)"
}

private func savePlanForm(
  _ open: inout PlanFormState, _ file: CaseFile, _ screen: inout PlanScreen,
  _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  let plan = file.state.plan
  let form = open.form
  do throws(EntryForm.BadDate) {
    let command: CaseCommand
    switch open.item {
    case .regisseur:
      command = .plan(.regisseur(form.text("name")))
    case .addGoal, .goal:
      var id = nextID("doel", plan.goals.map(\.id))
      if case .goal(let existing) = open.item { id = existing }
      let domains = state.domainDefinition(for: file)?.domains ?? []
      let d = form.choice("domain")
      let level = form.choice("level")
      command = .plan(
        .goal(
          id: id,
          HouseholdPlan.Goal(
            id: id, domain: d > 0 && d <= domains.count ? domains[d - 1].id : nil,
            text: form.text("text"), targetLevel: level == 0 ? nil : level,
            targetDate: try open.form.date("date"))))
    case .addAction, .action:
      var id = nextID("actie", plan.actions.map(\.id))
      if case .action(let existing) = open.item { id = existing }
      let owner =
        open.owners.indices.contains(form.choice("owner"))
        ? open.owners[form.choice("owner")] : PlanOwner(.professional, context.actor)
      let statuses = HouseholdPlan.Action.Status.allCases
      command = .plan(
        .action(
          id: id,
          HouseholdPlan.Action(
            id: id, owner: owner.kind, ownerName: owner.name, what: form.text("what"),
            due: try open.form.date("due"),
            status: statuses[min(form.choice("status"), statuses.count - 1)])))
    case .addAgreement, .agreement:
      var id = nextID("afspraak", plan.agreements.map(\.id))
      if case .agreement(let existing) = open.item { id = existing }
      command = .plan(.agreement(id: id, HouseholdPlan.Agreement(id: id, text: form.text("text"))))
    }
    screen.form = open
    return recordOrSay([command], on: file, &state, context, done: s.planSaved)
  } catch {
    screen.form = open
    state.message = StatusMessage(s.badDate(error.label), kind: .error)
    return []
  }
}
