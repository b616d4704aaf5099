import Foundation

/// The payload of `conversation.started`.
public struct ConversationStarted: Hashable, Sendable, Codable {
  public var guideID: String
  public var guideVersion: Int
  public var firstItem: String
}

/// The payload of `conversation.noteChanged`: one item's text, old → new.
public struct NoteChanged: Hashable, Sendable, Codable {
  public var item: String
  public var old: String
  public var new: String
}

/// The payload of `conversation.stepStatusChanged`.
public struct StepStatusChanged: Hashable, Sendable, Codable {
  public var item: String
  public var old: StepStatus
  public var new: StepStatus
}

/// The payload of `conversation.positionSaved`: where the consulent paused, and the time
/// spent so far.
public struct PositionSaved: Hashable, Sendable, Codable {
  public var item: String
  public var cursor: Int
  public var elapsedSeconds: Int
}

/// The payload of `conversation.consentChanged`.
public struct ConsentChanged: Hashable, Sendable, Codable {
  public var old: Consent
  public var new: Consent
}

/// The payload of `network.changed`: the whole network list, old → new.
public struct NetworkChanged: Hashable, Sendable, Codable {
  public var old: [NetworkMember]
  public var new: [NetworkMember]
}

/// The payload of `safety.changed`.
public struct SafetyChanged: Hashable, Sendable, Codable {
  public var old: SafetyConcern?
  public var new: SafetyConcern?
}
