import CasusCore
import TerminalUI

/// Opens the ladder screen on the selected case (or `caseID`); a case without hulpvragen
/// starts with the list of life domains to choose from.
func openLadder(_ state: inout AppState, caseID: CaseID? = nil) -> [Effect] {
  let found = caseID.flatMap { caseFile($0, state) } ?? selectedCaseFile(&state)
  guard let file = found else { return [] }
  guard state.process(for: file) != nil else {
    state.message = StatusMessage(state.strings.noProfile, kind: .error)
    return []
  }
  state.selection = file.id
  var screen = LadderScreen(caseID: file.id)
  state.message = nil
  if file.state.needs.isEmpty, !state.readOnly, !state.readOnlyCases.contains(file.id) {
    screen.overlay = .needPicker(needPicker(file, query: "", state))
  } else if !file.state.needs.isEmpty {
    screen.focus = .rungs
  }
  state.mode = .ladder(screen)
  return []
}

/// The hulpvraag a ladder screen has highlighted, if it is one (not the arrangement).
func highlightedNeed(_ screen: LadderScreen, _ file: CaseFile) -> SupportNeed? {
  file.state.needs.indices.contains(screen.need) ? file.state.needs[screen.need] : nil
}

/// Keys on the ladder screen.
func ladderKey(
  _ key: Key, _ screen: inout LadderScreen, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  guard let file = caseFile(screen.caseID, state), let process = state.process(for: file) else {
    state.mode = .browse
    return []
  }
  if let overlay = screen.overlay {
    return ladderOverlayKey(key, overlay, &screen, file, process, &state, context)
  }
  let command = Keymaps.ladder(s, focus: screen.focus).command(for: key)
  if command != .remove { screen.confirmingRemove = false }
  let need = highlightedNeed(screen, file)
  let items = need.map { LadderScreen.items(for: $0, profile: process.profile) } ?? []
  let item = items.indices.contains(screen.row) ? items[screen.row] : nil
  switch command {
  case .down, .up:
    let delta = command == .down ? 1 : -1
    if screen.focus == .needs {
      screen.need = min(max(0, screen.need + delta), file.state.needs.count)
      screen.row = 0
    } else {
      screen.row = min(max(0, screen.row + delta), max(0, items.count - 1))
    }
  case .switchPane:
    screen.focus = screen.focus == .needs && need != nil ? .rungs : .needs
  case .open:
    if screen.focus == .needs {
      if need != nil {
        screen.focus = .rungs
      } else if file.state.needs.isEmpty {
        return openNeedPicker(&screen, file, &state)
      }
    } else if let need, let item {
      return openItemForm(item, need, process, file, &screen, &state)
    }
  case .newNeed:
    return openNeedPicker(&screen, file, &state)
  case .network:
    guard let need, mayChange(file, &state) else { return [] }
    let rung = item?.rung ?? process.profile.rungs.first?.id ?? ""
    screen.overlay = .network(networkPicker(file, need, rung: rung, state), rung: rung)
  case .kaart:
    guard let need, let rung = item?.rung, mayChange(file, &state) else {
      if need == nil { state.message = StatusMessage(s.chooseNeedFirst) }
      return []
    }
    screen.overlay = .kaart(
      kaartPicker(need, rung: rung, query: "", process, state), rung: rung)
  case .status:
    guard let need, case .offer(let rung, let index) = item, mayChange(file, &state) else {
      state.message = StatusMessage(s.statusNeedsOffer)
      return []
    }
    return advanceOffer(need, rung: rung, index: index, file, process, &state, context)
  case .remove:
    guard let need, case .offer(let rung, let index) = item, mayChange(file, &state) else {
      return []
    }
    if !screen.confirmingRemove {
      screen.confirmingRemove = true
      state.message = StatusMessage(s.confirmRemoveOffer, kind: .error)
      return []
    }
    screen.confirmingRemove = false
    var decision = need.decision(on: rung)
    guard decision.offers.indices.contains(index) else { return [] }
    let name = decision.offers.remove(at: index).name
    screen.row = max(0, screen.row - 1)
    return recordOrSay(
      [
        .ladder(
          .recordRung(need: need.id, rung: rung, decision: decision, ladder: ladderIDs(process)))
      ],
      on: file, &state, context, done: s.offerRemoved(name))
  case .change:
    guard let need, mayChange(file, &state) else { return [] }
    screen.overlay = .form(changeForm(need, state), .change)
  case .close:
    guard let need, mayChange(file, &state) else { return [] }
    screen.overlay = .form(
      EntryForm(
        title: s.closeNeedTitle(need.title), intro: s.closeNeedIntro,
        fields: [EntryForm.Field("reason", s.reasonLabel)]), .close)
  case .plan:
    return openPlan(&state, caseID: file.id)
  case .back:
    if screen.focus == .rungs {
      screen.focus = .needs
    } else {
      state.mode = .browse
    }
  case .leave:
    state.mode = .browse
  case .help:
    state.overlay = .help
  case .interrupt:
    return interrupt(&state)
  case nil:
    break
  }
  return []
}

