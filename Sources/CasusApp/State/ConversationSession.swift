import CasusCore
import Foundation
import TerminalUI

/// The keukentafelgesprek screen while it is open: the guide's pages, the text being typed,
/// and everything not yet folded into the case.
public struct ConversationSession: Equatable {
  /// Which part of the screen has the keyboard.
  public enum Focus: Equatable, Sendable { case editor, steps, network }

  public var caseID: CaseID
  /// The pages in order (item ids), with their titles resolved from the guide.
  public let items: [ConversationGuide.Item]
  public var current: Int
  /// The text of the current page, with its cursor.
  public var editor: TextInput
  /// The text of every page (the current page's text lives in `editor` while it is open).
  public var notes: [String: String]
  public var status: [String: StepStatus]
  public var network: [NetworkMember]
  public var safety: SafetyConcern?
  public var consent: Consent
  public var focus: Focus
  /// The highlighted page in the steps list when it has the focus.
  public var stepsCursor: Int
  /// The highlighted row of the network list.
  public var networkCursor: Int
  /// The network member being added or edited, if any.
  public var networkForm: NetworkMemberForm?
  /// Seconds spent before this session, and when this session began.
  public var elapsedBefore: Int
  public var sessionStart: Date
  /// What the case holds now; the session is dirty when its update differs from it.
  public var saved: ConversationUpdate?
  /// The update as last written to the draft file.
  public var lastDraft: ConversationUpdate?
  public var lastDraftWrite: Date?

  /// Opens a conversation on a case at its saved position, or at the first page.
  ///
  /// The broad sweep asks about `domains` (the active matrix's), else the guide's own; a
  /// domain that holds notes but is not in that list keeps its page, so no words go missing.
  public init(
    file: CaseFile, guide: ConversationGuide, now: Date,
    domains: [ConversationGuide.GuideDomain]? = nil
  ) {
    caseID = file.id
    let c = file.state.conversation
    items = guide.items(domains: Self.sweep(domains ?? guide.defaultDomains, guide: guide, c))
    notes = c?.notes ?? [:]
    status = c?.status ?? [:]
    network = c?.network ?? []
    safety = c?.safety
    consent = c?.consent ?? Consent()
    let position = c?.position.item ?? items.first?.id ?? ""
    current = items.firstIndex { $0.id == position } ?? 0
    editor = TextInput(multiline: true)
    focus = .editor
    stepsCursor = 0
    networkCursor = 0
    networkForm = nil
    elapsedBefore = c?.elapsedSeconds ?? 0
    sessionStart = now
    saved = c.map(ConversationUpdate.init)
    lastDraft = saved
    lastDraftWrite = nil
    loadEditor(cursor: c?.position.cursor)
    stepsCursor = current
  }

  /// The broad sweep's domains plus any domain the conversation already has notes for.
  static func sweep(
    _ domains: [ConversationGuide.GuideDomain], guide: ConversationGuide, _ c: Conversation?
  ) -> [ConversationGuide.GuideDomain] {
    var out = domains
    let steps = Set(guide.steps.filter { $0.kind == .domains }.map(\.id))
    let keys = Set((c?.notes.keys).map(Array.init) ?? []).union(
      (c?.status.keys).map(Array.init) ?? [])
    for key in keys.sorted() {
      let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2, steps.contains(parts[0]), !out.contains(where: { $0.id == parts[1] })
      else { continue }
      let name =
        guide.defaultDomains.first { $0.id == parts[1] }?.name
        ?? LocalizedText(nl: parts[1], en: parts[1])
      out.append(ConversationGuide.GuideDomain(id: parts[1], name: name))
    }
    return out
  }

  /// The page being written.
  public var item: ConversationGuide.Item? {
    items.indices.contains(current) ? items[current] : nil
  }

  /// Seconds the conversation has been going, over all sessions.
  public func elapsed(at now: Date) -> Int {
    elapsedBefore + max(0, Int(now.timeIntervalSince(sessionStart)))
  }

  /// The conversation as it stands on screen, ready to fold into the case.
  public func update(at now: Date) -> ConversationUpdate {
    var allNotes = notes
    if let item {
      allNotes[item.id] = editor.text.isEmpty ? nil : editor.text
    }
    return ConversationUpdate(
      notes: allNotes, status: status,
      position: Conversation.Position(item: item?.id ?? "", cursor: editor.cursor),
      elapsedSeconds: elapsed(at: now), network: network, safety: safety, consent: consent)
  }

