import CasusCore

/// Upgrades case files written by older versions of Casus to the current schema.
///
/// Each step takes the raw JSON of version `n` and returns version `n + 1`, setting
/// `schemaVersion` itself. Steps work on ``JSONValue`` rather than on Swift types, because the
/// old shape no longer has a Swift type. A migrated file is not written back on load; it is
/// written in the current version at its next save. Every version keeps a fixture under
/// `Tests/CasusStoreTests/Fixtures/v<n>/` that must load forever.
public enum CaseFileMigrations {
  /// Why a file could not be brought up to the current version.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    public var version: Int
    public var reason: String
    public var description: String { "cannot migrate from schema version \(version): \(reason)" }
  }

  /// One upgrade, from the version it is keyed under to the next.
  public typealias Step = @Sendable (JSONValue) throws(Failure) -> JSONValue

  /// The oldest schema version that can still be read.
  public static let oldestSupported = 1

  /// The steps, keyed by the version they upgrade from.
  ///
  /// To add version n + 1: bump `CaseFile.currentSchemaVersion`, add `n: { json in … }` here,
  /// and keep the version n fixture.
  static let steps: [Int: Step] = [
    // 1 → 2: the keukentafelgesprek. New optional fields (law, milestones, conversation,
    // verslagResponses) and new event types; a schema 1 case is a Wmo case without a
    // conversation, so only the version changes and the law is made explicit. Its events get
    // their hash chain right after this step (`CaseFileCoding.chained`), because the hashes
    // are of the events in their schema 2 form.
    1: { json throws(Failure) in
      guard case .object(var file) = json, case .object(var state)? = file["state"] else {
        throw Failure(version: 1, reason: "the file is not an object with a state")
      }
      if state["law"] == nil { state["law"] = .string("wmo") }
      file["state"] = .object(state)
      file["schemaVersion"] = .number(2)
      return .object(file)
    }
  ]

  /// Brings `json` from `version` up to ``CaseFile/currentSchemaVersion``.
  public static func migrate(_ json: JSONValue, from version: Int) throws(Failure) -> JSONValue {
    guard version >= oldestSupported else {
      throw Failure(
        version: version,
        reason: "older than the oldest supported version "
          + "\(oldestSupported)")
    }
    var json = json
    var current = version
    while current < CaseFile.currentSchemaVersion {
      guard let step = steps[current] else {
        throw Failure(version: current, reason: "no migration step is defined")
      }
      json = try step(json)
      current += 1
    }
    return json
  }
}
