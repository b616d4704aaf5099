import Foundation

/// Rebasing: my changes, made on a version that someone else has since saved over, applied
/// on top of their version.
extension CaseFile {
  /// The events both histories share: the version both copies started from.
  public func commonPrefix(with other: CaseFile) -> Int {
    zip(events, other.events).prefix { mine, theirs in
      mine.seq == theirs.seq && mine.type == theirs.type && mine.at == theirs.at
        && mine.actor == theirs.actor && mine.payload == theirs.payload
    }.count
  }

  /// `theirs` with every field I changed (relative to the version we both started from) set
  /// to my value, as new events by `actor`; fields only they changed keep their value.
  ///
  /// A three-way merge per field: the registration fields, each conversation note and step
  /// status, the network, safety, consent and position, and new verslag responses. Where we
  /// both changed a field, mine wins, and theirs stays in the history. Throws `.nothingChanged`
  /// when I changed nothing that `theirs` does not already have.
  public func rebased(onto theirs: CaseFile, at now: Date, today: LocalDate, actor: String)
    throws(CaseError) -> CaseFile
  {
    let shared = commonPrefix(with: theirs)
    guard shared > 0, let base = try? CaseState.replay(id: id, events: Array(events.prefix(shared)))
    else { throw .nothingChanged }
    let mine = state
    var out = theirs
    func apply(_ command: CaseCommand) throws(CaseError) {
      do {
        out = try out.applying(command, at: now, today: today, actor: actor)
      } catch .nothingChanged {
        return
      }
    }
    var edit = CaseEdit()
    func changed<T: Equatable>(_ path: KeyPath<CaseState, T>) -> T? {
      mine[keyPath: path] == base[keyPath: path] ? nil : mine[keyPath: path]
    }
    edit.householdName = changed(\.household.name)
    edit.members = changed(\.household.members)
    edit.question = changed(\.question)
    edit.meldingDate = changed(\.melding.date)
    edit.source = changed(\.melding.source)
    edit.regie = changed(\.regie)
    edit.phase = changed(\.phase)
    edit.law = changed(\.law)
    edit.clientSupportOffered = changed(\.clientSupportOffered) ?? nil
    edit.milestones = changed(\.milestones)
    if edit != CaseEdit() { try apply(.edit(edit)) }
    if let conversation = mine.conversation, conversation != base.conversation {
      if out.state.conversation == nil {
        try apply(
          .startConversation(
            guideID: conversation.guideID, guideVersion: conversation.guideVersion,
            firstItem: conversation.position.item))
      }
      if let current = out.state.conversation {
        try apply(.updateConversation(Self.merge(conversation, base.conversation, current)))
      }
    }
    for response in mine.verslagResponses.dropFirst(base.verslagResponses.count) {
      try apply(.recordResponse(response))
    }
    guard out != theirs else { throw .nothingChanged }
    return out
  }

  /// The state fields ``rebased(onto:at:today:actor:)`` merges; others are not carried over.
  ///
  /// The ladder (`profile`, `needs`, `safetyLane`), the `plan`, `measurements`, `handovers`,
  /// `involvements` and `basics` are not merged yet: a change of mine to one of them is
  /// reported by ``fieldsNotCarried(by:)`` and my version stays as a conflict copy.
  public static let rebasedFields: Set<String> = [
    "id", "household", "question", "melding", "regie", "phase", "law", "clientSupportOffered",
    "milestones", "conversation", "verslagResponses",
  ]

  /// Top-level state fields I changed that `merged` does not carry.
  ///
  /// These are fields added to the case after the merge was written. When this is not empty, keep my version as a conflict copy.
  public func fieldsNotCarried(by merged: CaseFile) -> [String] {
    let shared = commonPrefix(with: merged)
    guard shared > 0,
      let base = try? CaseState.replay(id: id, events: Array(events.prefix(shared))),
      case .object(let mine)? = try? JSONValue(encoding: state),
      case .object(let before)? = try? JSONValue(encoding: base),
      case .object(let after)? = try? JSONValue(encoding: merged.state)
    else { return [] }
    return Set(mine.keys).union(before.keys).subtracting(Self.rebasedFields).filter { key in
      mine[key] != before[key] && after[key] != mine[key]
    }.sorted()
  }

  /// Per note, per step status and per section: mine where I changed it, else theirs.
  private static func merge(_ mine: Conversation, _ base: Conversation?, _ theirs: Conversation)
    -> ConversationUpdate
  {
    var update = ConversationUpdate(theirs)
    let baseNotes = base?.notes ?? [:]
    for item in Set(mine.notes.keys).union(baseNotes.keys) where mine.notes[item] != baseNotes[item]
    {
      update.notes[item] = mine.notes[item]
    }
    let baseStatus = base?.status ?? [:]
    for item in Set(mine.status.keys).union(baseStatus.keys)
    where mine.status[item] != baseStatus[item] {
      update.status[item] = mine.status[item]
    }
    if mine.network != base?.network { update.network = mine.network }
    if mine.safety != base?.safety { update.safety = mine.safety }
    if mine.consent != base?.consent { update.consent = mine.consent }
    if mine.position != base?.position || mine.elapsedSeconds != base?.elapsedSeconds {
      update.position = mine.position
      update.elapsedSeconds = max(mine.elapsedSeconds, theirs.elapsedSeconds)
    }
    return update
  }
}