  /// Whether there is typed work that the case does not hold yet (position and time aside).
  public func hasUnsavedWork(at now: Date) -> Bool {
    let u = update(at: now)
    guard let saved else {
      return !u.notes.isEmpty || !u.status.isEmpty || !u.network.isEmpty || u.safety != nil
        || u.consent != Consent()
    }
    return u.notes != saved.notes || u.status != saved.status || u.network != saved.network
      || u.safety != saved.safety || u.consent != saved.consent
  }

  /// Whether the draft file is behind what is on screen.
  public func draftIsStale(at now: Date) -> Bool {
    let u = update(at: now)
    guard let lastDraft else { return hasUnsavedWork(at: now) }
    return u.notes != lastDraft.notes || u.status != lastDraft.status
      || u.network != lastDraft.network || u.safety != lastDraft.safety
      || u.consent != lastDraft.consent
  }

  /// Moves to another page, keeping the text typed on this one.
  public mutating func go(to index: Int) {
    guard items.indices.contains(index) else { return }
    storeEditor()
    current = index
    stepsCursor = index
    loadEditor(cursor: nil)
  }

  /// Puts a recovered draft's content on screen.
  public mutating func apply(_ draft: ConversationUpdate) {
    notes = draft.notes
    status = draft.status
    network = draft.network
    safety = draft.safety
    consent = draft.consent
    elapsedBefore = max(elapsedBefore, draft.elapsedSeconds)
    current = items.firstIndex { $0.id == draft.position.item } ?? current
    stepsCursor = current
    loadEditor(cursor: draft.position.cursor)
  }

  /// Marks the current page as being worked on, unless it is already done.
  ///
  /// Writing on a skipped page takes the skip back: the consulent came back to it.
  public mutating func touch() {
    guard let item, status[item.id] == nil || status[item.id] == .skipped else { return }
    status[item.id] = .inProgress
  }

  /// Sets or clears a status on the current page (`done` or `skipped`).
  public mutating func toggle(_ mark: StepStatus) {
    guard let item else { return }
    let now = status[item.id] ?? .notStarted
    if now == mark {
      status[item.id] = editor.isEmpty ? nil : .inProgress
    } else {
      status[item.id] = mark
    }
  }

  private mutating func storeEditor() {
    guard let item else { return }
    notes[item.id] = editor.text.isEmpty ? nil : editor.text
  }

  private mutating func loadEditor(cursor: Int?) {
    editor = TextInput(item.flatMap { notes[$0.id] } ?? "", multiline: true)
    if let cursor { editor.setCursor(cursor) }
  }
}

/// The small form to add or edit one person in the client's network.
public struct NetworkMemberForm: Equatable {
  /// The fields in order.
  public enum Field: Int, CaseIterable, Sendable { case name, relation, canDo, cannotDo, reachable }

  /// The row being edited, or `nil` for a new person.
  public var index: Int?
  public var name: TextInput
  public var relation: TextInput
  public var canDo: TextInput
  public var cannotDo: TextInput
  public var reachable: Bool
  public var focus: Field

  public init(editing member: NetworkMember? = nil, index: Int? = nil) {
    self.index = index
    name = TextInput(member?.name ?? "")
    relation = TextInput(member?.relation ?? "")
    canDo = TextInput(member?.canDo ?? "")
    cannotDo = TextInput(member?.cannotDo ?? "")
    reachable = member?.reachable ?? true
    focus = .name
  }

  /// The text input of a field (not for `reachable`).
  public subscript(input field: Field) -> TextInput? {
    get {
      switch field {
      case .name: return name
      case .relation: return relation
      case .canDo: return canDo
      case .cannotDo: return cannotDo
      case .reachable: return nil
      }
    }
    set {
      guard let newValue else { return }
      switch field {
      case .name: name = newValue
      case .relation: relation = newValue
      case .canDo: canDo = newValue
      case .cannotDo: cannotDo = newValue
      case .reachable: break
      }
    }
  }

  /// The person as typed.
  public var member: NetworkMember {
    NetworkMember(
      name: name.text.trimmingCharacters(in: .whitespaces),
      relation: relation.text.trimmingCharacters(in: .whitespaces), canDo: canDo.text,
      cannotDo: cannotDo.text, reachable: reachable)
  }
}
