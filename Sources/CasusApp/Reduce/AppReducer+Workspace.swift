import CasusCore
import TerminalUI

/// Opens the workspace of a handover (and records the view of its case).
func openWorkspace(
  _ caseID: CaseID, _ handover: String, _ state: inout AppState, _ context: ReduceContext,
  back: Back
) -> [Effect] {
  guard state.handover(caseID, handover) != nil else { return [] }
  state.mode = .workspace(Workspace(caseID: caseID, handover: handover, back: back))
  state.message = nil
  return recordView(caseID, what: "workspace", &state, context)
}

/// Keys in a handover's workspace.
func workspaceKey(
  _ key: Key, _ w: inout Workspace, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  guard let (file, h) = state.handover(w.caseID, w.handover) else {
    state.mode = mode(for: w.back, state)
    return []
  }
  if var form = w.form, let purpose = w.purpose {
    let width = FieldFormLayout.inputWidth(size: state.size)
    switch fieldFormKey(key, &form, &state, width: width) {
    case .handled:
      w.form = form
    case .help:
      w.form = form
      state.overlay = .help
    case .interrupt:
      w.form = form
      return interruptWithWork(&state)
    case .cancel:
      w.form = nil
      w.purpose = nil
      state.message = StatusMessage(state.strings.cancelled)
    case .save:
      w.form = form
      return saveWorkspaceForm(purpose, form, file, h, &state, context)
    }
    return []
  }
  if var prompt = w.prompt {
    let (done, effects) = promptKey(key, &prompt, &state, context)
    w.prompt = done ? nil : prompt
    return effects
  }
  let items = AppState.workspaceItems(file, h)
  let item = items.indices.contains(w.cursor) ? items[w.cursor] : nil
  let command = Keymaps.workspace(state.strings).command(for: key)
  if w.confirmingRemove, command != .remove {
    w.confirmingRemove = false
    state.message = nil
  }
  let s = state.strings
  switch command {
  case .down: w.cursor = min(max(0, items.count - 1), w.cursor + 1)
  case .up: w.cursor = max(0, w.cursor - 1)
  case .open:
    guard let item, canWork(h, file, &state) else { return [] }
    openItemForm(item, &w, file, h, &state)
  case .toggle:
    guard let item, canWork(h, file, &state) else { return [] }
    return toggle(item, file, h, &state, context)
  case .remove:
    guard let item, canWork(h, file, &state) else { return [] }
    guard w.confirmingRemove else {
      w.confirmingRemove = true
      state.message = StatusMessage(s.confirmRemove, kind: .error)
      return []
    }
    w.confirmingRemove = false
    return remove(item, file, &state, context)
  case .accept:
    guard receives(h, &state) else { return [] }
    return saveChange(
      [.handover(.accept(id: h.id, date: context.today))], to: file, &state, context,
      done: s.handoverAccepted(file.state.household.name))
  case .start:
    guard receives(h, &state) else { return [] }
    return saveChange(
      [.handover(.start(id: h.id, date: context.today))], to: file, &state, context,
      done: s.handoverStarted)
  case .decline:
    guard receives(h, &state), mayChange(file, &state) else { return [] }
    w.prompt = ReasonPrompt(.decline, caseID: file.id, handover: h.id)
  case .close:
    guard mayChange(file, &state) else { return [] }
    w.prompt = ReasonPrompt(.close, caseID: file.id, handover: h.id)
  case .handBack:
    return openHandBack(&w, &state)
  case .addInvolvement:
    guard h.lane == .procescoordinatie, canWork(h, file, &state) else { return [] }
    w.form = involvementForm(nil, s)
    w.purpose = .involvement(nil)
  case .addPlan:
    guard h.lane == .procescoordinatie, canWork(h, file, &state) else { return [] }
    w.form = planForm(nil, file.state.plan, s)
    w.purpose = .plan(nil)
  case .doorbraak:
    guard h.lane == .meerTeam else {
      state.message = StatusMessage(s.doorbraakOnlyMeerTeam, kind: .error)
      return []
    }
    guard canWork(h, file, &state) else { return [] }
    w.form = doorbraakForm(h.doorbraak, today: context.today, s)
    w.purpose = .doorbraak
  case .relapseChecked:
    guard h.doorbraak != nil, canWork(h, file, &state, anyState: true) else { return [] }
    w.form = FieldForm(
      title: s.relapseCheckedTitle,
      fields: [.init("note", s.relapseNoteLabel, .text(TextInput()))])
    w.purpose = .relapseChecked
  case .history:
    return openHistory(file.id, &state, context, back: back(from: .workspace(w)))
  case .back:
    state.mode = mode(for: w.back, state)
  case .help:
    state.overlay = .help
  case .interrupt:
    return interruptWithWork(&state)
  case nil:
    break
  }
  return []
}

