import CasusCore
import TerminalUI

/// Whole euros as typed: `12.500`, `€ 12 500`, `12500`, `12.500,00`; `nil` when it is not one.
func parseEuros(_ text: String) -> Int? {
  var t = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
  t = t.replacingOccurrences(of: "\u{00A0}", with: "")
  if let comma = t.firstIndex(of: ",") { t = String(t[..<comma]) }
  t = t.replacingOccurrences(of: ".", with: "")
  if t.isEmpty { return 0 }
  guard t.allSatisfy(\.isNumber), let value = Int(t) else { return nil }
  return value
}

func involvementForm(_ i: Involvement?, _ s: any StringTable) -> FieldForm {
  FieldForm(
    title: i == nil ? s.involvementAddTitle : s.involvementEditTitle,
    fields: [
      .init("name", s.involvementNameLabel, .text(TextInput(i?.name ?? ""))),
      .init(
        "organisation", s.involvementOrganisationLabel, .text(TextInput(i?.organisation ?? ""))),
      .init("role", s.involvementRoleLabel, .text(TextInput(i?.role ?? ""))),
      .init(
        "cost", s.involvementCostLabel,
        .text(TextInput(i.map { s.euroAmount($0.yearlyCost, symbol: false) } ?? "")),
        placeholder: s.euroPlaceholder),
      .init("active", s.involvementActiveLabel, .check(i?.active ?? true)),
    ])
}

func basicForm(_ basic: Basic, _ status: BasicStatus?, _ s: any StringTable) -> FieldForm {
  FieldForm(
    title: s.basicFormTitle(s.basic(basic)),
    fields: [
      .init("stable", s.basicStableLabel, .check(status?.stable ?? false)),
      .init("note", s.basicNoteLabel, .text(TextInput(status?.note ?? ""))),
    ])
}

/// The plan item form; `item` is `goal:<id>`, `action:<id>` or `agreement:<id>` when editing.
func planForm(_ item: String?, _ plan: HouseholdPlan, _ s: any StringTable) -> FieldForm {
  let kinds = [s.planGoal, s.planAction, s.planAgreement]
  var kind = 0
  var text = ""
  var ownerKind = HouseholdPlan.Action.Owner.professional
  var owner = ""
  var due = ""
  if let item {
    let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
    let id = parts.count > 1 ? parts[1] : ""
    switch parts.first {
    case "goal":
      kind = 0
      let g = plan.goals.first { $0.id == id }
      text = g?.text ?? ""
      due = g?.targetDate?.dutch ?? ""
    case "action":
      kind = 1
      let a = plan.actions.first { $0.id == id }
      text = a?.what ?? ""
      ownerKind = a?.owner ?? .professional
      owner = a?.ownerName ?? ""
      due = a?.due?.dutch ?? ""
    default:
      text = plan.agreements.first { $0.id == id }?.text ?? ""
    }
  }
  let owners = HouseholdPlan.Action.Owner.allCases
  var fields: [FieldForm.Field] = [.init("text", s.planTextLabel, .text(TextInput(text)))]
  if item == nil { fields.append(.init("kind", s.planKindLabel, .choice(kinds, kind))) }
  fields += [
    .init(
      "ownerKind", s.planOwnerKindLabel,
      .choice(owners.map(s.planOwner), owners.firstIndex(of: ownerKind) ?? 0)),
    .init("owner", s.planOwnerLabel, .text(TextInput(owner))),
    .init("due", s.planDueLabel, .text(TextInput(due)), placeholder: s.dateFormatHint),
  ]
  return FieldForm(
    title: item == nil ? s.planAddTitle : s.planEditTitle, notes: [s.planNote], fields: fields)
}

func handBackForm(
  _ h: Handover, candidates: [String], costBefore: Int, costAfter: Int, _ s: any StringTable
) -> FieldForm {
  var fields: [FieldForm.Field] = [.init("to", s.handBackToLabel, .choice(candidates, 0))]
  if h.lane == .procescoordinatie {
    fields += [
      .init("heading", s.evaluationHeading, .heading),
      .init("movement", s.evaluationMovement, .check(false)),
      .init("cooperation", s.evaluationCooperation, .check(false)),
      .init("perspective", s.evaluationPerspective, .check(false)),
      .init("value", s.evaluationAddedValue, .check(false)),
      .init("rating", s.evaluationRating, .text(TextInput()), placeholder: "1–10"),
      .init(
        "costBefore", s.evaluationCostBefore,
        .text(TextInput(s.euroAmount(costBefore, symbol: false)))),
      .init(
        "costAfter", s.evaluationCostAfter,
        .text(TextInput(s.euroAmount(costAfter, symbol: false)))),
    ]
  }
  fields.append(.init("note", s.evaluationNote, .text(TextInput())))
  return FieldForm(
    title: s.handBackTitle(s.lane(h.lane)),
    notes: h.lane == .procescoordinatie ? [s.handBackNote] : [], fields: fields)
}

