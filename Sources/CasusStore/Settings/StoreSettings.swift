import CasusCore
import Foundation

/// What a store remembers about itself, in `<store>/settings.json`.
///
/// One small JSON object, written atomically like a case file. Every field is optional so
/// that a settings file from an older or newer Casus still reads; unknown keys are kept
/// (``extra``) and written back unchanged, so a newer version's settings survive an older one.
public struct StoreSettings: Hashable, Sendable {
  /// The matrix definition new measurements use: a shipped id (`zrm-2017`) or a file path.
  public var matrix: String?
  /// The municipality profile (`generiek`, `haarlem`, `haarlemmermeer`, `zoetermeer`).
  public var profile: String?
  /// Who works on this store, and in which role (chosen at first start, `:rol` switches).
  public var user: LocalUser?
  /// Minutes without a key press before the app locks its screen (0: never; absent: 5).
  public var idleLockMinutes: Int?
  /// Keys this version does not know, kept as they were.
  public var extra: [String: JSONValue]

  public init(
    matrix: String? = nil, profile: String? = nil, user: LocalUser? = nil,
    idleLockMinutes: Int? = nil, extra: [String: JSONValue] = [:]
  ) {
    self.matrix = matrix
    self.profile = profile
    self.user = user
    self.idleLockMinutes = idleLockMinutes
    self.extra = extra
  }
}

extension StoreSettings: Codable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// The keys this version reads and writes itself.
  static let knownKeys: Set<String> = ["matrix", "profile", "user", "idleLockMinutes"]

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    matrix = try c.decodeIfPresent(String.self, forKey: Key("matrix"))
    idleLockMinutes = try c.decodeIfPresent(Int.self, forKey: Key("idleLockMinutes"))
    profile = try c.decodeIfPresent(String.self, forKey: Key("profile"))
    user = try c.decodeIfPresent(LocalUser.self, forKey: Key("user"))
    extra = [:]
    for key in c.allKeys where !Self.knownKeys.contains(key.stringValue) {
      extra[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    for (key, value) in extra { try c.encode(value, forKey: Key(key)) }
    try c.encodeIfPresent(matrix, forKey: Key("matrix"))
    try c.encodeIfPresent(idleLockMinutes, forKey: Key("idleLockMinutes"))
    try c.encodeIfPresent(profile, forKey: Key("profile"))
    try c.encodeIfPresent(user, forKey: Key("user"))
  }
}
