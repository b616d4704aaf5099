/// One case as stored: schema version, revision, current state and full history.
///
/// The state is a cache of the events: replaying `events` gives `state` (checked by
/// ``problems()``). `revision` counts saves; the store refuses a save whose revision is not
/// the one on disk, so two copies of the app never overwrite each other's work.
public struct CaseFile: Hashable, Sendable, Codable {
  /// The case file format this engine writes.
  public static let currentSchemaVersion = 2

  public var schemaVersion: Int
  public var id: CaseID
  public var revision: Int
  public var state: CaseState
  public var events: [CaseEvent]
  /// The SHA-256 (hex) of the last event's canonical bytes, so a change to the last event is
  /// seen too; set by the store on save (see `docs/case-file-format.md`, "The event chain").
  public var chainHead: String?

  public init(
    schemaVersion: Int = CaseFile.currentSchemaVersion, id: CaseID, revision: Int,
    state: CaseState, events: [CaseEvent], chainHead: String? = nil
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.revision = revision
    self.state = state
    self.events = events
    self.chainHead = chainHead
  }

  /// The time of the last change.
  public var lastChange: CaseEvent? { events.last }
}
