import Foundation

/// One entry of a case's append-only history: who did what, when.
///
/// The envelope is explicit (`seq`, `at`, `actor`, `type`, `payload`) rather than Swift's
/// synthesised enum coding, so that the file reads well and other systems can consume it.
public struct CaseEvent: Hashable, Sendable, Codable {
  /// 1, 2, 3, … without gaps.
  public var seq: Int
  public var at: Date
  /// Who made the change (the local user's name).
  public var actor: String
  /// Past tense, dotted: `case.opened`, `case.edited`.
  public var type: String
  public var payload: JSONValue
  /// The tamper-evident chain: SHA-256 (hex) of the previous event's canonical bytes.
  ///
  /// For the first event, of `casus.chain.v1:<id>`. Filled in by the store when the event is saved.
  public var prev: String?

  public init(
    seq: Int, at: Date, actor: String, type: String, payload: JSONValue, prev: String? = nil
  ) {
    self.seq = seq
    self.at = at
    self.actor = actor
    self.type = type
    self.payload = payload
    self.prev = prev
  }

  private enum CodingKeys: String, CodingKey { case seq, at, actor, type, payload, prev }

  public init(from decoder: any Decoder) throws {
    // A store holds millions of events: read them straight from the parsed tree when we can,
    // and through the containers (with their error messages) when anything is unusual.
    if let backed = decoder as? JSONValueBacked, case .object(let o) = backed.jsonValue,
      case .number(let n)? = o["seq"], n == n.rounded(), let seq = Int(exactly: n),
      case .string(let at)? = o["at"], let date = JSONValueDecoder.date(at),
      case .string(let actor)? = o["actor"], case .string(let type)? = o["type"],
      let payload = o["payload"]
    {
      var prev: String?
      switch o["prev"] {
      case nil, .null?: prev = nil
      case .string(let hash)?: prev = hash
      default: break
      }
      if o["prev"] == nil || o["prev"] == .null || prev != nil {
        self.init(seq: seq, at: date, actor: actor, type: type, payload: payload, prev: prev)
        return
      }
    }
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      seq: try c.decode(Int.self, forKey: .seq), at: try c.decode(Date.self, forKey: .at),
      actor: try c.decode(String.self, forKey: .actor),
      type: try c.decode(String.self, forKey: .type),
      payload: try c.decode(JSONValue.self, forKey: .payload),
      prev: try c.decodeIfPresent(String.self, forKey: .prev))
  }
}

/// The event types this version of the engine writes and understands.
public enum CaseEventType {
  public static let opened = "case.opened"
  public static let edited = "case.edited"
  public static let conversationStarted = "conversation.started"
  public static let noteChanged = "conversation.noteChanged"
  public static let stepStatusChanged = "conversation.stepStatusChanged"
  public static let positionSaved = "conversation.positionSaved"
  public static let consentChanged = "conversation.consentChanged"
  public static let networkChanged = "network.changed"
  public static let safetyChanged = "safety.changed"
  public static let responseRecorded = "verslag.responseRecorded"
  public static let exported = "case.exported"
  public static let needOpened = "ladder.needOpened"
  public static let rungRecorded = "ladder.rungRecorded"
  public static let needChanged = "ladder.changed"
  public static let needClosed = "ladder.needClosed"
  public static let safetyLaneOpened = "safety.laneOpened"
  public static let chainStepRecorded = "safety.chainStepRecorded"
  public static let safetyLaneClosed = "safety.laneClosed"
  public static let safetyLaneReasonChanged = "safety.laneReasonChanged"
  public static let regisseurChanged = "plan.regisseurChanged"
  public static let goalChanged = "plan.goalChanged"
  public static let actionChanged = "plan.actionChanged"
  public static let agreementChanged = "plan.agreementChanged"
  public static let monitored = "plan.monitored"
  public static let handoverCreated = "handover.created"
  public static let handoverRevised = "handover.revised"
  public static let handoverStateChanged = "handover.stateChanged"
  public static let doorbraakRecorded = "handover.doorbraakRecorded"
  public static let involvementChanged = "involvement.changed"
  public static let basicChanged = "basics.changed"
  public static let viewed = "case.viewed"
  /// The case was taken in from a handover package (`casus import`).
  public static let handoverImported = "handover.imported"
  public static let closed = "case.closed"
  public static let reopened = "case.reopened"
  /// A self-sufficiency matrix meetmoment; the payload is the ``MatrixMeasurement``.
  public static let matrixMeasured = "matrix.measured"
  public static let all: Set<String> = [
    opened, edited, conversationStarted, noteChanged, stepStatusChanged, positionSaved,
    consentChanged, networkChanged, safetyChanged, responseRecorded, exported, matrixMeasured,
    needOpened, rungRecorded, needChanged, needClosed, safetyLaneOpened, chainStepRecorded,
    safetyLaneClosed, safetyLaneReasonChanged, regisseurChanged, goalChanged, actionChanged,
    agreementChanged, monitored, handoverCreated, handoverRevised, handoverStateChanged,
    doorbraakRecorded, involvementChanged, basicChanged, viewed, closed, reopened,
    handoverImported,
  ]
}

/// The payload of `case.opened`: the whole case as registered.
public struct CaseOpened: Hashable, Sendable, Codable {
  public var household: Household
  public var question: String
  public var melding: Melding
  public var regie: Regie
  public var phase: Phase
  /// Schema 2; absent in schema 1 files, which are Wmo.
  public var law: Law?
  public var clientSupportOffered: Bool?
}

/// The payload of `case.edited`: each changed field with its old and new value.
public struct CaseEdited: Hashable, Sendable, Codable {
  public var changes: [FieldChange]
}

/// One field that changed, old → new, as it shows in the history.
public struct FieldChange: Hashable, Sendable, Codable {
  public var field: CaseField
  public var old: JSONValue
  public var new: JSONValue

  public init(field: CaseField, old: JSONValue, new: JSONValue) {
    self.field = field
    self.old = old
    self.new = new
  }
}

/// The fields of a case that an edit can change.
public enum CaseField: String, Hashable, Sendable, Codable, CaseIterable {
  case householdName = "household.name"
  case members = "household.members"
  case question
  case meldingDate = "melding.date"
  case meldingSource = "melding.source"
  case regie
  case phase
  case law
  case clientSupportOffered
  case onderzoekFinished = "milestones.onderzoekFinished"
  case verslagSent = "milestones.verslagSent"
  case persoonlijkPlan = "milestones.persoonlijkPlan"
  case aanvraag = "milestones.aanvraag"
  case beschikking = "milestones.beschikking"
}

/// The payload of `case.exported`: a document about the case left Casus (the audit trail of
/// disclosures).
public struct CaseExported: Hashable, Sendable, Codable {
  /// What was exported: `verslag`, later `plan`, `handover`, `zgw`.
  public var document: String
  /// `md`, `txt`, `json`, `csv`.
  public var format: String
  /// Where it went: a file name, or `stdout`.
  public var destination: String

  public init(document: String, format: String, destination: String) {
    self.document = document
    self.format = format
    self.destination = destination
  }
}
