import CasusCore
import TerminalUI

/// Opens the scoring screen for a new meetmoment on the selected case (or the conversation's
/// case), with the active matrix, at `domain` when given.
func openScoring(
  _ state: inout AppState, caseID: CaseID? = nil, domain: String? = nil,
  returnTo: ConversationSession? = nil
) -> [Effect] {
  let s = state.strings
  guard let definition = state.matrix else {
    state.message = StatusMessage(s.noMatrix, kind: .error)
    return []
  }
  let id = caseID ?? state.selection
  guard let file = state.cases.first(where: { $0.id == id }) else { return [] }
  if state.readOnly || state.readOnlyCases.contains(file.id) {
    state.message = StatusMessage(
      state.readOnly ? s.storeError(.readOnly) : s.readOnlyCase, kind: .error)
    return []
  }
  state.selection = file.id
  state.mode = .scoring(
    ScoringSession(
      file: file, definition: definition, today: state.today, domain: domain,
      returnTo: returnTo))
  state.message = nil
  return []
}

/// Opens the comparison view on the selected case's latest series.
func openComparison(_ state: inout AppState, returnTo: ConversationSession? = nil) -> [Effect] {
  guard let file = state.selectedCase ?? state.cases.first(where: { $0.id == state.selection })
  else { return [] }
  guard let latest = file.state.latestMeasurement else {
    state.message = StatusMessage(state.strings.noMeasurements)
    return []
  }
  state.mode = .comparison(
    ComparisonScreen(caseID: file.id, reference: latest.reference, returnTo: returnTo))
  state.message = nil
  return []
}

/// Back to where the matrix was opened from: the conversation, or the list.
private func leaveMatrix(_ state: inout AppState, returnTo: ConversationSession?) {
  state.mode = returnTo.map(Mode.conversation) ?? .browse
}

/// Keys on the scoring screen.
func scoringKey(
  _ key: Key, _ session: inout ScoringSession, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  if let editing = session.editing {
    return scoringEditKey(key, editing, &session, &state)
  }
  let command = Keymaps.scoring(s).command(for: key)
  if command != .save { session.confirmingIncomplete = false }
  if command != .leave { session.confirmingDiscard = false }
  switch command {
  case .score:
    if case .char(let c) = key, let n = c.wholeNumberValue { score(n, &session, &state) }
  case .accept:
    score(session.level, &session, &state)
  case .notDiscussed:
    session.score(nil)
  case .levelUp: session.level = min(MatrixDefinition.scores.upperBound, session.level + 1)
  case .levelDown: session.level = max(MatrixDefinition.scores.lowerBound, session.level - 1)
  case .up: session.move(by: -1)
  case .down: session.move(by: 1)
  case .note:
    session.editing = .note(TextInput(session.entries[session.row].note ?? ""))
  case .target:
    session.editing = .target
    state.message = StatusMessage(s.targetPrompt(session.domain?.name.text(lang(state)) ?? ""))
  case .date:
    session.editing = .date(TextInput())
  case .undo:
    if !session.undoLast() { state.message = StatusMessage(s.nothingToUndo) }
  case .save:
    return saveScoring(&session, &state, context)
  case .leave:
    if session.isDirty, !session.confirmingDiscard {
      session.confirmingDiscard = true
      state.message = StatusMessage(s.discardScores, kind: .error)
      return []
    }
    state.message = session.isDirty ? StatusMessage(s.cancelled) : nil
    leaveMatrix(&state, returnTo: session.returnTo)
  case .help:
    state.overlay = .help
  case .interrupt:
    return interrupt(&state)
  case nil:
    break
  }
  return []
}

/// The language code for process data texts.
func lang(_ state: AppState) -> String { state.language.rawValue }

/// Scores the focused domain; a score of 1 raises the acute prompt at once, naming it.
private func score(_ n: Int, _ session: inout ScoringSession, _ state: inout AppState) {
  let name = session.domain?.name.text(lang(state)) ?? ""
  session.score(n)
  if n == 1 {
    state.message = StatusMessage(state.strings.acutePrompt([name]), kind: .error)
  } else if state.message?.kind == .error {
    state.message = nil
  }
}

