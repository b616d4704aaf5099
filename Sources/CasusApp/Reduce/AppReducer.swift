import CasusCore
import CasusStore
import TerminalUI

/// Applies one action to the state and returns the work the runner must do.
///
/// Pure: no clock, no files, no terminal. Time and the id for a new case arrive in
/// `context`; saving is an ``Effect`` whose outcome comes back as `.saved`/`.saveFailed`.
public func reduce(_ state: inout AppState, _ action: AppAction, _ context: ReduceContext)
  -> [Effect]
{
  // A demo reads the trainer's keys first and hands the app the rest (AppReducer+Demo.swift).
  if state.demo != nil { return demoReduce(&state, action, context) }
  return reduceApp(&state, action, context)
}

/// The app's own reducer, below the demo's.
func reduceApp(_ state: inout AppState, _ action: AppAction, _ context: ReduceContext)
  -> [Effect]
{
  state.today = context.today
  state.now = context.now
  if let effects = idleLockGate(&state, action, context) { return effects }
  switch action {
  case .event(.resize(let size)):
    state.size = size
    return []
  case .event(.key(let key)):
    return handleKey(key, &state, context)
  case .tick:
    if case .conversation(var session) = state.mode {
      let effects = autosave(&session, state, context)
      state.mode = .conversation(session)
      return effects
    }
    return []
  case .saved(let file):
    let isNew = state.list.position(file.id) == nil
    state.upsert(file)
    state.selection = file.id
    state.readOnlyCases.remove(file.id)
    state.lastSave = SaveStamp(time: context.clockTime)
    if case .conversation = state.mode { return conversationSaved(file, &state) }
    if case .scoring = state.mode { return scoringSaved(file, &state) }
    if handoverSaved(file, &state) { return [] }
    if case .form = state.mode { state.mode = .browse }
    workflowSaved(file, &state)
    if case .document = state.mode {
      documentSaved(file, &state)
    } else {
      state.focus = .list
    }
    state.message = StatusMessage(
      state.pendingSaveMessage
        ?? (isNew ? state.strings.registered(file.id.rawValue) : state.strings.changesSaved))
    state.pendingSaveMessage = nil
    return []
  case .saveFailed(let error):
    state.leavingConversation = false
    state.pendingSaveMessage = nil
    state.message = StatusMessage(state.strings.storeError(error), kind: .error)
    return []
  case .draftFailed(let error):
    state.message = StatusMessage(
      state.strings.draftFailed(state.strings.reason(of: error)), kind: .error)
    return []
  case .externalEditFinished(let text):
    guard case .conversation(var session) = state.mode else { return [] }
    if let text {
      if text != session.editor.text { session.touch() }
      session.editor = TextInput(text, multiline: true)
      let effects = autosave(&session, state, context)
      state.mode = .conversation(session)
      return effects
    }
    state.message = StatusMessage(state.strings.editorUnavailable, kind: .error)
    return []
  case .caseLoaded(let file):
    if state.list.summary(file.id)?.revision != file.revision {
      // Changed behind the index's back since the start: the list follows the file.
      state.upsert(file)
    }
    state.keepLoaded(file)
    if let what = state.pendingViews.removeValue(forKey: file.id) {
      return recordView(file.id, what: what, &state, context)
    }
    return []
  case .rapportComputed(let figures, let counted, let unreadable):
    rapportComputed(figures, counted: counted, unreadable: unreadable, &state)
    return []
  case .caseUnreadable(let id, let error):
    state.unreadable[id] = state.strings.storeError(error)
    state.message = StatusMessage(state.strings.storeError(error), kind: .error)
    return []
  case .reloaded(let file):
    // The form keeps what the user typed; a second Ctrl-S applies it to this newer version.
    state.upsert(file)
    return []
  case .quarantined(let problems):
    state.problems = problems
    return []
  case .conflict(let conflict):
    return conflictArrived(conflict, &state)
  case .configureLock, .unlockFinished:
    return []
  case .exportWritten(let id, let kind, let formats, let paths):
    // The files are written; the case's history records that they left Casus.
    guard let file = state.caseFile(id) else { return [] }
    let text =
      kind == DocumentViewer.Kind.plan.rawValue
      ? state.strings.planWritten(paths.joined(separator: ", "))
      : state.strings.verslagWritten(paths.joined(separator: ", "))
    do {
      let next = try file.applying(
        .recordExport(
          CaseExported(
            document: kind, format: formats.joined(separator: "+"),
            destination: paths.joined(separator: ", "))),
        at: context.now, today: context.today, actor: context.actor)
      state.pendingSaveMessage = text
      return [.save(next)]
    } catch {
      state.message = StatusMessage(text)
      return []
    }
  case .exportFailed(let reason):
    state.message = StatusMessage(reason, kind: .error)
    return []
  case .savedQuietly, .userSaved, .userSaveFailed:
    return handoverAction(action, &state)
  case .demo:
    return []
  }
}

