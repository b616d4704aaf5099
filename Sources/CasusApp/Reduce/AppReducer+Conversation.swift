import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// Opens the conversation screen on the selected case, at its saved position.
func openConversation(_ state: inout AppState, draft: ConversationDraft? = nil) -> [Effect] {
  guard let guide = state.guide else {
    state.message = StatusMessage(state.strings.noGuide, kind: .error)
    return []
  }
  let id = draft?.caseID ?? state.selection
  guard let file = state.cases.first(where: { $0.id == id }) else { return [] }
  if state.readOnly || state.readOnlyCases.contains(file.id) {
    state.message = StatusMessage(
      state.readOnly ? state.strings.storeError(.readOnly) : state.strings.readOnlyCase,
      kind: .error)
    return []
  }
  var session = ConversationSession(
    file: file, guide: guide, now: state.now, domains: state.matrix?.guideDomains)
  if let draft {
    session.apply(draft.update)
    session.lastDraft = draft.update
    state.message = StatusMessage(state.strings.draftRecovered)
  } else {
    state.message = nil
  }
  state.selection = file.id
  state.mode = .conversation(session)
  return []
}

/// Keys on the conversation screen.
func conversationKey(
  _ key: Key, _ session: inout ConversationSession, _ state: inout AppState,
  _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  if var form = session.networkForm {
    let effects = networkFormKey(key, &form, &session, &state)
    if session.networkForm != nil { session.networkForm = form }
    return effects + autosave(&session, state, context)
  }
  let keymap: Keymap<ConversationCommand>
  switch session.focus {
  case .editor: keymap = Keymaps.conversationEditor(s)
  case .steps: keymap = Keymaps.conversationSteps(s)
  case .network: keymap = Keymaps.conversationNetwork(s)
  }
  let command = keymap.command(for: key)
  if session.focus == .editor, command == nil || key == .up || key == .down {
    let width = ConversationLayout.editorWidth(size: state.size)
    var editor = session.editor
    let consumed: Bool
    if key == .up || key == .down {
      consumed = editor.moveVertically(by: key == .up ? -1 : 1, width: width)
    } else {
      consumed = editor.handle(key, width: width)
    }
    if consumed {
      if editor.edits != session.editor.edits { session.touch() }
      session.editor = editor
    }
    return autosave(&session, state, context)
  }
  switch command {
  case .nextItem:
    session.go(to: session.current + 1)
  case .previousItem:
    session.go(to: session.current - 1)
  case .focusNext:
    switch session.focus {
    case .editor:
      session.focus = session.item?.step.kind == .network ? .network : .steps
      session.stepsCursor = session.current
    case .network: session.focus = .steps
    case .steps: session.focus = .editor
    }
  case .up:
    if session.focus == .steps {
      session.stepsCursor = max(0, session.stepsCursor - 1)
    } else {
      session.networkCursor = max(0, session.networkCursor - 1)
    }
  case .down:
    if session.focus == .steps {
      session.stepsCursor = min(session.items.count - 1, session.stepsCursor + 1)
    } else {
      session.networkCursor = min(max(0, session.network.count - 1), session.networkCursor + 1)
    }
  case .open:
    session.go(to: session.stepsCursor)
    session.focus = .editor
  case .toggleSkipped:
    if session.focus == .steps { session.go(to: session.stepsCursor) }
    session.toggle(.skipped)
  case .toggleDone:
    if session.focus == .steps { session.go(to: session.stepsCursor) }
    session.toggle(.done)
  case .toggleSafety:
    let raised = !(session.safety?.raised ?? false)
    session.safety = SafetyConcern(raised: raised, note: session.safety?.note ?? "")
    state.message = StatusMessage(raised ? s.safetyRaised : s.safetyWithdrawn, kind: .error)
  case .toggleConsentRecord:
    guard session.item?.step.kind == .consent else { break }
    session.consent.toRecord = !(session.consent.toRecord ?? false)
  case .toggleConsentInvolve:
    guard session.item?.step.kind == .consent else { break }
    session.consent.toInvolveOthers = !(session.consent.toInvolveOthers ?? false)
  case .externalEditor:
    if state.lock.settings.passphrase {
      state.message = StatusMessage(s.externalEditorEncrypted, kind: .error)
      return []
    }
    return [.editExternally(session.editor.text)]
  case .scoreMatrix:
    // The typed text stays in the session (and its draft) while the matrix is scored.
    let effects = draftEffects(&session, state, context, force: true)
    let domain =
      session.focus == .steps
      ? session.items[session.stepsCursor].domain?.id : session.item?.domain?.id
    return effects
      + openScoring(&state, caseID: session.caseID, domain: domain, returnTo: session)
  case .save:
    return saveConversation(session, &state, context, leave: false)
  case .leave:
    if session.focus == .network {
      session.focus = .editor
      return []
    }
    return saveConversation(session, &state, context, leave: true)
  case .help:
    state.overlay = .help
  case .interrupt:
    // Nothing typed is lost: the draft is written first, and offered again at the next start.
    return draftEffects(&session, state, context, force: true) + [.quit]
  case .add:
    session.networkForm = NetworkMemberForm()
  case .edit:
    if session.network.indices.contains(session.networkCursor) {
      session.networkForm = NetworkMemberForm(
        editing: session.network[session.networkCursor], index: session.networkCursor)
    }
  case .remove:
    if session.network.indices.contains(session.networkCursor) {
      session.network.remove(at: session.networkCursor)
      session.networkCursor = min(session.networkCursor, max(0, session.network.count - 1))
    }
  case nil:
    break
  }
  return autosave(&session, state, context)
}