func doorbraakForm(_ d: Doorbraak?, today: LocalDate, _ s: any StringTable) -> FieldForm {
  let fallback = Doorbraak(
    solution: "", reason: "", cost: 0, decided: today, relapseCheck: today.adding(months: 6))
  let v = d ?? fallback
  return FieldForm(
    title: s.doorbraakTitle, notes: [s.doorbraakNote],
    fields: [
      .init("solution", s.doorbraakSolution, .text(TextInput(v.solution))),
      .init("reason", s.doorbraakReason, .text(TextInput(v.reason))),
      .init("mandate", s.doorbraakMandate, .text(TextInput(v.mandate))),
      .init(
        "cost", s.doorbraakCost,
        .text(TextInput(d.map { s.euroAmount($0.cost, symbol: false) } ?? "")),
        placeholder: s.euroPlaceholder),
      .init("relapse", s.doorbraakRelapse, .text(TextInput(v.relapseCheck.dutch))),
      .init("aftercare", s.doorbraakAftercare, .text(TextInput(v.aftercare))),
    ])
}

/// Turns a saved workspace form into the engine's commands.
func saveWorkspaceForm(
  _ purpose: Workspace.Purpose, _ form: FieldForm, _ file: CaseFile, _ h: Handover,
  _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  func refuse(_ text: String, field: String) -> [Effect] {
    if case .workspace(var w) = state.mode {
      w.form?.focus(field)
      state.mode = .workspace(w)
    }
    state.message = StatusMessage(text, kind: .error)
    return []
  }
  switch purpose {
  case .involvement(let id):
    guard let cost = parseEuros(form.text("cost")) else {
      return refuse(s.badAmount(s.involvementCostLabel), field: "cost")
    }
    let newID = id ?? nextNumberedID("P", file.state.involvements.map(\.id))
    let involvement = Involvement(
      id: newID, name: form.text("name"), organisation: form.text("organisation"),
      role: form.text("role"), yearlyCost: cost, active: form.checked("active"))
    return saveChange(
      working(h, context) + [.involvement(.set(id: newID, involvement))], to: file, &state,
      context,
      done: s.involvementSaved(involvement.name))
  case .basic(let basic):
    let status = BasicStatus(
      stable: form.checked("stable"), note: form.text("note"), date: context.today)
    return saveChange(
      working(h, context) + [.involvement(.basic(basic, status))], to: file, &state, context,
      done: s.basicRecorded(s.basic(basic), stable: status.stable))
  case .plan(let item):
    switch planCommand(item, form, file.state.plan, s) {
    case .success(let command):
      return saveChange(
        working(h, context) + [command], to: file, &state, context, done: s.planItemSaved)
    case .failure(let refusal):
      return refuse(refusal.text, field: refusal.field)
    }
  case .handBack:
    let candidates = handBackCandidates(file, h)
    let to = candidates.indices.contains(form.choice("to")) ? candidates[form.choice("to")] : ""
    var evaluation: HandoverEvaluation?
    if h.lane == .procescoordinatie {
      guard let rating = Int(form.text("rating")), (1...10).contains(rating) else {
        return refuse(s.badRatingTyped, field: "rating")
      }
      guard let before = parseEuros(form.text("costBefore")) else {
        return refuse(s.badAmount(s.evaluationCostBefore), field: "costBefore")
      }
      guard let after = parseEuros(form.text("costAfter")) else {
        return refuse(s.badAmount(s.evaluationCostAfter), field: "costAfter")
      }
      evaluation = HandoverEvaluation(
        movement: form.checked("movement"), cooperation: form.checked("cooperation"),
        sharedPerspective: form.checked("perspective"), addedValue: form.checked("value"),
        rating: rating, costBefore: before, costAfter: after, note: form.text("note"))
    }
    var commands: [CaseCommand] = []
    if h.lane == .procescoordinatie, !file.state.plan.isEmpty {
      // One integral plan, one regisseur: whoever takes the case back coordinates it.
      commands.append(.plan(.regisseur(to)))
    }
    commands.append(
      .handover(.handBack(id: h.id, to: to, evaluation: evaluation, date: context.today)))
    return saveChange(commands, to: file, &state, context, done: s.handedBack(to))
  case .doorbraak:
    guard let cost = parseEuros(form.text("cost")) else {
      return refuse(s.badAmount(s.doorbraakCost), field: "cost")
    }
    guard let relapse = LocalDate(parsing: form.text("relapse")) else {
      return refuse(s.badDate(s.doorbraakRelapse), field: "relapse")
    }
    let doorbraak = Doorbraak(
      solution: form.text("solution"), reason: form.text("reason"),
      mandate: form.text("mandate"), cost: cost, decided: h.doorbraak?.decided ?? context.today,
      relapseCheck: relapse, aftercare: form.text("aftercare"))
    return saveChange(
      working(h, context) + [.handover(.recordDoorbraak(id: h.id, doorbraak))], to: file,
      &state, context,
      done: s.doorbraakSaved)
  case .relapseChecked:
    let check = HandoverDeadline(
      kind: .relapseCheck, handover: h.id, due: h.doorbraak?.relapseCheck ?? context.today)
    return saveChange(
      [
        .plan(
          .monitored(
            HouseholdPlan.Monitoring(
              reminder: check.reminderID, date: context.today, note: form.text("note"))))
      ], to: file, &state, context, done: s.relapseCheckRecorded)
  }
}