private func handleKey(_ key: Key, _ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  let keymaps = Keymaps(strings: state.strings)
  if state.overlay == .recover { return recoverKey(key, &state) }
  if state.overlay == .conflict { return conflictKey(key, &state, context) }
  if state.overlay != nil {
    if key == .ctrl("c") { return interrupt(&state) }
    if [.escape, .char("q"), .char("?"), .enter, .function(1)].contains(key) {
      state.overlay = nil
      state.overlayScroll = 0
    }
    // A box taller than the window scrolls, so every key stays readable at 80×24.
    let page = max(1, state.size.height - 8)
    switch key {
    case .char("j"), .down: state.overlayScroll += 1
    case .char("k"), .up: state.overlayScroll = max(0, state.overlayScroll - 1)
    case .pageDown, .char(" "): state.overlayScroll += page
    case .pageUp: state.overlayScroll = max(0, state.overlayScroll - page)
    default: break
    }
    return []
  }
  if state.isTooSmall {
    // Nothing is drawn, so nothing may change unseen: only quitting is allowed.
    if key == .ctrl("c") { return interrupt(&state) }
    if key == .char("q"), case .browse = state.mode { return [.quit] }
    return []
  }
  if state.confirmingQuit, key != .ctrl("c") {
    state.confirmingQuit = false
    state.message = nil
  }
  if let effects = handoverModeKey(key, &state, context) { return effects }
  if case .rapport(var screen) = state.mode {
    let effects = rapportKey(key, &screen, &state)
    if case .rapport = state.mode { state.mode = .rapport(screen) }
    return effects
  }
  switch state.mode {
  case .browse:
    return browse(key, keymaps.browse.command(for: key), &state, context)
  case .filtering(var input):
    switch keymaps.filter.command(for: key) {
    case .accept:
      state.mode = .browse
    case .cancel:
      state.filter = ""
      state.mode = .browse
    case .interrupt:
      return interrupt(&state)
    case nil:
      _ = input.handle(key, width: 1000)
      state.filter = input.text
      state.mode = .filtering(input)
      state.keepSelectionVisible()
    }
    return []
  case .command(var input):
    switch keymaps.command.command(for: key) {
    case .accept:
      state.mode = .browse
      return runCommand(input.text, &state, context)
    case .cancel:
      state.mode = .browse
    case .interrupt:
      return interrupt(&state)
    case nil:
      if key == .backspace, input.isEmpty {
        state.mode = .browse
        return []
      }
      _ = input.handle(key, width: 1000)
      state.mode = .command(input)
    }
    return []
  case .form(var form):
    let effects = formKey(key, keymaps.form.command(for: key), &form, &state, context)
    if case .form = state.mode { state.mode = .form(form) }
    return effects
  case .conversation(var session):
    let effects = conversationKey(key, &session, &state, context)
    if case .conversation = state.mode { state.mode = .conversation(session) }
    return effects
  case .deadlines(let row):
    return deadlinesKey(key, row: row, &state, context)
  case .document(var viewer):
    let effects = documentKey(key, &viewer, &state, context)
    if case .document = state.mode { state.mode = .document(viewer) }
    return effects
  case .scoring(var session):
    let effects = scoringKey(key, &session, &state, context)
    if case .scoring = state.mode { state.mode = .scoring(session) }
    return effects
  case .comparison(var screen):
    let effects = comparisonKey(key, &screen, &state)
    if case .comparison = state.mode { state.mode = .comparison(screen) }
    return effects
  case .ladder(var screen):
    let effects = ladderKey(key, &screen, &state, context)
    if case .ladder = state.mode { state.mode = .ladder(screen) }
    return effects
  case .safety(var screen):
    let effects = safetyKey(key, &screen, &state, context)
    if case .safety = state.mode { state.mode = .safety(screen) }
    return effects
  case .plan(var screen):
    let effects = planKey(key, &screen, &state, context)
    if case .plan = state.mode { state.mode = .plan(screen) }
    return effects
  case .agenda(var screen):
    let effects = agendaKey(key, &screen, &state, context)
    if case .agenda = state.mode { state.mode = .agenda(screen) }
    return effects
  case .user, .handovers, .handoverForm, .triage, .workspace, .history, .rapport:
    return []
  }
}

