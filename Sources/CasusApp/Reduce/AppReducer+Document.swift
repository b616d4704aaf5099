import CasusCore
import CasusStore
import TerminalUI

/// Opens the verslag of the selected case.
func openVerslag(_ state: inout AppState) -> [Effect] {
  guard let file = state.selectedCase ?? state.cases.first(where: { $0.id == state.selection })
  else {
    state.message = StatusMessage(state.strings.noCaseSelected, kind: .error)
    return []
  }
  state.mode = .document(
    DocumentViewer(kind: .verslag, caseID: file.id, document: verslag(of: file, state)))
  state.message = nil
  return []
}

/// The verslag of a case as the app shows and exports it.
func verslag(of file: CaseFile, _ state: AppState) -> ReportDocument {
  Verslag.document(
    .init(
      file: file, guide: state.guide, clocks: state.clocks, today: state.today,
      language: state.language, timeZone: state.timeZone))
}

/// Opens the plan document of a case, as the client will get it.
func openPlanDocument(_ state: inout AppState, _ file: CaseFile) -> [Effect] {
  state.mode = .document(
    DocumentViewer(kind: .plan, caseID: file.id, document: planDocument(of: file, state)))
  state.message = nil
  return []
}

/// The plan of a case as the app shows and exports it.
func planDocument(of file: CaseFile, _ state: AppState) -> ReportDocument {
  PlanDocument.document(
    .init(
      file: file, profile: state.process(for: file)?.profile, matrices: state.matrices,
      clocks: state.clocks, today: state.today, language: state.language))
}

/// Keys in the verslag view, and in its response form.
func documentKey(
  _ key: Key, _ viewer: inout DocumentViewer, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  if var form = viewer.response {
    let effects = responseKey(key, &form, &viewer, &state, context)
    if viewer.response != nil { viewer.response = form }
    return effects
  }
  let page = max(1, AppLayout(size: state.size).body.height - 3)
  guard let file = state.cases.first(where: { $0.id == viewer.caseID }) else {
    state.mode = .browse
    return []
  }
  switch Keymaps.document(state.strings, kind: viewer.kind).command(for: key) {
  case .down: viewer.scroll += 1
  case .up: viewer.scroll = max(0, viewer.scroll - 1)
  case .pageDown: viewer.scroll += page
  case .pageUp: viewer.scroll = max(0, viewer.scroll - page)
  case .top: viewer.scroll = 0
  case .bottom: viewer.scroll = Int.max / 2
  case .writeFiles:
    guard canChange(file, &state) else { return [] }
    let base = "\(file.id.rawValue)-\(viewer.kind.rawValue)-\(state.today.description)"
    return [
      .writeExport(
        caseID: file.id, kind: viewer.kind.rawValue,
        files: [
          ExportFile(name: base + ".md", format: "md", content: viewer.document.markdown),
          ExportFile(
            name: base + ".txt", format: "txt", content: viewer.document.plainText(width: 80)),
        ])
    ]
  case .response:
    guard viewer.kind == .verslag, canChange(file, &state) else { return [] }
    viewer.response = ResponseForm(today: state.today)
    state.message = nil
  case .verslagSent:
    guard viewer.kind == .verslag, canChange(file, &state) else { return [] }
    let edit = CaseEdit(milestones: Milestones(verslagSent: context.today))
    return apply(.edit(edit), to: file, &state, context, done: state.strings.verslagSentRecorded)
  case .back:
    if viewer.kind == .plan { return openPlan(&state, caseID: viewer.caseID) }
    state.mode = .browse
  case .help:
    state.overlay = .help
  case .interrupt:
    return [.quit]
  case nil:
    break
  }
  return []
}

/// Whether the case may be changed here; says why not in the status line.
private func canChange(_ file: CaseFile, _ state: inout AppState) -> Bool {
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

/// Decides a command on a case and asks the runner to save it, or shows why it was refused.
private func apply(
  _ command: CaseCommand, to file: CaseFile, _ state: inout AppState, _ context: ReduceContext,
  done: String
) -> [Effect] {
  do {
    let next = try file.applying(
      command, at: context.now, today: context.today, actor: context.actor)
    state.pendingSaveMessage = done
    return [.save(next)]
  } catch .nothingChanged {
    state.message = StatusMessage(done)
    return []
  } catch {
    state.message = StatusMessage(state.strings.caseError(error), kind: .error)
    return []
  }
}

private func responseKey(
  _ key: Key, _ form: inout ResponseForm, _ viewer: inout DocumentViewer,
  _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  let command = Keymaps.response(s).command(for: key)
  if form.confirmingDiscard, command != .cancel {
    form.confirmingDiscard = false
    state.message = nil
  }
  switch command {
  case .cancel:
    if !form.text.isEmpty, !form.confirmingDiscard {
      form.confirmingDiscard = true
      state.message = StatusMessage(s.discardResponse, kind: .error)
      return []
    }
    viewer.response = nil
    state.message = StatusMessage(s.cancelled)
    return []
  case .switchField:
    form.focus = form.focus == .date ? .text : .date
    return []
  case .save:
    guard let date = LocalDate(parsing: form.date.text.trimmingCharacters(in: .whitespaces))
    else {
      form.focus = .date
      state.message = StatusMessage(s.badDate(s.responseDateLabel), kind: .error)
      return []
    }
    guard let file = state.cases.first(where: { $0.id == viewer.caseID }) else { return [] }
    return apply(
      .recordResponse(VerslagResponse(date: date, text: form.text.text)), to: file, &state,
      context, done: s.responseSaved)
  case .interrupt:
    return interruptWithWork(&state)
  case nil:
    let width = DocumentLayout.responseWidth(size: state.size)
    switch form.focus {
    case .date: _ = form.date.handle(key, width: width)
    case .text:
      if key == .up || key == .down {
        _ = form.text.moveVertically(by: key == .up ? -1 : 1, width: width)
      } else {
        _ = form.text.handle(key, width: width)
      }
    }
    return []
  }
}

/// After a save of the case the viewer shows: the document is made again, the form closes.
func documentSaved(_ file: CaseFile, _ state: inout AppState) {
  guard case .document(var viewer) = state.mode, viewer.caseID == file.id else { return }
  viewer.document = viewer.kind == .plan ? planDocument(of: file, state) : verslag(of: file, state)
  viewer.response = nil
  state.mode = .document(viewer)
}

/// Ctrl-C with typed work on screen: asks once, quits on the second.
func interruptWithWork(_ state: inout AppState) -> [Effect] {
  if state.hasUnsavedWork, !state.confirmingQuit {
    state.confirmingQuit = true
    state.message = StatusMessage(state.strings.quitUnsaved, kind: .error)
    return []
  }
  return [.quit]
}
