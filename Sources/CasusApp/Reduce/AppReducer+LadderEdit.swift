import CasusCore
import TerminalUI

/// The form for what was decided on a rung.
func rungForm(_ decision: RungDecision, _ rung: MunicipalityProfile.Rung, _ state: AppState)
  -> EntryForm
{
  let s = state.strings
  let lang = state.language.rawValue
  let suffices = [nil] + Sufficiency.allCases.map(Optional.some)
  return EntryForm(
    title: s.rungFormTitle(rung.name.text(lang)), intro: rung.description.text(lang),
    fields: [
      EntryForm.Field(
        "considered", s.consideredLabel, options: [s.no, s.yes], chosen: decision.considered ? 1 : 0
      ),
      EntryForm.Field(
        "note", rung.kind == .ownNetwork ? s.networkNoteLabel : s.rungNoteLabel,
        text: decision.note),
      EntryForm.Field(
        "suffices", s.sufficesLabel, options: suffices.map(s.sufficiency),
        chosen: suffices.firstIndex(of: decision.suffices) ?? 0),
      EntryForm.Field("reason", s.reasonLabel, text: decision.reason),
    ], focus: 1)
}

/// The form for an offer; on a rung that needs a beschikking also the aanvraag and the
/// decision.
func offerForm(_ offer: ArrangedOffer, _ rung: MunicipalityProfile.Rung, _ state: AppState)
  -> EntryForm
{
  let s = state.strings
  let lang = state.language.rawValue
  var fields = [
    EntryForm.Field("name", s.offerNameLabel, text: offer.name),
    EntryForm.Field(
      "status", s.offerStatusLabel, options: ArrangedOffer.Status.allCases.map(s.offerStatusName),
      chosen: ArrangedOffer.Status.allCases.firstIndex(of: offer.status) ?? 0),
    EntryForm.Field("requested", s.requestedLabel, date: offer.requested),
    EntryForm.Field("started", s.startedLabel, date: offer.started),
    EntryForm.Field("ended", s.endedLabel, date: offer.ended),
  ]
  if rung.needsBeschikking {
    let v = offer.voorziening
    let decisions = [nil] + Voorziening.Decision.allCases.map(Optional.some)
    let forms = [nil] + Voorziening.Form.allCases.map(Optional.some)
    fields += [
      EntryForm.Field("aanvraag", s.aanvraagLabel, date: v?.aanvraag ?? offer.requested),
      EntryForm.Field(
        "decision", s.decisionLabel, options: decisions.map(s.decisionName),
        chosen: decisions.firstIndex(of: v?.decision) ?? 0),
      EntryForm.Field("decided", s.decidedLabel, date: v?.decided),
      EntryForm.Field("motivation", s.motivationLabel, text: v?.motivation ?? ""),
      EntryForm.Field("start", s.voorzieningStartLabel, date: v?.start),
      EntryForm.Field("end", s.voorzieningEndLabel, date: v?.end),
      EntryForm.Field(
        "form", s.voorzieningFormLabel, options: forms.map(s.voorzieningForm),
        chosen: forms.firstIndex(of: v?.form) ?? 0),
    ]
  }
  return EntryForm(
    title: s.offerFormTitle(rung.name.text(lang)),
    intro: rung.needsBeschikking ? s.beschikkingIntro : nil, fields: fields)
}

/// The form for op- of afschalen.
func changeForm(_ need: SupportNeed, _ state: AppState) -> EntryForm {
  let s = state.strings
  return EntryForm(
    title: s.changeTitle(need.title), intro: s.changeIntro,
    fields: [
      EntryForm.Field(
        "direction", s.directionLabel, options: [s.direction(.up), s.direction(.down)]),
      EntryForm.Field("date", s.dateLabel, date: state.today),
      EntryForm.Field("reason", s.reasonLabel),
    ])
}