/// A form value the user must correct: the message and the field to put the focus on.
struct FormRefusal: Error, Equatable {
  var text: String
  var field: String
}

private func planCommand(
  _ item: String?, _ form: FieldForm, _ plan: HouseholdPlan, _ s: any StringTable
) -> Result<CaseCommand, FormRefusal> {
  let dueText = form.text("due")
  var due: LocalDate?
  if !dueText.isEmpty {
    guard let parsed = LocalDate(parsing: dueText) else {
      return .failure(FormRefusal(text: s.badDate(s.planDueLabel), field: "due"))
    }
    due = parsed
  }
  let parts = item?.split(separator: ":", maxSplits: 1).map(String.init) ?? []
  let kind: Int
  switch parts.first {
  case "goal": kind = 0
  case "action": kind = 1
  case "agreement": kind = 2
  default: kind = form.choice("kind")
  }
  let text = form.text("text")
  let command: CaseCommand
  switch kind {
  case 0:
    let id = parts.count > 1 ? parts[1] : nextNumberedID("D", plan.goals.map(\.id))
    let old = plan.goals.first { $0.id == id }
    command = .plan(
      .goal(
        id: id,
        HouseholdPlan.Goal(
          id: id, domain: old?.domain, text: text, targetLevel: old?.targetLevel,
          targetDate: due)))
  case 1:
    let id = parts.count > 1 ? parts[1] : nextNumberedID("A", plan.actions.map(\.id))
    let owners = HouseholdPlan.Action.Owner.allCases
    let owner = owners[min(form.choice("ownerKind"), owners.count - 1)]
    let name = form.text("owner").isEmpty ? s.planOwner(owner) : form.text("owner")
    command = .plan(
      .action(
        id: id,
        HouseholdPlan.Action(
          id: id, owner: owner, ownerName: name, what: text, due: due,
          status: plan.actions.first { $0.id == id }?.status ?? .open)))
  default:
    let id = parts.count > 1 ? parts[1] : nextNumberedID("F", plan.agreements.map(\.id))
    command = .plan(.agreement(id: id, HouseholdPlan.Agreement(id: id, text: text)))
  }
  return .success(command)
}

/// The first piece of work on an accepted handover takes it in progress, so both sides see
/// that the receiver is working on it without an extra key.
func working(_ h: Handover, _ context: ReduceContext) -> [CaseCommand] {
  h.state == .accepted ? [.handover(.start(id: h.id, date: context.today))] : []
}

/// The next free id with a prefix: `P1`, `P2`, … past the highest number used.
func nextNumberedID(_ prefix: String, _ used: [String]) -> String {
  let numbers = used.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }
  return prefix + String((numbers.max() ?? 0) + 1)
}
