import CasusCore
import CasusStore
import TerminalUI

/// A save was beaten by another copy of the app: ask the user what to keep.
func conflictArrived(_ conflict: CaseConflict, _ state: inout AppState) -> [Effect] {
  state.conflicts.append(conflict)
  state.overlay = .conflict
  state.leavingConversation = false
  if conflict.copy == nil {
    state.message = StatusMessage(state.strings.conflictCopyFailed, kind: .error)
  }
  return []
}

/// Keys while the conflict question is on screen: theirs, mine on top, or both.
func conflictKey(_ key: Key, _ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  let s = state.strings
  guard let conflict = state.conflicts.first else {
    state.overlay = nil
    return []
  }
  let command = Keymaps.conflict(s).command(for: key)
  if command == nil {
    return key == .ctrl("c") ? [.quit] : []
  }
  state.conflicts.removeFirst()
  state.overlay = state.conflicts.isEmpty ? (state.drafts.isEmpty ? nil : .recover) : .conflict
  guard let theirs = state.cases.first(where: { $0.id == conflict.id }) else {
    state.message = StatusMessage(s.conflictCaseGone, kind: .error)
    return []
  }
  let delete = conflict.copy.map { [Effect.deleteConflictCopy($0)] } ?? []
  switch command {
  case .theirs:
    let leaving = leaveEditor(of: conflict.id, &state)
    state.message = StatusMessage(s.conflictTheirsKept)
    return delete + leaving
  case .both:
    // Without a copy on disk, "both" can only keep mine where it is: in the open form.
    guard let copy = conflict.copy else {
      state.message = StatusMessage(s.conflictCopyFailed, kind: .error)
      return []
    }
    let leaving = leaveEditor(of: conflict.id, &state)
    state.message = StatusMessage(s.conflictBothKept(copy))
    return leaving
  case .mine, nil:
    var merged = theirs
    do {
      merged = try conflict.mine.rebased(
        onto: theirs, at: context.now, today: context.today, actor: context.actor)
    } catch .nothingChanged {
      merged = theirs
    } catch {
      state.message = StatusMessage(s.caseError(error), kind: .error)
      return []
    }
    // A field the merge does not know (the ladder, the plan, a meetmoment) stays in the copy:
    // what can be merged is saved, and the user is told where the rest is.
    guard conflict.mine.fieldsNotCarried(by: merged).isEmpty else {
      state.message = StatusMessage(
        s.conflictPartlyApplied(conflict.copy ?? conflict.id.rawValue), kind: .error)
      return merged == theirs ? [] : [.save(merged)]
    }
    guard merged != theirs else {
      let leaving = leaveEditor(of: conflict.id, &state)
      state.message = StatusMessage(s.conflictAlreadyIncluded)
      return delete + leaving
    }
    // The open conversation continues on the merged case, so a later save keeps theirs too.
    if case .conversation(let session) = state.mode, session.caseID == conflict.id,
      let guide = state.guide
    {
      var next = ConversationSession(file: merged, guide: guide, now: context.now)
      next.elapsedBefore = session.elapsedBefore
      next.sessionStart = session.sessionStart
      state.mode = .conversation(next)
    }
    state.message = StatusMessage(s.conflictMineApplied)
    return [.resolveConflict(merged, copy: conflict.copy)]
  }
}

/// Closes a form or conversation open on the case (its content is in the copy, or dropped).
private func leaveEditor(of id: CaseID, _ state: inout AppState) -> [Effect] {
  switch state.mode {
  case .form(let form) where form.purpose == .edit(id):
    state.mode = .browse
    return []
  case .conversation(let session) where session.caseID == id:
    state.mode = .browse
    return [.deleteDraft(id)]
  default:
    return []
  }
}