/// Keys while a note, the date or a target is being typed.
private func scoringEditKey(
  _ key: Key, _ editing: ScoringSession.Editing, _ session: inout ScoringSession,
  _ state: inout AppState
) -> [Effect] {
  let s = state.strings
  if key == .ctrl("c") { return interrupt(&state) }
  switch editing {
  case .target:
    session.editing = nil
    state.message = nil
    if case .char(let c) = key, let n = c.wholeNumberValue, (0...5).contains(n) {
      session.setTarget(n == 0 ? nil : n)
    }
  case .note(var input):
    switch key {
    case .enter, .tab:
      session.setNote(input.text)
      session.editing = nil
    case .escape:
      session.editing = nil
    default:
      _ = input.handle(key, width: 1000)
      session.editing = .note(input)
    }
  case .date(var input):
    switch key {
    case .enter where input.isEmpty, .tab where input.isEmpty:
      session.editing = nil
    case .enter, .tab:
      guard let date = LocalDate(parsing: input.text) else {
        state.message = StatusMessage(s.badDate(s.measurementDateLabel), kind: .error)
        return []
      }
      if date != session.date {
        session.checkpoint()
        session.date = date
      }
      session.editing = nil
      state.message = nil
    case .escape:
      session.editing = nil
    default:
      _ = input.handle(key, width: 1000)
      session.editing = .date(input)
    }
  }
  return []
}

/// Ctrl-S: records the meetmoment, asking once when domains are still undecided.
private func saveScoring(
  _ session: inout ScoringSession, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  guard let file = state.cases.first(where: { $0.id == session.caseID }) else { return [] }
  var next: CaseFile
  do {
    next = try file.applying(
      .recordMeasurement(
        session.measurement(scoredBy: context.actor), definition: session.definition),
      at: context.now, today: context.today, actor: context.actor)
  } catch {
    state.message = StatusMessage(s.caseError(error), kind: .error)
    return []
  }
  let open = session.undecided
  if !open.isEmpty, !session.confirmingIncomplete {
    session.confirmingIncomplete = true
    state.message = StatusMessage(
      s.scoringIncomplete(open.map { $0.name.text(lang(state)) }), kind: .error)
    return []
  }
  // A domain at level 1 opens the veiligheidsspoor (safety first, nothing blocked).
  next = openingSafetyLane(next, previous: file, source: .matrix, state, context)
  return [.save(next)]
}

/// After the meetmoment was saved: show the comparison, and the acute prompt if any.
func scoringSaved(_ file: CaseFile, _ state: inout AppState) -> [Effect] {
  guard case .scoring(let session) = state.mode, session.caseID == file.id else { return [] }
  state.mode = .comparison(
    ComparisonScreen(
      caseID: file.id, reference: session.definition.reference, returnTo: session.returnTo))
  let acute = file.state.acuteDomains.compactMap {
    session.definition.domain($0)?.name.text(lang(state))
  }
  state.message =
    acute.isEmpty
    ? StatusMessage(state.strings.measurementSaved)
    : StatusMessage(
      safetyLaneJustOpened(file)
        ? state.strings.safetyLaneOpenedAcute(acute) : state.strings.acutePrompt(acute),
      kind: .error)
  return []
}

/// Keys in the comparison view.
func comparisonKey(_ key: Key, _ screen: inout ComparisonScreen, _ state: inout AppState)
  -> [Effect]
{
  let file = state.cases.first { $0.id == screen.caseID }
  let series = file?.state.series(screen.reference) ?? []
  let current = min(screen.index ?? series.count - 1, max(0, series.count - 1))
  switch Keymaps.comparison(state.strings).command(for: key) {
  case .down:
    let rows = series.last?.scores.count ?? 0
    screen.row = min(max(0, rows - 1), screen.row + 1)
  case .up: screen.row = max(0, screen.row - 1)
  case .earlier: screen.index = max(0, current - 1)
  case .later: screen.index = current + 1 >= series.count - 1 ? nil : current + 1
  case .otherSeries:
    let references = file?.state.measurementReferences ?? []
    if let at = references.firstIndex(of: screen.reference), references.count > 1 {
      screen.reference = references[(at + 1) % references.count]
      screen.index = nil
      screen.row = 0
    }
  case .measure:
    return openScoring(&state, caseID: screen.caseID, returnTo: screen.returnTo)
  case .back:
    leaveMatrix(&state, returnTo: screen.returnTo)
  case .help:
    state.overlay = .help
  case .interrupt:
    return [.quit]
  case nil:
    break
  }
  return []
}
