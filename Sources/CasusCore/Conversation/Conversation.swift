import Foundation

/// The keukentafelgesprek as recorded in a case: notes per step in the client's own words,
/// where the conversation stands, the network and any safety concern.
public struct Conversation: Hashable, Sendable, Codable {
  /// The guide the conversation follows (`keukentafel`) and its version.
  public var guideID: String
  public var guideVersion: Int
  /// When the conversation started (the first time the step screen was opened).
  public var startedAt: Date
  /// Free text per item (a step, or a step's life domain: `brede-uitvraag/financien`).
  public var notes: [String: String]
  /// How far each item is; items without an entry have not been started.
  public var status: [String: StepStatus]
  /// Where the consulent was: the item and the cursor in its text.
  public var position: Position
  /// How long the conversation has been going, over all sessions, in seconds.
  public var elapsedSeconds: Int
  /// The people around the client and what they can do.
  public var network: [NetworkMember]
  /// Whether the consulent has a concern about safety, and why.
  public var safety: SafetyConcern?
  /// Consent to record the conversation, and to involve others.
  public var consent: Consent

  public init(guideID: String, guideVersion: Int, startedAt: Date, firstItem: String) {
    self.guideID = guideID
    self.guideVersion = guideVersion
    self.startedAt = startedAt
    self.notes = [:]
    self.status = [:]
    self.position = Position(item: firstItem, cursor: 0)
    self.elapsedSeconds = 0
    self.network = []
    self.safety = nil
    self.consent = Consent()
  }

  /// The status of an item (`.notStarted` when it has none).
  public func status(of item: String) -> StepStatus { status[item] ?? .notStarted }

  /// Where the conversation stands: an item and a cursor offset in its text.
  public struct Position: Hashable, Sendable, Codable {
    public var item: String
    public var cursor: Int

    public init(item: String, cursor: Int) {
      self.item = item
      self.cursor = cursor
    }
  }
}

/// How far one step of the conversation is.
public enum StepStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case notStarted, inProgress, done, skipped
}

/// One person in the client's network (eigen kracht, netwerk en mantelzorg).
public struct NetworkMember: Hashable, Sendable, Codable {
  public var name: String
  /// Relation to the client: zoon, buurvrouw, vriend van de kerk.
  public var relation: String
  public var canDo: String
  public var cannotDo: String
  /// Whether the person can be reached for this (a son abroad may not be).
  public var reachable: Bool

  public init(
    name: String, relation: String = "", canDo: String = "", cannotDo: String = "",
    reachable: Bool = true
  ) {
    self.name = name
    self.relation = relation
    self.canDo = canDo
    self.cannotDo = cannotDo
    self.reachable = reachable
  }
}

/// A concern about the safety of someone in the household, raised during the conversation.
public struct SafetyConcern: Hashable, Sendable, Codable {
  public var raised: Bool
  /// What the consulent saw or heard, in their own words.
  public var note: String

  public init(raised: Bool, note: String = "") {
    self.raised = raised
    self.note = note
  }
}

/// What the client agreed to at the start of the conversation.
public struct Consent: Hashable, Sendable, Codable {
  /// The client agrees that the conversation is written down.
  public var toRecord: Bool?
  /// The client agrees that others (network, professionals) are involved.
  public var toInvolveOthers: Bool?

  public init(toRecord: Bool? = nil, toInvolveOthers: Bool? = nil) {
    self.toRecord = toRecord
    self.toInvolveOthers = toInvolveOthers
  }
}

/// The client's written response to the verslag, as they gave it.
public struct VerslagResponse: Hashable, Sendable, Codable {
  public var date: LocalDate
  public var text: String

  public init(date: LocalDate, text: String) {
    self.date = date
    self.text = text
  }
}
