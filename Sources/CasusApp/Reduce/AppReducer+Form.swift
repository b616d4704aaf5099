import CasusCore
import CasusStore
import TerminalUI

/// Keys in the melding form: typing, moving between fields, saving and cancelling.
func formKey(
  _ key: Key, _ command: FormCommand?, _ form: inout MeldingForm, _ state: inout AppState,
  _ context: ReduceContext
) -> [Effect] {
  if form.confirmingDiscard {
    switch key {
    case .char("j"), .char("J"), .char("y"), .char("Y"):
      state.mode = .browse
      state.message = StatusMessage(state.strings.cancelled)
    case .ctrl("c"):
      return [.quit]
    default:
      form.confirmingDiscard = false
      state.message = nil
    }
    return []
  }
  let width = FormLayout.inputWidth(for: form.focus, size: state.size)
  // A text field takes the editing keys first: `j`, space, `?` and ←/→ belong to the text.
  if var input = form[input: form.focus] {
    let consumed: Bool
    if key == .up || key == .down {
      consumed = input.isMultiline && input.moveVertically(by: key == .up ? -1 : 1, width: width)
    } else {
      consumed = input.handle(key, width: width)
    }
    if consumed {
      form[input: form.focus] = input
      return []
    }
  }
  switch command {
  case .next:
    form.moveFocus(by: 1)
  case .previous:
    form.moveFocus(by: -1)
  case .cycleForward:
    if form.focus == .addMember { form.addMember() } else { _ = form.cycle(by: 1) }
  case .cycleBackward:
    _ = form.cycle(by: -1)
  case .addMember:
    form.addMember()
  case .removeMember:
    form.removeFocusedMember()
  case .cancel:
    if form.isDirty {
      form.confirmingDiscard = true
      state.message = StatusMessage(state.strings.discardChanges, kind: .error)
    } else {
      state.mode = .browse
    }
  case .help:
    state.overlay = .help
  case .interrupt:
    state.mode = .form(form)
    return interruptForm(&state)
  case .save:
    return save(&form, &state, context)
  case nil:
    if key == .enter {
      if form.focus == .addMember { form.addMember() } else { form.moveFocus(by: 1) }
    }
  }
  return []
}

private func interruptForm(_ state: inout AppState) -> [Effect] {
  if state.hasUnsavedWork, !state.confirmingQuit {
    state.confirmingQuit = true
    state.message = StatusMessage(state.strings.quitUnsaved, kind: .error)
    return []
  }
  return [.quit]
}

private func save(_ form: inout MeldingForm, _ state: inout AppState, _ context: ReduceContext)
  -> [Effect]
{
  let strings = state.strings
  let values: NewMelding
  do {
    values = try form.values(strings: strings)
  } catch {
    form.focus = error.field
    state.message = StatusMessage(error.message, kind: .error)
    return []
  }
  do {
    switch form.purpose {
    case .new:
      let file = try CaseFile.open(
        values, id: context.newCaseID, at: context.now, today: context.today,
        actor: context.actor)
      return [.save(file)]
    case .edit(let id):
      guard let current = state.caseFile(id) else {
        state.message = StatusMessage(strings.storeError(.notFound(id)), kind: .error)
        return []
      }
      var edit = form.edit(from: values)
      let typed: Milestones
      do {
        typed = try form.milestoneValues(strings: strings)
      } catch {
        form.focus = error.field
        state.message = StatusMessage(error.message, kind: .error)
        return []
      }
      if typed != current.state.milestones { edit.milestones = typed }
      let file = try current.applying(
        .edit(edit), at: context.now, today: context.today, actor: context.actor)
      return [.save(file)]
    }
  } catch .nothingChanged {
    state.mode = .browse
    state.message = StatusMessage(strings.nothingChanged)
    return []
  } catch {
    form.focus = MeldingForm.field(for: error)
    state.message = StatusMessage(strings.caseError(error), kind: .error)
    return []
  }
}
