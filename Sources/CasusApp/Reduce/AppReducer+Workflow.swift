import CasusCore
import TerminalUI

/// The case a screen is on, as the app holds it now.
func caseFile(_ id: CaseID, _ state: AppState) -> CaseFile? {
  state.cases.first { $0.id == id }
}

/// The selected case, for opening a screen on it; says so when there is none.
func selectedCaseFile(_ state: inout AppState) -> CaseFile? {
  guard let file = state.selectedCase ?? state.cases.first(where: { $0.id == state.selection })
  else {
    state.message = StatusMessage(state.strings.noCaseSelected, kind: .error)
    return nil
  }
  return file
}

/// Whether the case may be changed here; says why not in the status line.
func mayChange(_ file: CaseFile, _ state: inout AppState) -> Bool {
  if state.readOnly {
    state.message = StatusMessage(state.strings.storeError(.readOnly), kind: .error)
    return false
  }
  if state.readOnlyCases.contains(file.id) {
    state.message = StatusMessage(state.strings.readOnlyCase, kind: .error)
    return false
  }
  return true
}

/// Decides the commands in order on a case and asks the runner to save the result once.
///
/// A command that changes nothing is left out when there are several; the whole is refused
/// as `.nothingChanged` when none changes anything.
func record(
  _ commands: [CaseCommand], on file: CaseFile, _ state: inout AppState,
  _ context: ReduceContext, done: String
) throws(CaseError) -> [Effect] {
  var next = file
  for command in commands {
    do {
      next = try next.applying(command, at: context.now, today: context.today, actor: context.actor)
    } catch .nothingChanged where commands.count > 1 {
      continue
    }
  }
  guard next != file else { throw .nothingChanged }
  state.pendingSaveMessage = done
  return [.save(next)]
}

/// Records the commands, or shows why the engine refused them.
func recordOrSay(
  _ commands: [CaseCommand], on file: CaseFile, _ state: inout AppState,
  _ context: ReduceContext, done: String
) -> [Effect] {
  do {
    return try record(commands, on: file, &state, context, done: done)
  } catch .nothingChanged {
    state.message = StatusMessage(state.strings.nothingChanged)
  } catch {
    state.message = StatusMessage(state.strings.caseError(error), kind: .error)
  }
  return []
}

/// After a save of the case a workflow screen is on: the form that was saved closes, and the
/// cursor goes to what was added.
func workflowSaved(_ file: CaseFile, _ state: inout AppState) {
  switch state.mode {
  case .ladder(var screen) where screen.caseID == file.id:
    ladderSaved(file, &screen, state)
    state.mode = .ladder(screen)
  case .safety(var screen) where screen.caseID == file.id:
    screen.form = nil
    screen.purpose = nil
    state.mode = .safety(screen)
  case .plan(var screen) where screen.caseID == file.id:
    screen.form = nil
    screen.confirmingRemove = false
    let count = PlanScreen.items(file.state.plan).count
    screen.row = min(screen.row, max(0, count - 1))
    state.mode = .plan(screen)
  case .agenda(var screen):
    screen.form = nil
    screen.formFor = nil
    screen.rows = state.agenda
    screen.row = min(screen.row, max(0, screen.rows.count - 1))
    state.mode = .agenda(screen)
  default:
    break
  }
}

/// The case with the safety lane opened when this save raised a safety concern (source
/// `.conversation`) or recorded a domain at level 1 (source `.matrix`), and no lane is open.
///
/// "Never block": the lane opens with a default reason the professional can word
/// differently on the safety screen; nothing else is asked.
func openingSafetyLane(
  _ next: CaseFile, previous: CaseFile, source: SafetyLane.Source, _ state: AppState,
  _ context: ReduceContext
) -> CaseFile {
  let s = state.strings
  guard next.state.safetyLane?.isOpen != true else { return next }
  let reason: String
  switch source {
  case .conversation:
    guard let concern = next.state.conversation?.safety, concern.raised else { return next }
    let before = previous.state.conversation?.safety?.raised == true
    // A concern that was already there when the lane was closed does not reopen it.
    if before, previous.state.safetyLane != nil { return next }
    let note = concern.note.trimmingCharacters(in: .whitespacesAndNewlines)
    reason = note.isEmpty ? s.safetyReasonFromConversation : note
  case .matrix:
    let acute = next.state.acuteDomains
    guard !acute.isEmpty, next.state.measurements.count > previous.state.measurements.count
    else { return next }
    reason = s.safetyReasonFromMatrix(
      acute.map { state.domainName($0, for: next) },
      date: next.state.latestMeasurement?.date.dutch ?? "")
  case .professional:
    return next
  }
  let lane = SafetyLane(opened: context.today, source: source, reason: reason)
  return
    (try? next.applying(
      .safety(.open(lane)), at: context.now, today: context.today, actor: context.actor)) ?? next
}

/// Whether the last save opened the safety lane (for the notice in the status line).
func safetyLaneJustOpened(_ file: CaseFile) -> Bool {
  file.events.last?.type == CaseEventType.safetyLaneOpened
}