/// Whether the user may work in this handover: the receiving role, once it is accepted.
private func canWork(
  _ h: Handover, _ file: CaseFile, _ state: inout AppState, anyState: Bool = false
) -> Bool {
  guard mayChange(file, &state), receives(h, &state) else { return false }
  guard anyState || [.accepted, .inProgress].contains(h.state) else {
    state.message = StatusMessage(
      state.strings.workspaceNeedsAcceptance(state.strings.handoverState(h.state)), kind: .error)
    return false
  }
  return true
}

/// Opens the hand-back form: to a professional already involved, with the evaluation.
func openHandBack(_ w: inout Workspace, _ state: inout AppState) -> [Effect] {
  guard let (file, h) = state.handover(w.caseID, w.handover) else { return [] }
  guard canWork(h, file, &state) else { return [] }
  let candidates = handBackCandidates(file, h)
  let cost = file.costSinceAcceptance(of: h.id)
  w.form = handBackForm(
    h, candidates: candidates, costBefore: cost?.peak ?? file.state.yearlyCost,
    costAfter: file.state.yearlyCost, state.strings)
  w.purpose = .handBack
  state.message = nil
  return []
}

/// The professionals a case can go back to: those involved now, and the one who registered it.
func handBackCandidates(_ file: CaseFile, _ h: Handover) -> [String] {
  var out = file.state.activeInvolvements.map { i in
    i.organisation.isEmpty ? i.name : "\(i.name) (\(i.organisation))"
  }
  if !out.contains(h.from) { out.append(h.from) }
  return out
}

private func openItemForm(
  _ item: WorkspaceItem, _ w: inout Workspace, _ file: CaseFile, _ h: Handover,
  _ state: inout AppState
) {
  let s = state.strings
  switch item {
  case .involvement(let id):
    w.form = involvementForm(file.state.involvements.first { $0.id == id }, s)
    w.purpose = .involvement(id)
  case .basic(let basic):
    w.form = basicForm(basic, file.state.basics[basic.rawValue], s)
    w.purpose = .basic(basic)
  case .goal(let id):
    w.form = planForm("goal:" + id, file.state.plan, s)
    w.purpose = .plan("goal:" + id)
  case .action(let id):
    w.form = planForm("action:" + id, file.state.plan, s)
    w.purpose = .plan("action:" + id)
  case .agreement(let id):
    w.form = planForm("agreement:" + id, file.state.plan, s)
    w.purpose = .plan("agreement:" + id)
  case .doorbraak:
    w.form = doorbraakForm(h.doorbraak, today: state.today, s)
    w.purpose = .doorbraak
  case .relapseCheck:
    w.form = FieldForm(
      title: s.relapseCheckedTitle,
      fields: [.init("note", s.relapseNoteLabel, .text(TextInput()))])
    w.purpose = .relapseChecked
  }
}

private func toggle(
  _ item: WorkspaceItem, _ file: CaseFile, _ h: Handover, _ state: inout AppState,
  _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  let c = file.state
  switch item {
  case .involvement(let id):
    guard var i = c.involvements.first(where: { $0.id == id }) else { return [] }
    i.active.toggle()
    return saveChange(
      working(h, context) + [.involvement(.set(id: id, i))], to: file, &state, context,
      done: i.active ? s.involvementActive(i.name) : s.involvementEnded(i.name))
  case .basic(let basic):
    let old = c.basics[basic.rawValue]
    let status = BasicStatus(
      stable: !(old?.stable ?? false), note: old?.note ?? "", date: context.today)
    return saveChange(
      working(h, context) + [.involvement(.basic(basic, status))], to: file, &state, context,
      done: s.basicRecorded(s.basic(basic), stable: status.stable))
  case .action(let id):
    guard var a = c.plan.actions.first(where: { $0.id == id }) else { return [] }
    a.status = a.status == .done ? .open : .done
    return saveChange(
      working(h, context) + [.plan(.action(id: id, a))], to: file, &state, context,
      done: s.changesSaved)
  default:
    return []
  }
}

private func remove(
  _ item: WorkspaceItem, _ file: CaseFile, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let command: CaseCommand
  switch item {
  case .involvement(let id): command = .involvement(.set(id: id, nil))
  case .goal(let id): command = .plan(.goal(id: id, nil))
  case .action(let id): command = .plan(.action(id: id, nil))
  case .agreement(let id): command = .plan(.agreement(id: id, nil))
  default: return []
  }
  return saveChange([command], to: file, &state, context, done: state.strings.workspaceItemRemoved)
}
