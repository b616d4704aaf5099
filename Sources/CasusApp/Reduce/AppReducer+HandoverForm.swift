import CasusCore
import TerminalUI

/// Opens the registration of a handover for the selected case (`o`, `:overdracht`).
func openNewHandover(_ state: inout AppState) -> [Effect] {
  guard let file = state.selectedCase ?? state.caseFile(state.selection)
  else {
    state.message = StatusMessage(state.strings.noCaseSelected, kind: .error)
    return []
  }
  return openHandoverForm(file, revising: nil, &state, back: back(from: state.mode))
}

/// Opens the handover form: new, or revising a concept or a declined registration.
func openHandoverForm(
  _ file: CaseFile, revising: Handover?, _ state: inout AppState, back: Back
) -> [Effect] {
  guard mayChange(file, &state) else { return [] }
  let lanes = state.lanes(for: file)
  guard !lanes.isEmpty else {
    state.message = StatusMessage(state.strings.noLanes, kind: .error)
    return []
  }
  if revising == nil,
    let open = file.state.handovers.first(where: {
      [.submitted, .accepted, .inProgress].contains($0.state)
    })
  {
    state.message = StatusMessage(
      state.strings.handoverAlreadyOpen(open.to, state.strings.handoverState(open.state)),
      kind: .error)
    return []
  }
  let id = revising?.id ?? nextNumberedID("H", file.state.handovers.map(\.id))
  let laneIndex = revising.flatMap { h in lanes.firstIndex { $0.kind == h.lane } } ?? 0
  let fields = handoverFields(
    lanes: lanes, lane: laneIndex, from: revising, previous: nil, state.strings,
    language: state.language.rawValue)
  var notes = [state.strings.handoverFormNote]
  if let reason = revising?.declineReason, revising?.state == .declined {
    notes.insert(state.strings.declinedBecause(reason), at: 0)
  }
  let form = FieldForm(
    title: state.strings.handoverFormTitle(file.state.household.name), notes: notes,
    fields: fields)
  state.mode = .handoverForm(
    HandoverForm(
      caseID: file.id, handover: id, isNew: revising == nil, form: form, lanes: lanes,
      back: back))
  state.message = nil
  return []
}

/// The fields for the chosen lane, keeping what was typed in `previous` (or `from`).
func handoverFields(
  lanes: [MunicipalityProfile.Lane], lane index: Int, from h: Handover?, previous: FieldForm?,
  _ s: any StringTable, language: String
) -> [FieldForm.Field] {
  let lane = lanes[min(index, lanes.count - 1)]
  func text(_ id: String, _ fallback: String) -> TextInput {
    if let previous, case .text(let input)? = previous.fields.first(where: { $0.id == id })?.kind {
      return input
    }
    return TextInput(fallback)
  }
  let defaultTo = lane.kind == .consult ? "" : lane.name.nl
  var to = text("to", h?.to ?? defaultTo)
  if let previous,
    previous.text("to").isEmpty || lanes.contains(where: { $0.name.nl == previous.text("to") })
  {
    to = TextInput(defaultTo)
  }
  var fields: [FieldForm.Field] = [
    .init("lane", s.handoverLaneLabel, .choice(lanes.map { $0.name.text(language) }, index)),
    .init(
      "to", s.handoverToLabel, .text(to),
      placeholder: lane.kind == .consult ? s.handoverToColleague : ""),
    .init("reasons", s.handoverReasonsHeading(lane.kind), .heading),
  ]
  for (i, criterion) in lane.criteria.enumerated() {
    let ticked =
      previous?.checked("reason.\(i)") ?? (h?.reasons.contains(criterion.nl) ?? false)
    fields.append(.init("reason.\(i)", criterion.text(language), .check(ticked)))
  }
  let kinds = HandoverConsent.Kind.allCases
  let kind =
    previous.map { $0.choice("consentKind") }
    ?? h?.consent.flatMap { c in kinds.firstIndex(of: c.kind) } ?? 0
  fields += [
    .init(
      "question", s.handoverQuestionLabel, .text(text("question", h?.question ?? "")),
      placeholder: s.optionalPlaceholder),
    .init(
      "whyStuck", s.handoverWhyStuckLabel, .text(text("whyStuck", h?.whyStuck ?? "")),
      placeholder: s.optionalPlaceholder),
    .init("consentKind", s.handoverConsentLabel, .choice(kinds.map(s.consentKind), kind)),
    .init(
      "consentDetail", s.consentDetailLabel(kinds[kind]),
      .text(text("consentDetail", h?.consent?.detail ?? "")),
      placeholder: s.consentDetailPlaceholder(kinds[kind])),
    .init("sections", s.handoverSectionsHeading, .heading),
  ]
  for section in HandoverPackage.Section.allCases {
    let on =
      previous?.checked("section." + section.rawValue)
      ?? h.map { $0.sections.contains(section) } ?? (section != .conversation)
    fields.append(.init("section." + section.rawValue, s.section(section), .check(on)))
  }
  return fields
}

