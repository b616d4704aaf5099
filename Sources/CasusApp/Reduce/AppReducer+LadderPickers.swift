import CasusCore
import Foundation
import TerminalUI

/// The life domains to choose from for a new hulpvraag: first those scored 1–3 in the latest
/// meetmoment or talked about in the conversation, then the others; a typed text that is no
/// domain becomes a question of its own.
func needPicker(_ file: CaseFile, query: String, _ state: AppState) -> Picker {
  let s = state.strings
  var picker = Picker(
    title: "\(s.newNeedTitle) · \(file.state.household.name)", prompt: s.newNeedPrompt,
    empty: s.newNeedEmpty)
  picker.query = TextInput(query)
  picker.setItems(needItems(file, query: query, state))
  return picker
}

private func fold(_ text: String) -> String {
  text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
}

private func needItems(_ file: CaseFile, query: String, _ state: AppState) -> [Picker.Item] {
  let s = state.strings
  let lang = state.language.rawValue
  let taken = Set(file.state.needs.compactMap(\.domain))
  let latest = file.state.latestMeasurement
  let notes = file.state.conversation?.notes ?? [:]
  let needle = fold(query.trimmingCharacters(in: .whitespaces))
  var suggested: [(score: Int, item: Picker.Item)] = []
  var rest: [Picker.Item] = []
  for domain in state.domainDefinition(for: file)?.domains ?? [] where !taken.contains(domain.id) {
    let name = domain.name.text(lang)
    guard needle.isEmpty || fold(name).contains(needle) else { continue }
    let score = latest?.scores.first { $0.domain == domain.id }?.score
    let discussed = notes.contains {
      $0.key.hasSuffix("/" + domain.id)
        && !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    var why: [String] = []
    if let score, (1...3).contains(score) { why.append(s.suggestedByScore(score)) }
    if discussed { why.append(s.suggestedByConversation) }
    let item = Picker.Item(
      id: domain.id, title: name, detail: why.joined(separator: " · "),
      tag: why.isEmpty ? "" : s.suggestedTag)
    if why.isEmpty {
      rest.append(item)
    } else {
      suggested.append((score.flatMap { (1...3).contains($0) ? $0 : nil } ?? 4, item))
    }
  }
  var items =
    suggested.enumerated().sorted { a, b in
      (a.element.score, a.offset) < (b.element.score, b.offset)
    }.map(\.element.item) + rest
  let typed = query.trimmingCharacters(in: .whitespaces)
  if !typed.isEmpty {
    items.append(
      Picker.Item(
        id: "", title: s.ownQuestion(typed), detail: s.ownQuestionDetail, isFreeText: true))
  }
  return items
}

/// The sociale kaart on one rung, the offers for the need's domain first.
func kaartPicker(
  _ need: SupportNeed, rung: String, query: String, _ process: ProcessData, _ state: AppState
) -> Picker {
  let s = state.strings
  let lang = state.language.rawValue
  let name = process.profile.rung(rung)?.name.text(lang) ?? rung
  var picker = Picker(title: s.kaartTitle(name), prompt: s.kaartPrompt, empty: s.kaartEmpty)
  picker.query = TextInput(query)
  let chosen = Set(need.decision(on: rung).offers.compactMap(\.offerID))
  var items = process.kaart.search(rung: rung, domain: need.domain, query: query, language: lang)
    .map { offer in
      var detail = offer.offers.text(lang)
      if !offer.contact.isEmpty { detail += " · " + offer.contact }
      if let note = offer.costNote { detail += " · " + note.text(lang) }
      return Picker.Item(
        id: offer.id, title: offer.name, detail: detail,
        tag: chosen.contains(offer.id) ? s.alreadyChosen : s.cost(offer.cost))
    }
  let typed = query.trimmingCharacters(in: .whitespaces)
  if !typed.isEmpty {
    items.append(
      Picker.Item(id: "", title: s.ownOffer(typed), detail: s.ownOfferDetail, isFreeText: true))
  }
  picker.setItems(items)
  return picker
}

/// The people of the conversation's network list, ticked when they help on the rung; someone
/// who cannot be reached says so.
func networkPicker(_ file: CaseFile, _ need: SupportNeed, rung: String, _ state: AppState)
  -> Picker
{
  let s = state.strings
  let network = file.state.conversation?.network ?? []
  let helping = need.decision(on: rung).network
  var items = network.map { member in
    var detail = [
      member.relation, member.canDo.isEmpty ? "" : s.networkCanDo + ": " + member.canDo,
    ]
    .filter { !$0.isEmpty }
    if !member.cannotDo.isEmpty { detail.append(s.networkCannotDo + ": " + member.cannotDo) }
    return Picker.Item(
      id: member.name, title: member.name, detail: detail.joined(separator: " · "),
      tag: member.reachable ? "" : s.notReachable, selected: helping.contains(member.name))
  }
  for name in helping where !network.contains(where: { $0.name == name }) {
    items.append(Picker.Item(id: name, title: name, tag: s.notInNetworkList, selected: true))
  }
  return Picker(
    title: s.networkPickerTitle, prompt: s.networkPickerPrompt, items: items, multiple: true,
    empty: s.networkPickerEmpty)
}

/// Keys while a list, a form or the reasons question is over the ladder.
func ladderOverlayKey(
  _ key: Key, _ overlay: LadderOverlay, _ screen: inout LadderScreen, _ file: CaseFile,
  _ process: ProcessData, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let page = max(1, AppLayout(size: state.size).body.height - 8)
  if case .needPicker(var picker) = overlay {
    switch pickerKey(key, &picker, page: page) {
    case .queryChanged: picker.setItems(needPicker(file, query: picker.query.text, state).items)
    case .choose:
      screen.overlay = .needPicker(picker)
      return openNeed(picker, file, process, &state, context)
    case .cancel:
      screen.overlay = nil
      return []
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .none: break
    }
    screen.overlay = .needPicker(picker)
    return []
  }
  guard let need = highlightedNeed(screen, file) else {
    screen.overlay = nil
    return []
  }
  switch overlay {
  case .needPicker:
    break
  case .kaart(var picker, let rung):
    switch pickerKey(key, &picker, page: page) {
    case .queryChanged:
      picker.setItems(
        kaartPicker(need, rung: rung, query: picker.query.text, process, state).items)
    case .choose:
      guard let item = picker.current, let step = process.profile.rung(rung) else { return [] }
      let offer = newOffer(item, typed: picker.query.text, in: need, context)
      screen.overlay = .form(
        offerForm(offer, step, state), .offer(rung: rung, index: nil, offerID: offer.offerID))
      return []
    case .cancel:
      screen.overlay = nil
      return []
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .none: break
    }
    screen.overlay = .kaart(picker, rung: rung)
  case .network(var picker, let rung):
    switch pickerKey(key, &picker, page: page) {
    case .choose:
      screen.overlay = .network(picker, rung: rung)
      var decision = need.decision(on: rung)
      decision.network = picker.items.filter(\.selected).map(\.id)
      decision.considered = true
      return recordRungDecision(
        decision, rung: rung, need, returnTo: nil, &screen, file, process, &state, context,
        done: state.strings.networkSaved)
    case .cancel:
      screen.overlay = nil
      return []
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .queryChanged, .none: screen.overlay = .network(picker, rung: rung)
    }
  case .form(var form, let purpose):
    switch entryFormKey(key, &form, &state) {
    case .save:
      screen.overlay = .form(form, purpose)
      return saveLadderForm(form, purpose, need, &screen, file, process, &state, context)
    case .cancel:
      screen.overlay = nil
      return []
    case .help: state.overlay = .help
    case .interrupt: return interrupt(&state)
    case .none: break
    }
    screen.overlay = .form(form, purpose)
  case .reasons(var prompt):
    return reasonsKey(key, &prompt, need, &screen, file, process, &state, context)
  }
  return []
}

/// A new offer from a row of the kaart (or the typed name), asked for today.
private func newOffer(
  _ item: Picker.Item, typed: String, in need: SupportNeed, _ context: ReduceContext
) -> ArrangedOffer {
  let used = Set(need.rungs.values.flatMap(\.offers).map(\.id))
  var id = item.isFreeText ? "eigen-1" : item.id
  var n = 1
  while used.contains(id) {
    n += 1
    id = item.isFreeText ? "eigen-\(n)" : "\(item.id)-\(n)"
  }
  return ArrangedOffer(
    id: id, offerID: item.isFreeText ? nil : item.id,
    name: item.isFreeText ? typed.trimmingCharacters(in: .whitespaces) : item.title,
    status: .requested, requested: context.today)
}
