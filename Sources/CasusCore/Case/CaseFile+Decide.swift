import Foundation

/// Deciding: turning a request into events, or refusing it with a ``CaseError``.
extension CaseFile {
  /// Registers a melding: a new case file with one `case.opened` event and revision 0
  /// (not yet saved).
  public static func open(
    _ melding: NewMelding, id: CaseID, at now: Date, today: LocalDate, actor: String
  ) throws(CaseError) -> CaseFile {
    let household = Household(
      name: melding.householdName.trimmed, members: melding.members.map(\.normalised))
    try validate(
      household: household, question: melding.question, meldingDate: melding.meldingDate,
      regie: melding.regie, today: today)
    let opened = CaseOpened(
      household: household, question: melding.question,
      melding: Melding(date: melding.meldingDate, source: melding.source),
      regie: melding.regie.normalised, phase: .melding, law: melding.law,
      clientSupportOffered: melding.clientSupportOffered)
    let event = CaseEvent(
      seq: 1, at: now, actor: actor, type: CaseEventType.opened,
      payload: (try? JSONValue(encoding: opened)) ?? .null)
    let state = CaseState(
      id: id, household: opened.household, question: opened.question, melding: opened.melding,
      regie: opened.regie, phase: opened.phase, law: melding.law,
      clientSupportOffered: melding.clientSupportOffered)
    return CaseFile(id: id, revision: 0, state: state, events: [event])
  }