private func networkFormKey(
  _ key: Key, _ form: inout NetworkMemberForm, _ session: inout ConversationSession,
  _ state: inout AppState
) -> [Effect] {
  let fields = NetworkMemberForm.Field.allCases
  let index = fields.firstIndex(of: form.focus) ?? 0
  if form.focus == .reachable {
    switch key {
    case .char(" "), .left, .right:
      form.reachable.toggle()
      return []
    case .char("j"), .char("y"):
      form.reachable = true
      return []
    case .char("n"):
      form.reachable = false
      return []
    default: break
    }
  }
  switch key {
  case .escape:
    session.networkForm = nil
    return []
  case .ctrl("s"):
    return commitNetworkForm(form, &session, &state)
  case .enter where form.focus == .reachable:
    return commitNetworkForm(form, &session, &state)
  case .tab, .down, .enter:
    form.focus = fields[(index + 1) % fields.count]
    return []
  case .backTab, .up:
    form.focus = fields[(index + fields.count - 1) % fields.count]
    return []
  default:
    if var input = form[input: form.focus], input.handle(key, width: 1000) {
      form[input: form.focus] = input
    }
    return []
  }
}

private func commitNetworkForm(
  _ form: NetworkMemberForm, _ session: inout ConversationSession, _ state: inout AppState
) -> [Effect] {
  let member = form.member
  guard !member.name.isEmpty else {
    state.message = StatusMessage(state.strings.networkNameMissing, kind: .error)
    return []
  }
  if let index = form.index, session.network.indices.contains(index) {
    session.network[index] = member
  } else {
    session.network.append(member)
    session.networkCursor = session.network.count - 1
  }
  session.touch()
  session.networkForm = nil
  state.message = nil
  return []
}

/// Writes the draft when it is behind and at least two seconds passed since the last write.
func autosave(_ session: inout ConversationSession, _ state: AppState, _ context: ReduceContext)
  -> [Effect]
{
  draftEffects(&session, state, context, force: false)
}

func draftEffects(
  _ session: inout ConversationSession, _ state: AppState, _ context: ReduceContext, force: Bool
) -> [Effect] {
  // The time check comes first: comparing the whole conversation on every key would make
  // typing cost the length of all notes.
  if !force, let last = session.lastDraftWrite, context.now.timeIntervalSince(last) < 2 {
    return []
  }
  guard session.draftIsStale(at: context.now) else { return [] }
  guard let file = state.cases.first(where: { $0.id == session.caseID }) else { return [] }
  let update = session.update(at: context.now)
  session.lastDraft = update
  session.lastDraftWrite = context.now
  return [
    .writeDraft(
      ConversationDraft(
        caseID: session.caseID, baseRevision: file.revision, savedAt: context.now, update: update
      ))
  ]
}

/// Folds the conversation into the case: a save effect, or leaving at once when nothing
/// changed.
private func saveConversation(
  _ session: ConversationSession, _ state: inout AppState, _ context: ReduceContext,
  leave: Bool
) -> [Effect] {
  guard let guide = state.guide,
    let file = state.cases.first(where: { $0.id == session.caseID })
  else { return [] }
  var next = file
  do {
    if next.state.conversation == nil {
      next = try next.applying(
        .startConversation(
          guideID: guide.id, guideVersion: guide.version, firstItem: session.items.first?.id ?? ""),
        at: context.now, today: context.today, actor: context.actor)
    }
    next = try next.applying(
      .updateConversation(session.update(at: context.now)), at: context.now,
      today: context.today, actor: context.actor)
  } catch .nothingChanged {
    if next == file {
      if leave { state.mode = .browse }
      return []
    }
  } catch {
    state.message = StatusMessage(state.strings.caseError(error), kind: .error)
    return []
  }
  // A safety concern raised in this conversation opens the veiligheidsspoor.
  next = openingSafetyLane(next, previous: file, source: .conversation, state, context)
  state.leavingConversation = leave
  return [.save(next)]
}

/// After a save of the case that the conversation is open on.
func conversationSaved(_ file: CaseFile, _ state: inout AppState) -> [Effect] {
  guard case .conversation(var session) = state.mode, session.caseID == file.id else {
    return []
  }
  session.saved = file.state.conversation.map(ConversationUpdate.init)
  session.lastDraft = session.saved
  if state.leavingConversation {
    state.mode = .browse
  } else {
    state.mode = .conversation(session)
  }
  state.leavingConversation = false
  state.message =
    safetyLaneJustOpened(file)
    ? StatusMessage(state.strings.safetyLaneOpenedNotice, kind: .error)
    : StatusMessage(state.strings.conversationSaved)
  return [.deleteDraft(file.id)]
}

/// Keys while the recovery question is on screen.
func recoverKey(_ key: Key, _ state: inout AppState) -> [Effect] {
  guard let draft = state.drafts.first else {
    state.overlay = nil
    return []
  }
  switch key {
  case .char("h"), .char("r"), .enter:
    state.drafts.removeFirst()
    state.overlay = nil
    return openConversation(&state, draft: draft)
  case .char("w"), .char("d"):
    state.drafts.removeFirst()
    state.overlay = state.drafts.isEmpty ? nil : .recover
    state.message = StatusMessage(state.strings.draftDiscarded)
    return [.deleteDraft(draft.caseID)]
  case .char("l"), .escape:
    state.drafts.removeFirst()
    state.overlay = state.drafts.isEmpty ? nil : .recover
    return []
  case .ctrl("c"):
    return [.quit]
  default:
    return []
  }
}
