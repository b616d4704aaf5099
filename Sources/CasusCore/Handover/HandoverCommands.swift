/// Requests about handovers.
public enum HandoverCommand: Hashable, Sendable {
  /// Start a handover in `concept`.
  case create(Handover)
  /// Change a handover that has not gone out (or came back declined).
  case revise(Handover)
  /// Register it with the receiving team; needs consent, a legal ground or an override.
  case submit(id: String, date: LocalDate)
  case accept(id: String, date: LocalDate)
  /// Decline with a reason: it returns to the sender's queue.
  case decline(id: String, reason: String, date: LocalDate)
  case start(id: String, date: LocalDate)
  /// Hand the case back to a professional already involved, with the evaluation.
  case handBack(id: String, to: String, evaluation: HandoverEvaluation?, date: LocalDate)
  /// Close without hand-back (withdrawn, or a consult that is done).
  case close(id: String, reason: String, date: LocalDate)
  case recordDoorbraak(id: String, Doorbraak)
  /// Record that the case was built from a handover package on the receiving side.
  case recordImport(HandoverImported)
}

/// Requests about the professionals involved and the basics.
public enum InvolvementCommand: Hashable, Sendable {
  /// Add, replace (same id) or, with `nil`, remove one involved professional or service.
  case set(id: String, Involvement?)
  case basic(Basic, BasicStatus)
}

/// The payload of `handover.created`.
public struct HandoverCreated: Hashable, Sendable, Codable {
  public var handover: Handover
}

/// The payload of `handover.revised`: the handover before and after.
public struct HandoverRevised: Hashable, Sendable, Codable {
  public var old: Handover
  public var new: Handover
}

/// The payload of `handover.stateChanged`: one step of the state machine.
public struct HandoverStateChanged: Hashable, Sendable, Codable {
  public var id: String
  public var old: HandoverState
  public var new: HandoverState
  public var date: LocalDate
  /// The decline or close reason.
  public var reason: String?
  /// Who it was handed back to.
  public var returnedTo: String?
  public var evaluation: HandoverEvaluation?
}

/// The payload of `handover.doorbraakRecorded`.
public struct DoorbraakRecorded: Hashable, Sendable, Codable {
  public var id: String
  public var doorbraak: Doorbraak
}

/// The payload of `involvement.changed`.
public struct InvolvementChanged: Hashable, Sendable, Codable {
  public var id: String
  public var old: Involvement?
  public var new: Involvement?
}

/// The payload of `basics.changed`.
public struct BasicChanged: Hashable, Sendable, Codable {
  public var basic: Basic
  public var old: BasicStatus?
  public var new: BasicStatus
}

/// The payload of `case.viewed`: someone opened the case (part of the audit trail).
public struct CaseViewed: Hashable, Sendable, Codable {
  /// What was looked at: `detail`, `show`, `history`.
  public var what: String

  public init(what: String) { self.what = what }
}