/// The handover as the form now describes it.
func handoverValue(_ f: HandoverForm, _ state: AppState, actor: String, today: LocalDate)
  -> Handover?
{
  guard let file = state.file(f.caseID) else { return nil }
  let lane = f.lanes[min(f.form.choice("lane"), f.lanes.count - 1)]
  let existing = file.state.handovers.first { $0.id == f.handover }
  let reasons = lane.criteria.indices.filter { f.form.checked("reason.\($0)") }.map {
    lane.criteria[$0].nl
  }
  let sections = HandoverPackage.Section.allCases.filter {
    f.form.checked("section." + $0.rawValue)
  }
  var h =
    existing
    ?? Handover(
      id: f.handover, lane: lane.kind, laneName: lane.name.nl, from: actor, to: "")
  h.lane = lane.kind
  h.laneName = lane.name.nl
  h.to = f.form.text("to")
  h.reasons = reasons
  h.question = f.form.text("question")
  h.whyStuck = f.form.text("whyStuck")
  h.sections = sections
  let kinds = HandoverConsent.Kind.allCases
  let detail = f.form.text("consentDetail")
  h.consent =
    detail.isEmpty
    ? nil
    : HandoverConsent(
      kind: kinds[min(f.form.choice("consentKind"), kinds.count - 1)], detail: detail,
      date: existing?.consent?.detail == detail ? existing?.consent?.date ?? today : today)
  return h
}

/// Keys in the handover form and in its preview.
func handoverFormKey(
  _ key: Key, _ f: inout HandoverForm, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  if let scroll = f.preview {
    switch Keymaps.preview(s).command(for: key) {
    case .down: f.preview = scroll + 1
    case .up: f.preview = max(0, scroll - 1)
    case .pageDown: f.preview = scroll + max(1, state.size.height - 8)
    case .pageUp: f.preview = max(0, scroll - max(1, state.size.height - 8))
    case .back: f.preview = nil
    case .help: state.overlay = .help
    case .interrupt: return interruptWithWork(&state)
    case .send, .saveConcept:
      guard let file = state.file(f.caseID),
        let h = handoverValue(f, state, actor: context.actor, today: context.today)
      else {
        return []
      }
      let send = Keymaps.preview(s).command(for: key) == .send
      var commands: [CaseCommand] = [.handover(f.isNew ? .create(h) : .revise(h))]
      if send { commands.append(.handover(.submit(id: h.id, date: context.today))) }
      return saveChange(
        commands, to: file, &state, context,
        done: send
          ? s.handoverSent(h.to, file.state.household.name) : s.handoverConceptSaved)
    case nil: break
    }
    return []
  }
  let lane = f.form.choice("lane")
  let kind = f.form.choice("consentKind")
  let width = FieldFormLayout.inputWidth(size: state.size)
  switch fieldFormKey(key, &f.form, &state, width: width) {
  case .handled:
    if f.form.choice("lane") != lane {
      f.form.replaceFields(
        handoverFields(
          lanes: f.lanes, lane: f.form.choice("lane"), from: nil, previous: f.form, s,
          language: state.language.rawValue))
    }
    if f.form.choice("consentKind") != kind {
      let k = HandoverConsent.Kind.allCases[f.form.choice("consentKind")]
      f.form.update(
        "consentDetail", label: s.consentDetailLabel(k), placeholder: s.consentDetailPlaceholder(k))
    }
  case .help:
    state.overlay = .help
  case .interrupt:
    return interruptWithWork(&state)
  case .cancel:
    state.mode = mode(for: f.back, state)
    state.message = StatusMessage(s.cancelled)
  case .save:
    guard let h = handoverValue(f, state, actor: context.actor, today: context.today) else {
      return []
    }
    if h.reasons.isEmpty {
      f.form.focus("reason.0")
      state.message = StatusMessage(s.handoverError(.handoverNeedsReason), kind: .error)
    } else if h.to.isEmpty {
      f.form.focus("to")
      state.message = StatusMessage(s.handoverError(.handoverNeedsReceiver), kind: .error)
    } else if h.consent == nil {
      f.form.focus("consentDetail")
      state.message = StatusMessage(s.handoverError(.handoverNeedsConsent), kind: .error)
    } else {
      f.preview = 0
      state.message = StatusMessage(s.previewIntro)
    }
  }
  return []
}

/// The package the form would send, for the preview: the case with the handover as typed.
func previewPackage(_ f: HandoverForm, _ state: AppState) -> HandoverPackage.Document? {
  guard var file = state.file(f.caseID),
    let h = handoverValue(f, state, actor: state.user?.actor ?? "", today: state.today)
  else { return nil }
  file.state.handovers.removeAll { $0.id == h.id }
  file.state.handovers.append(h)
  return try? HandoverPackage.document(
    of: file, handover: h.id, exportedAt: state.now, exportedBy: state.user?.actor ?? "",
    rungs: state.process.data(for: file.state)?.profile.rungs.map(\.id) ?? [])
}

/// The report context of the app's state for a case (the preview).
func packageContext(_ state: AppState, _ file: CaseFile?) -> HandoverPackageReport.Context {
  HandoverPackageReport.Context(
    strings: state.strings, language: state.language, timeZone: state.timeZone,
    profile: file.flatMap { state.process.data(for: $0.state)?.profile }
      ?? state.process.current?.profile, matrices: state.matrices)
}
