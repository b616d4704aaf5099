import Foundation

/// Decodes any `Decodable` from a ``JSONValue`` tree, without going through bytes.
///
/// Dates are ISO 8601 strings with whole seconds, as case files store them. Errors are the
/// usual `DecodingError`s with their coding paths, so messages can name the field.
public struct JSONValueDecoder {
  public init() {}

  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try Node(value: value, path: []).decodeValue(type)
  }

  /// Reads the moments case files store (`2026-11-18T11:06:40Z`), quickly; other ISO 8601
  /// forms go through the formatter.
  public static func date(_ text: String) -> Date? {
    // `YYYY-MM-DDTHH:MM:SSZ` is what the store writes; anything else goes to the formatter.
    let u = Array(text.utf8)
    func n(_ from: Int, _ count: Int) -> Int? {
      var v = 0
      for i in from..<(from + count) {
        guard i < u.count, u[i] >= 48, u[i] <= 57 else { return nil }
        v = v * 10 + Int(u[i] - 48)
      }
      return v
    }
    if u.count == 20, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58, u[19] == 90,
      let y = n(0, 4), let mo = n(5, 2), let d = n(8, 2), let h = n(11, 2), let mi = n(14, 2),
      let s = n(17, 2), let day = LocalDate(year: y, month: mo, day: d), h < 24, mi < 60, s < 61
    {
      return Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + h * 3600 + mi * 60 + s))
    }
    return ISO8601DateFormatter().date(from: text)
  }
}

/// A decoder that holds its value as a ``JSONValue``, so a type can read it directly.
public protocol JSONValueBacked {
  var jsonValue: JSONValue { get }
}

private struct Node: Decoder, JSONValueBacked {
  let value: JSONValue
  var jsonValue: JSONValue { value }
  let path: [any CodingKey]
  var codingPath: [any CodingKey] { path }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let object) = value else {
      throw DecodingError.typeMismatch(
        [String: Any].self, .init(codingPath: path, debugDescription: "expected an object"))
    }
    return KeyedDecodingContainer(Keyed<Key>(object: object, path: path))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let array) = value else {
      throw DecodingError.typeMismatch(
        [Any].self, .init(codingPath: path, debugDescription: "expected a list"))
    }
    return Unkeyed(array: array, path: path)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == Date.self {
      guard case .string(let text) = value, let date = JSONValueDecoder.date(text) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: path, debugDescription: "Expected date string to be ISO8601-formatted.")
        )
      }
      // The cast cannot fail: T is Date.
      if let date = date as? T { return date }
    }
    if T.self == JSONValue.self, let same = value as? T { return same }
    return try T(from: self)
  }
}

extension Node: SingleValueDecodingContainer {
  func decodeNil() -> Bool { value == .null }

  private func mismatch<T>(_ type: T.Type) -> DecodingError {
    if value == .null {
      return .valueNotFound(type, .init(codingPath: path, debugDescription: "the value is null"))
    }
    return .typeMismatch(type, .init(codingPath: path, debugDescription: "expected \(type)"))
  }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let b) = value else { throw mismatch(type) }
    return b
  }
  func decode(_ type: String.Type) throws -> String {
    guard case .string(let s) = value else { throw mismatch(type) }
    return s
  }
  func decode(_ type: Double.Type) throws -> Double {
    guard case .number(let n) = value else { throw mismatch(type) }
    return n
  }
  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
  private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    guard case .number(let n) = value, n == n.rounded(), let i = I(exactly: n) else {
      throw mismatch(type)
    }
    return i
  }
  func decode(_ type: Int.Type) throws -> Int { try integer(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}

private struct IndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { "\(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}

private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let object: [String: JSONValue]
  let path: [any CodingKey]
  var codingPath: [any CodingKey] { path }
  var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

  private func node(_ key: Key) throws -> Node {
    guard let value = object[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: path, debugDescription: "no value for \(key.stringValue)"))
    }
    return Node(value: value, path: path + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool { (object[key.stringValue] ?? .null) == .null }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try node(key).decodeValue(type)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = object[key.stringValue], value != .null else { return nil }
    return try Node(value: value, path: path + [key]).decodeValue(type)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try node(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try node(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { Node(value: .object(object), path: path) }
  func superDecoder(forKey key: Key) throws -> any Decoder { try node(key) }
}

private struct Unkeyed: UnkeyedDecodingContainer {
  let array: [JSONValue]
  let path: [any CodingKey]
  var currentIndex = 0
  var codingPath: [any CodingKey] { path }
  var count: Int? { array.count }
  var isAtEnd: Bool { currentIndex >= array.count }

  init(array: [JSONValue], path: [any CodingKey]) {
    self.array = array
    self.path = path
  }

  private mutating func next<T>(_ type: T.Type) throws -> Node {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: path + [IndexKey(currentIndex)], debugDescription: "the list ended")
      )
    }
    let node = Node(value: array[currentIndex], path: path + [IndexKey(currentIndex)])
    currentIndex += 1
    return node
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, array[currentIndex] == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try next(type).decodeValue(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next([String: Any].self).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next([Any].self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next(Any.self) }
}