  /// The events a command produces, without changing anything.
  public func decide(_ command: CaseCommand, at now: Date, today: LocalDate, actor: String)
    throws(CaseError) -> [CaseEvent]
  {
    let seq = (events.last?.seq ?? 0) + 1
    func event(_ type: String, _ payload: some Encodable, _ offset: Int = 0) -> CaseEvent {
      CaseEvent(
        seq: seq + offset, at: now, actor: actor, type: type,
        payload: (try? JSONValue(encoding: payload)) ?? .null)
    }
    switch command {
    case .edit(let edit):
      var next = state
      if let v = edit.householdName { next.household.name = v.trimmed }
      if let v = edit.members { next.household.members = v.map(\.normalised) }
      if let v = edit.question { next.question = v }
      if let v = edit.meldingDate { next.melding.date = v }
      if let v = edit.source { next.melding.source = v }
      if let v = edit.regie { next.regie = v.normalised }
      if let v = edit.phase { next.phase = v }
      if let v = edit.law { next.law = v }
      if let v = edit.clientSupportOffered { next.clientSupportOffered = v }
      if let m = edit.milestones {
        next.milestones.onderzoekFinished = m.onderzoekFinished ?? next.milestones.onderzoekFinished
        next.milestones.verslagSent = m.verslagSent ?? next.milestones.verslagSent
        next.milestones.persoonlijkPlan = m.persoonlijkPlan ?? next.milestones.persoonlijkPlan
        next.milestones.aanvraag = m.aanvraag ?? next.milestones.aanvraag
        next.milestones.beschikking = m.beschikking ?? next.milestones.beschikking
      }
      try Self.validate(
        household: next.household, question: next.question,
        meldingDate: next.melding.date, regie: next.regie, today: today,
        meldingUnchanged: next.melding.date == state.melding.date)
      try Self.validate(milestones: next.milestones, melding: next.melding.date, today: today)
      let changes = Self.changes(from: state, to: next)
      guard !changes.isEmpty else { throw .nothingChanged }
      return [event(CaseEventType.edited, CaseEdited(changes: changes))]
    case .startConversation(let guideID, let version, let firstItem):
      guard state.conversation == nil else { throw .conversationAlreadyStarted }
      return [
        event(
          CaseEventType.conversationStarted,
          ConversationStarted(guideID: guideID, guideVersion: version, firstItem: firstItem))
      ]
    case .updateConversation(let update):
      guard let current = state.conversation else { throw .conversationNotStarted }
      var out: [CaseEvent] = []
      func add(_ type: String, _ payload: some Encodable) {
        out.append(event(type, payload, out.count))
      }
      if update.consent != current.consent {
        add(CaseEventType.consentChanged, ConsentChanged(old: current.consent, new: update.consent))
      }
      for item in Set(update.notes.keys).union(current.notes.keys).sorted() {
        let old = current.notes[item] ?? ""
        let new = update.notes[item] ?? ""
        if old != new {
          add(CaseEventType.noteChanged, NoteChanged(item: item, old: old, new: new))
        }
      }
      for item in Set(update.status.keys).union(current.status.keys).sorted() {
        let old = current.status(of: item)
        let new = update.status[item] ?? .notStarted
        if old != new {
          add(CaseEventType.stepStatusChanged, StepStatusChanged(item: item, old: old, new: new))
        }
      }
      if update.network != current.network {
        add(CaseEventType.networkChanged, NetworkChanged(old: current.network, new: update.network))
      }
      if update.safety != current.safety {
        add(CaseEventType.safetyChanged, SafetyChanged(old: current.safety, new: update.safety))
      }
      if update.position != current.position || update.elapsedSeconds != current.elapsedSeconds {
        add(
          CaseEventType.positionSaved,
          PositionSaved(
            item: update.position.item, cursor: update.position.cursor,
            elapsedSeconds: update.elapsedSeconds))
      }
      guard !out.isEmpty else { throw .nothingChanged }
      return out
    case .recordResponse(let response):
      guard !response.text.trimmed.isEmpty else { throw .emptyResponse }
      return [event(CaseEventType.responseRecorded, response)]
    case .recordExport(let export):
      return [event(CaseEventType.exported, export)]
    case .ladder(let command):
      return try decide(command, make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .safety(let command):
      return try decide(command, make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .plan(let command):
      return try decide(command, make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .handover(let command):
      return try decide(command, make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .involvement(let command):
      return try decide(command, make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .recordView(let view):
      return [event(CaseEventType.viewed, view)]
    case .close(let date, let reason, let years):
      return try decideClose(
        date: date, reason: reason, retentionYears: years,
        make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .reopen(let date, let reason):
      return try decideReopen(
        date: date, reason: reason, make: EventMaker(firstSeq: seq, now: now, actor: actor))
    case .recordMeasurement(let measurement, let definition):
      do {
        try Self.validate(measurement, definition, melding: state.melding.date, today: today)
      } catch {
        throw .matrix(error)
      }
      return [event(CaseEventType.matrixMeasured, measurement)]
    }
  }

  /// Decides a command and applies its events: the case as it will be saved.
  public func applying(_ command: CaseCommand, at now: Date, today: LocalDate, actor: String)
    throws(CaseError) -> CaseFile
  {
    var copy = self
    try copy.apply(command, at: now, today: today, actor: actor)
    return copy
  }

  /// Applies a command in place; a refused command changes nothing.
  ///
  /// The same as ``applying(_:at:today:actor:)``, but the history is appended to, not copied
  /// (a generated store applies hundreds of commands per case).
  public mutating func apply(_ command: CaseCommand, at now: Date, today: LocalDate, actor: String)
    throws(CaseError)
  {
    let new = try decide(command, at: now, today: today, actor: actor)
    for event in new {
      // Events made by `decide` always apply; a failure here is a programmer error that the
      // tests catch, so the state is simply left as it was for that event.
      try? state.apply(event)
      events.append(event)
    }
  }

  static func validate(
    household: Household, question: String, meldingDate: LocalDate, regie: Regie,
    today: LocalDate, meldingUnchanged: Bool = false
  ) throws(CaseError) {
    if household.name.isEmpty { throw .emptyHouseholdName }
    if household.members.isEmpty { throw .noMembers }
    for (i, member) in household.members.enumerated() {
      if member.name.isEmpty { throw .emptyMemberName(index: i) }
      if let born = member.born {
        if born > today { throw .birthDateInFuture(name: member.name, born) }
        if born.year < 1900 { throw .birthDateImplausible(name: member.name, born) }
      }
    }
    if question.trimmed.isEmpty { throw .emptyQuestion }
    if meldingDate > today, !meldingUnchanged { throw .meldingInFuture(meldingDate) }
    if regie.holder != .resident, (regie.name ?? "").isEmpty { throw .regieNameMissing }
  }

  static func validate(milestones m: Milestones, melding: LocalDate, today: LocalDate)
    throws(CaseError)
  {
    let fields: [(CaseField, LocalDate?)] = [
      (.onderzoekFinished, m.onderzoekFinished), (.verslagSent, m.verslagSent),
      (.persoonlijkPlan, m.persoonlijkPlan), (.aanvraag, m.aanvraag), (.beschikking, m.beschikking),
    ]
    for (field, date) in fields {
      guard let date else { continue }
      if date < melding { throw .milestoneBeforeMelding(field) }
      if date > today { throw .meldingInFuture(date) }
    }
  }

  static func changes(from old: CaseState, to new: CaseState) -> [FieldChange] {
    var out: [FieldChange] = []
    func add<T: Encodable & Equatable>(_ field: CaseField, _ a: T, _ b: T) {
      guard a != b else { return }
      out.append(
        FieldChange(
          field: field, old: (try? JSONValue(encoding: a)) ?? .null,
          new: (try? JSONValue(encoding: b)) ?? .null))
    }
    add(.householdName, old.household.name, new.household.name)
    add(.members, old.household.members, new.household.members)
    add(.question, old.question, new.question)
    add(.meldingDate, old.melding.date, new.melding.date)
    add(.meldingSource, old.melding.source, new.melding.source)
    add(.regie, old.regie, new.regie)
    add(.phase, old.phase, new.phase)
    add(.law, old.law, new.law)
    add(.clientSupportOffered, old.clientSupportOffered, new.clientSupportOffered)
    add(.onderzoekFinished, old.milestones.onderzoekFinished, new.milestones.onderzoekFinished)
    add(.verslagSent, old.milestones.verslagSent, new.milestones.verslagSent)
    add(.persoonlijkPlan, old.milestones.persoonlijkPlan, new.milestones.persoonlijkPlan)
    add(.aanvraag, old.milestones.aanvraag, new.milestones.aanvraag)
    add(.beschikking, old.milestones.beschikking, new.milestones.beschikking)
    return out
  }
}

extension Member {
  var normalised: Member { Member(name: name.trimmed, born: born, role: role) }
}

extension Regie {
  var normalised: Regie {
    let n = name?.trimmed ?? ""
    return Regie(holder: holder, name: holder == .resident || n.isEmpty ? nil : n)
  }
}

extension String {
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
