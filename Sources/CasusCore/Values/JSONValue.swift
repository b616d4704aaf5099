import Foundation

/// Any JSON value: the payload of an event, kept exactly as it is in the file.
public enum JSONValue: Hashable, Sendable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    // Ordered by how often each kind occurs in case files: a failed attempt throws, and
    // throwing is what made reading a store slow (strings first, numbers and booleans last).
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let s = try? container.decode(String.self) {
      self = .string(s)
    } else if let o = try? container.decode([String: JSONValue].self) {
      self = .object(o)
    } else if let a = try? container.decode([JSONValue].self) {
      self = .array(a)
    } else if let b = try? container.decode(Bool.self) {
      self = .bool(b)
    } else {
      self = .number(try container.decode(Double.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let b): try container.encode(b)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 {
        try container.encode(Int64(n))
      } else {
        try container.encode(n)
      }
    case .string(let s): try container.encode(s)
    case .array(let a): try container.encode(a)
    case .object(let o): try container.encode(o)
    }
  }

  /// Converts any encodable value to JSON (calendar dates as `YYYY-MM-DD` via ``LocalDate``,
  /// moments as ISO 8601), directly, without going through bytes.
  public init(encoding value: some Encodable) throws {
    self = try JSONValueEncoder().encode(value)
  }

  /// Decodes this JSON as a typed value, directly, without going through bytes.
  public func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try JSONValueDecoder().decode(T.self, from: self)
  }

  /// The value under `key` of an object, or `nil`.
  public subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  /// The text of a string value, or `nil`.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
}
