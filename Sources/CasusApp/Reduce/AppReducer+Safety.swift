import CasusCore
import TerminalUI

/// Opens the veiligheidsspoor of the selected case (or `caseID`).
func openSafety(_ state: inout AppState, caseID: CaseID? = nil) -> [Effect] {
  let found = caseID.flatMap { caseFile($0, state) } ?? selectedCaseFile(&state)
  guard let file = found else { return [] }
  state.selection = file.id
  state.mode = .safety(SafetyScreen(caseID: file.id))
  state.message = nil
  return []
}

/// Keys on the safety screen.
func safetyKey(
  _ key: Key, _ screen: inout SafetyScreen, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  guard let file = caseFile(screen.caseID, state) else {
    state.mode = .browse
    return []
  }
  let steps = state.process(for: file)?.profile.safetyChain ?? []
  let lane = file.state.safetyLane
  if var form = screen.form, let purpose = screen.purpose {
    switch entryFormKey(key, &form, &state) {
    case .save:
      screen.form = form
      return saveSafetyForm(&form, purpose, file, &screen, &state, context)
    case .cancel:
      screen.form = nil
      screen.purpose = nil
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .none: screen.form = form
    }
    return []
  }
  switch Keymaps.safety(s).command(for: key) {
  case .down: screen.row = min(max(0, steps.count - 1), screen.row + 1)
  case .up: screen.row = max(0, screen.row - 1)
  case .record:
    guard steps.indices.contains(screen.row), mayChange(file, &state) else { return [] }
    guard lane != nil else {
      state.message = StatusMessage(s.caseError(.noSafetyLane), kind: .error)
      return []
    }
    let step = steps[screen.row]
    let record = lane?.steps[step.id]
    screen.form = EntryForm(
      title: step.name.text(lang(state)), intro: step.description.text(lang(state)),
      fields: [
        EntryForm.Field("date", s.dateLabel, date: record?.date ?? state.today),
        EntryForm.Field("outcome", s.outcomeLabel, text: record?.outcome ?? ""),
      ], focus: 1)
    screen.purpose = .step(step.id)
  case .open:
    guard mayChange(file, &state) else { return [] }
    guard lane?.isOpen != true else {
      state.message = StatusMessage(s.caseError(.safetyLaneAlreadyOpen))
      return []
    }
    screen.form = EntryForm(
      title: s.openSafetyTitle, intro: s.openSafetyIntro,
      fields: [
        EntryForm.Field("reason", s.reasonLabel, text: file.state.conversation?.safety?.note ?? "")
      ])
    screen.purpose = .open
  case .reason:
    guard let lane, lane.isOpen, mayChange(file, &state) else {
      if lane?.isOpen != true { state.message = StatusMessage(s.caseError(.noSafetyLane)) }
      return []
    }
    screen.form = EntryForm(
      title: s.safetyReasonTitle,
      fields: [EntryForm.Field("reason", s.reasonLabel, text: lane.reason)])
    screen.purpose = .reason
  case .close:
    guard lane?.isOpen == true, mayChange(file, &state) else {
      if lane?.isOpen != true { state.message = StatusMessage(s.caseError(.noSafetyLane)) }
      return []
    }
    screen.form = EntryForm(
      title: s.closeSafetyTitle, intro: s.closeSafetyIntro,
      fields: [
        EntryForm.Field("date", s.dateLabel, date: state.today),
        EntryForm.Field("reason", s.reasonLabel),
      ], focus: 1)
    screen.purpose = .close
  case .ladder:
    return openLadder(&state, caseID: file.id)
  case .back: state.mode = .browse
  case .help: state.overlay = .help
  case .interrupt: return interrupt(&state)
  case nil: break
  }
  return []
}

private func saveSafetyForm(
  _ form: inout EntryForm, _ purpose: SafetyForm, _ file: CaseFile, _ screen: inout SafetyScreen,
  _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  do throws(EntryForm.BadDate) {
    let command: CaseCommand
    let done: String
    switch purpose {
    case .open:
      command = .safety(
        .open(SafetyLane(opened: context.today, source: .professional, reason: form.text("reason")))
      )
      done = s.safetyLaneOpened
    case .step(let id):
      command = .safety(
        .recordStep(
          step: id,
          ChainRecord(date: try form.date("date") ?? context.today, outcome: form.text("outcome"))))
      done = s.chainStepSaved
    case .reason:
      command = .safety(.reason(form.text("reason")))
      done = s.changesSaved
    case .close:
      command = .safety(
        .close(date: try form.date("date") ?? context.today, reason: form.text("reason")))
      done = s.safetyLaneClosed
    }
    screen.form = form
    return recordOrSay([command], on: file, &state, context, done: done)
  } catch {
    screen.form = form
    state.message = StatusMessage(s.badDate(error.label), kind: .error)
    return []
  }
}