/// The rung ids of a profile, lightest first, as the engine's comply-or-explain reads them.
func ladderIDs(_ process: ProcessData) -> [String] { process.profile.rungs.map(\.id) }

private func openNeedPicker(_ screen: inout LadderScreen, _ file: CaseFile, _ state: inout AppState)
  -> [Effect]
{
  guard mayChange(file, &state) else { return [] }
  screen.overlay = .needPicker(needPicker(file, query: "", state))
  return []
}

/// Enter on a row: the rung's decision, or the offer's details.
private func openItemForm(
  _ item: LadderItem, _ need: SupportNeed, _ process: ProcessData, _ file: CaseFile,
  _ screen: inout LadderScreen, _ state: inout AppState
) -> [Effect] {
  guard mayChange(file, &state), let rung = process.profile.rung(item.rung) else { return [] }
  switch item {
  case .rung(let id):
    screen.overlay = .form(rungForm(need.decision(on: id), rung, state), .rung(id))
  case .offer(let id, let index):
    let offers = need.decision(on: id).offers
    guard offers.indices.contains(index) else { return [] }
    screen.overlay = .form(
      offerForm(offers[index], rung, state), .offer(rung: id, index: index, offerID: nil))
  }
  return []
}

/// `s` on an offer: asked for → running (from today) → ended (today).
private func advanceOffer(
  _ need: SupportNeed, rung: String, index: Int, _ file: CaseFile, _ process: ProcessData,
  _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  var decision = need.decision(on: rung)
  guard decision.offers.indices.contains(index) else { return [] }
  var offer = decision.offers[index]
  switch offer.status {
  case .requested:
    offer.status = .active
    if offer.started == nil { offer.started = context.today }
  case .active:
    offer.status = .ended
    if offer.ended == nil { offer.ended = context.today }
  case .ended:
    state.message = StatusMessage(s.offerAlreadyEnded)
    return []
  }
  decision.offers[index] = offer
  return recordOrSay(
    [
      .ladder(
        .recordRung(need: need.id, rung: rung, decision: decision, ladder: ladderIDs(process)))
    ],
    on: file, &state, context, done: s.offerStatusChanged(offer.name, s.offerStatus(offer)))
}

/// After a save: the form closes; a new need or offer gets the cursor.
func ladderSaved(_ file: CaseFile, _ screen: inout LadderScreen, _ state: AppState) {
  let needs = file.state.needs
  var addedOn: String?
  switch screen.overlay {
  case .needPicker:
    screen.need = max(0, needs.count - 1)
    screen.focus = .rungs
    screen.row = 0
  case .form(_, .offer(let rung, nil, _)): addedOn = rung
  case .reasons(let prompt): addedOn = prompt.rung
  default: break
  }
  if let rung = addedOn, let need = highlightedNeed(screen, file),
    let process = state.process(for: file)
  {
    let items = LadderScreen.items(for: need, profile: process.profile)
    let last = need.decision(on: rung).offers.count - 1
    screen.row = items.firstIndex(of: .offer(rung: rung, index: last)) ?? screen.row
  }
  screen.overlay = nil
}
