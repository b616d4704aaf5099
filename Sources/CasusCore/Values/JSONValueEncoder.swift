import Foundation

/// Encodes any `Encodable` into a ``JSONValue`` tree, without going through bytes.
///
/// Dates become ISO 8601 strings with whole seconds, as case files store them; `nil`
/// optionals encoded with `encodeIfPresent` are left out, like `JSONEncoder` does.
public struct JSONValueEncoder {
  public init() {}

  public func encode(_ value: some Encodable) throws -> JSONValue {
    let root = Box()
    try root.encode(value, path: [])
    return root.value ?? .object([:])
  }

  fileprivate static func string(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let day = LocalDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    let inDay = seconds - day.dayNumber * 86_400
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(day.description)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
  }
}

/// One value under construction; containers fill it in place.
private final class Box {
  enum Storage {
    case value(JSONValue)
    case object([String: Box], order: [String])
    case array([Box])
  }

  var storage: Storage?

  var value: JSONValue? {
    switch storage {
    case nil: return nil
    case .value(let v): return v
    case .object(let boxes, _): return .object(boxes.compactMapValues(\.value))
    case .array(let boxes): return .array(boxes.map { $0.value ?? .null })
    }
  }

  func encode(_ value: some Encodable, path: [any CodingKey]) throws {
    if let date = value as? Date {
      storage = .value(.string(JSONValueEncoder.string(date)))
    } else if let json = value as? JSONValue {
      storage = .value(json)
    } else {
      try value.encode(to: Writer(box: self, path: path))
    }
  }

  func objectBox(_ key: String) -> Box {
    if case .object(var boxes, var order) = storage {
      if let existing = boxes[key] { return existing }
      let box = Box()
      boxes[key] = box
      order.append(key)
      storage = .object(boxes, order: order)
      return box
    }
    let box = Box()
    storage = .object([key: box], order: [key])
    return box
  }

  func appendBox() -> Box {
    let box = Box()
    if case .array(var boxes) = storage {
      boxes.append(box)
      storage = .array(boxes)
    } else {
      storage = .array([box])
    }
    return box
  }

  func makeObject() { if case .object = storage {} else { storage = .object([:], order: []) } }
  func makeArray() { if case .array = storage {} else { storage = .array([]) } }
}

private struct Writer: Encoder {
  let box: Box
  let path: [any CodingKey]
  var codingPath: [any CodingKey] { path }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    box.makeObject()
    return KeyedEncodingContainer(KeyedWriter<Key>(box: box, path: path))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    box.makeArray()
    return UnkeyedWriter(box: box, path: path)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleWriter(box: box, path: path)
  }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: Box
  let path: [any CodingKey]
  var codingPath: [any CodingKey] { path }

  mutating func encodeNil(forKey key: Key) throws {
    box.objectBox(key.stringValue).storage = .value(.null)
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { put(.number(value), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(Double(value)), key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try box.objectBox(key.stringValue).encode(value, path: path + [key])
  }

  private func put(_ value: JSONValue, _ key: Key) {
    box.objectBox(key.stringValue).storage = .value(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  )
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = box.objectBox(key.stringValue)
    child.makeObject()
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: child, path: path + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = box.objectBox(key.stringValue)
    child.makeArray()
    return UnkeyedWriter(box: child, path: path + [key])
  }

  mutating func superEncoder() -> any Encoder { Writer(box: box.objectBox("super"), path: path) }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    Writer(box: box.objectBox(key.stringValue), path: path + [key])
  }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
  let box: Box
  let path: [any CodingKey]
  var codingPath: [any CodingKey] { path }
  var count: Int {
    if case .array(let boxes) = box.storage { return boxes.count }
    return 0
  }

  mutating func encodeNil() throws { box.appendBox().storage = .value(.null) }
  mutating func encode(_ value: Bool) throws { box.appendBox().storage = .value(.bool(value)) }
  mutating func encode(_ value: String) throws { box.appendBox().storage = .value(.string(value)) }
  mutating func encode(_ value: Double) throws { box.appendBox().storage = .value(.number(value)) }
  mutating func encode(_ value: Int) throws {
    box.appendBox().storage = .value(.number(Double(value)))
  }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try box.appendBox().encode(value, path: path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = box.appendBox()
    child.makeObject()
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: child, path: path))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = box.appendBox()
    child.makeArray()
    return UnkeyedWriter(box: child, path: path)
  }

  mutating func superEncoder() -> any Encoder { Writer(box: box.appendBox(), path: path) }
}

private struct SingleWriter: SingleValueEncodingContainer {
  let box: Box
  let path: [any CodingKey]
  var codingPath: [any CodingKey] { path }

  mutating func encodeNil() throws { box.storage = .value(.null) }
  mutating func encode(_ value: Bool) throws { box.storage = .value(.bool(value)) }
  mutating func encode(_ value: String) throws { box.storage = .value(.string(value)) }
  mutating func encode(_ value: Double) throws { box.storage = .value(.number(value)) }
  mutating func encode(_ value: Float) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: Int) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: Int8) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: Int16) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: Int32) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: Int64) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: UInt) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: UInt8) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: UInt16) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: UInt32) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode(_ value: UInt64) throws { box.storage = .value(.number(Double(value))) }
  mutating func encode<T: Encodable>(_ value: T) throws { try box.encode(value, path: path) }
}