/// Records what a form on the ladder says.
func saveLadderForm(
  _ form: EntryForm, _ purpose: LadderForm, _ need: SupportNeed, _ screen: inout LadderScreen,
  _ file: CaseFile, _ process: ProcessData, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  var form = form
  do throws(EntryForm.BadDate) {
    switch purpose {
    case .rung(let rung):
      var decision = need.decision(on: rung)
      let suffices = [nil] + Sufficiency.allCases.map(Optional.some)
      decision.considered = form.choice("considered") == 1
      decision.note = form.text("note")
      decision.suffices = suffices[min(form.choice("suffices"), suffices.count - 1)]
      // Saying whether a rung suffices means it was looked at.
      if decision.suffices != nil { decision.considered = true }
      decision.reason = form.text("reason")
      return recordRungDecision(
        decision, rung: rung, need, returnTo: nil, &screen, file, process, &state, context,
        done: s.rungSaved(process.profile.rung(rung)?.name.text(lang(state)) ?? rung))
    case .offer(let rung, let index, let offerID):
      guard !form.text("name").isEmpty else {
        form.focus(on: "name")
        screen.overlay = .form(form, purpose)
        state.message = StatusMessage(s.offerNameMissing, kind: .error)
        return []
      }
      var decision = need.decision(on: rung)
      let existing = index.flatMap {
        decision.offers.indices.contains($0) ? decision.offers[$0] : nil
      }
      var offer = existing ?? ArrangedOffer(id: "", offerID: offerID, name: "")
      if existing == nil {
        offer.id = uniqueOfferID(offerID ?? "eigen", in: need)
      }
      let statuses = ArrangedOffer.Status.allCases
      offer.name = form.text("name")
      offer.status = statuses[min(form.choice("status"), statuses.count - 1)]
      offer.requested = try form.date("requested")
      offer.started = try form.date("started")
      offer.ended = try form.date("ended")
      if offer.status == .active, offer.started == nil { offer.started = context.today }
      if offer.status == .ended, offer.ended == nil { offer.ended = context.today }
      if form.has("aanvraag") {
        offer.voorziening = try voorziening(&form, existing: offer.voorziening)
        if offer.voorziening == nil, form.choice("decision") != 0 {
          form.focus(on: "aanvraag")
          screen.overlay = .form(form, purpose)
          state.message = StatusMessage(s.aanvraagMissing, kind: .error)
          return []
        }
      }
      if let index, decision.offers.indices.contains(index) {
        decision.offers[index] = offer
      } else {
        decision.offers.append(offer)
      }
      decision.considered = true
      return recordRungDecision(
        decision, rung: rung, need, returnTo: .form(form, purpose), &screen, file, process,
        &state, context, done: s.offerSaved(offer.name))
    case .change:
      let reason = form.text("reason")
      guard !reason.isEmpty else {
        form.focus(on: "reason")
        screen.overlay = .form(form, purpose)
        state.message = StatusMessage(s.caseError(.emptyReason), kind: .error)
        return []
      }
      let direction: LadderChange.Direction = form.choice("direction") == 0 ? .up : .down
      let change = LadderChange(
        date: try form.date("date") ?? context.today, direction: direction, reason: reason)
      return recordOrSay(
        [.ladder(.change(need: need.id, change))], on: file, &state, context,
        done: s.changeSaved(direction))
    case .close:
      return recordOrSay(
        [.ladder(.close(need: need.id, reason: form.text("reason")))], on: file, &state,
        context, done: s.needClosed(need.title))
    }
  } catch {
    screen.overlay = .form(form, purpose)
    state.message = StatusMessage(s.badDate(error.label), kind: .error)
    return []
  }
}

/// The aanvraag and beschikking fields as a voorziening; `nil` without an aanvraag date.
private func voorziening(_ form: inout EntryForm, existing: Voorziening?) throws(EntryForm.BadDate)
  -> Voorziening?
{
  guard let aanvraag = try form.date("aanvraag") else { return nil }
  let decisions = [nil] + Voorziening.Decision.allCases.map(Optional.some)
  let forms = [nil] + Voorziening.Form.allCases.map(Optional.some)
  return Voorziening(
    aanvraag: aanvraag, decision: decisions[min(form.choice("decision"), decisions.count - 1)],
    decided: try form.date("decided"), motivation: form.text("motivation"),
    start: try form.date("start"), end: try form.date("end"),
    form: forms[min(form.choice("form"), forms.count - 1)])
}

/// An offer id not used yet in the need: the kaart id, or `eigen-<n>`.
private func uniqueOfferID(_ base: String, in need: SupportNeed) -> String {
  let used = Set(need.rungs.values.flatMap(\.offers).map(\.id))
  if base != "eigen", !used.contains(base) { return base }
  var n = 1
  while used.contains("\(base)-\(n)") { n += 1 }
  return "\(base)-\(n)"
}

/// Records a rung's decision; when lighter rungs were passed over, asks why first
/// (comply or explain) and then saves everything together.
func recordRungDecision(
  _ decision: RungDecision, rung: String, _ need: SupportNeed, returnTo: LadderOverlay?,
  _ screen: inout LadderScreen, _ file: CaseFile, _ process: ProcessData,
  _ state: inout AppState, _ context: ReduceContext, done: String
) -> [Effect] {
  let command = CaseCommand.ladder(
    .recordRung(need: need.id, rung: rung, decision: decision, ladder: ladderIDs(process)))
  do {
    return try record([command], on: file, &state, context, done: done)
  } catch .lighterRungsNotAccountedFor(let rungs) {
    screen.overlay = .reasons(
      ReasonsPrompt(
        need: need.id, rung: rung, decision: decision, rungs: rungs, returnTo: returnTo))
    state.message = nil
  } catch .nothingChanged {
    screen.overlay = nil
    state.message = StatusMessage(state.strings.nothingChanged)
  } catch {
    state.message = StatusMessage(state.strings.caseError(error), kind: .error)
  }
  return []
}

/// Opens a hulpvraag for the chosen life domain, or for the typed question.
func openNeed(
  _ picker: Picker, _ file: CaseFile, _ process: ProcessData, _ state: inout AppState,
  _ context: ReduceContext
) -> [Effect] {
  guard let item = picker.current else { return [] }
  let need: SupportNeed
  if item.isFreeText {
    let ids = Set(file.state.needs.map(\.id))
    var n = 1
    while ids.contains("vraag-\(n)") { n += 1 }
    need = SupportNeed(
      id: "vraag-\(n)", title: picker.query.text.trimmingCharacters(in: .whitespaces))
  } else {
    need = SupportNeed(id: item.id, domain: item.id, title: item.title)
  }
  let profile = file.state.profile ?? process.profile.id
  return recordOrSay(
    [.ladder(.openNeed(need, profile: profile))], on: file, &state, context,
    done: state.strings.needOpened(need.title))
}