private func browse(
  _ key: Key, _ command: BrowseCommand?, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let page = AppLayout(size: state.size).listRows
  switch command {
  case .down: state.focus == .detail ? state.scrollDetail(by: 1) : state.moveSelection(by: 1)
  case .up: state.focus == .detail ? state.scrollDetail(by: -1) : state.moveSelection(by: -1)
  case .pageDown:
    state.focus == .detail ? state.scrollDetail(by: page) : state.moveSelection(by: page)
  case .pageUp:
    state.focus == .detail ? state.scrollDetail(by: -page) : state.moveSelection(by: -page)
  case .top: state.moveSelection(by: -state.caseCount)
  case .bottom: state.moveSelection(by: state.caseCount)
  case .open:
    if let file = state.selectedCase {
      state.focus = state.focus == .list ? .detail : .list
      if state.focus == .detail { return recordView(file.id, what: "detail", &state, context) }
    }
  case .back:
    if state.focus == .detail {
      state.focus = .list
    } else if !state.filter.isEmpty {
      state.filter = ""
    }
  case .new:
    return openNewForm(&state)
  case .edit:
    return openEditForm(&state)
  case .filter:
    state.focus = .list
    state.mode = .filtering(TextInput(state.filter))
  case .command:
    state.mode = .command(TextInput())
  case .help:
    state.overlay = .help
  case .problems:
    state.overlay = .problems
  case .quit:
    return [.quit]
  case .redraw:
    return [.redraw]
  case .interrupt:
    return interrupt(&state)
  case .conversation:
    return openConversation(&state)
  case .deadlines:
    state.mode = .deadlines(0)
  case .verslag:
    return openVerslag(&state)
  case .measure:
    return openScoring(&state)
  case .compare:
    return openComparison(&state)
  case .ladder:
    return openLadder(&state)
  case .plan:
    return openPlan(&state)
  case .agenda:
    return openAgenda(&state)
  case .safety:
    return openSafety(&state)
  case .handover, .queue, .triage, .history:
    return browseHandover(command ?? .history, &state, context)
  case nil:
    return []
  }
  return []
}

private func openNewForm(_ state: inout AppState) -> [Effect] {
  if state.readOnly {
    state.message = StatusMessage(state.strings.storeError(.readOnly), kind: .error)
    return []
  }
  state.mode = .form(MeldingForm(today: state.today))
  state.message = nil
  return []
}

private func openEditForm(_ state: inout AppState) -> [Effect] {
  guard let file = state.selectedCase else { return [] }
  if state.readOnly {
    state.message = StatusMessage(state.strings.storeError(.readOnly), kind: .error)
  } else if state.readOnlyCases.contains(file.id) {
    state.message = StatusMessage(state.strings.readOnlyCase, kind: .error)
  } else {
    state.mode = .form(MeldingForm(editing: file))
    state.message = nil
  }
  return []
}

/// Ctrl-C: quits at once, unless typed work would be lost; then it asks once.
func interrupt(_ state: inout AppState) -> [Effect] {
  if state.hasUnsavedWork, !state.confirmingQuit {
    state.confirmingQuit = true
    state.message = StatusMessage(state.strings.quitUnsaved, kind: .error)
    return []
  }
  return [.quit]
}

/// Runs a `:` command; Dutch and English words both work, whatever the interface language.
private func runCommand(_ line: String, _ state: inout AppState, _ context: ReduceContext)
  -> [Effect]
{
  let words = line.split(separator: " ", maxSplits: 1).map(String.init)
  guard let verb = words.first?.lowercased() else { return [] }
  let argument = words.count > 1 ? words[1] : ""
  if let effects = handoverCommand(verb, argument, &state, context) { return effects }
  if ["rapport", "rapportage", "report", "monitor"].contains(verb) {
    return openRapport(argument, &state)
  }
  switch verb {
  case "nieuw", "new", "n":
    return openNewForm(&state)
  case "zoek", "search", "filter":
    state.filter = argument
    state.focus = .list
    state.keepSelectionVisible()
  case "wijzig", "edit", "e":
    return openEditForm(&state)
  case "hulp", "help", "h", "?":
    state.overlay = .help
  case "termijnen", "terms", "deadlines", "t":
    state.mode = .deadlines(0)
  case "verslag", "report", "v":
    return openVerslag(&state)
  case "reactie", "response":
    let effects = openVerslag(&state)
    if case .document(var viewer) = state.mode {
      viewer.response = ResponseForm(today: state.today)
      state.mode = .document(viewer)
    }
    return effects
  case "gesprek", "conversation", "g":
    return openConversation(&state)
  case "matrix", "zrm", "meten", "measure", "m":
    return openScoring(&state)
  case "voortgang", "progress", "vergelijk", "compare", "c":
    return openComparison(&state)
  case "ladder", "trede", "treden", "rungs", "l":
    return openLadder(&state)
  case "plan", "p":
    return openPlan(&state)
  case "agenda", "herinneringen", "reminders", "a":
    return openAgenda(&state)
  case "veiligheid", "veiligheidsspoor", "veilig", "safety", "s":
    return openSafety(&state)
  case "problemen", "problems":
    state.overlay = .problems
  case "stop", "quit", "q", "q!", "exit":
    return [.quit]
  default:
    state.message = StatusMessage(state.strings.unknownCommand(line), kind: .error)
  }
  return []
}

/// Keys in the Termijnen view: move, open the case, back.
private func deadlinesKey(
  _ key: Key, row: Int, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let rows = state.deadlineRows
  switch Keymaps.deadlines(state.strings).command(for: key) {
  case .down: state.mode = .deadlines(min(max(0, rows.count - 1), row + 1))
  case .up: state.mode = .deadlines(max(0, row - 1))
  case .open:
    state.mode = .browse
    if rows.indices.contains(row) {
      state.filter = ""
      state.selection = rows[row].summary.id
      state.focus = .detail
      return recordView(rows[row].summary.id, what: "detail", &state, context)
    }
  case .back: state.mode = .browse
  case .help: state.overlay = .help
  case .interrupt: return [.quit]
  case nil: break
  }
  return []
}
