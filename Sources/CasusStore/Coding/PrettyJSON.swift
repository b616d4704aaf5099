import CasusCore
import Foundation

/// Case file bytes from a ``JSONValue`` tree, exactly as `JSONEncoder` writes them with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, about five times faster.
///
/// Saving a case with a long history went through `JSONEncoder`'s generic containers; this
/// writes the same bytes (two-space indent, `"key" : value`, members sorted by the UTF-8
/// bytes of their names, an empty array as `[`, blank line, `]`) so files written before and
/// after read and diff the same. A test compares both byte for byte.
enum PrettyJSON {
  static func data(_ value: JSONValue) -> Data {
    var out: [UInt8] = []
    out.reserveCapacity(16_384)
    write(value, indent: 0, into: &out)
    out.append(0x0A)
    return Data(out)
  }

  /// A case file written from the bytes of its earlier events and the trees of its new ones.
  ///
  /// The `events` array starts with `old` (as a previous call returned them) and goes on with
  /// `new`; returns the file and the bytes of all its events for the next save. The top
  /// level must be an object.
  static func caseFile(_ value: JSONValue, old: EventBytes, new: [JSONValue]) -> (Data, EventBytes)
  {
    guard case .object(let members) = value else { return (data(value), old) }
    var out: [UInt8] = []
    out.reserveCapacity(old.bytes.count + 16_384)
    var events = old
    out.append(UInt8(ascii: "{"))
    let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for (i, key) in keys.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      newline(2, into: &out)
      string(key, into: &out)
      out.append(contentsOf: " : ".utf8)
      guard key == "events" else {
        if let member = members[key] { write(member, indent: 2, into: &out) }
        continue
      }
      // The same bytes `write` gives the array: items at indent 4, comma before each but
      // the first; the items' part is kept for the next save.
      for item in new {
        var segment: [UInt8] = []
        if events.count > 0 { segment.append(UInt8(ascii: ",")) }
        newline(4, into: &segment)
        write(item, indent: 4, into: &segment)
        events.bytes += segment
        events.count += 1
      }
      out.append(UInt8(ascii: "["))
      if events.count == 0 { out.append(0x0A) }
      out += events.bytes
      newline(2, into: &out)
      out.append(UInt8(ascii: "]"))
    }
    newline(0, into: &out)
    out.append(UInt8(ascii: "}"))
    out.append(0x0A)
    return (Data(out), events)
  }

  private static func newline(_ indent: Int, into out: inout [UInt8]) {
    out.append(0x0A)
    out.append(contentsOf: repeatElement(0x20, count: indent))
  }

  private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): number(n, into: &out)
    case .string(let s): string(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      if items.isEmpty { out.append(0x0A) }
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 2, into: &out)
        write(item, indent: indent + 2, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      if members.isEmpty { out.append(0x0A) }
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (i, key) in keys.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 2, into: &out)
        string(key, into: &out)
        out.append(contentsOf: " : ".utf8)
        if let member = members[key] { write(member, indent: indent + 2, into: &out) }
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func number(_ n: Double, into out: inout [UInt8]) {
    if n == n.rounded(), abs(n) < 1e15 {
      out.append(contentsOf: String(Int64(n)).utf8)
      return
    }
    // Rare in case files (no field holds fractions today): the encoder's own formatting
    // (`1e-07`, `0.1`) rather than a copy of its rules.
    let encoder = JSONEncoder()
    if let data = try? encoder.encode(n) {
      out.append(contentsOf: data)
    } else {
      out.append(contentsOf: "null".utf8)
    }
  }

  private static let hex = Array("0123456789abcdef".utf8)

  private static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
      case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        out.append(contentsOf: Array("\\u00".utf8))
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
