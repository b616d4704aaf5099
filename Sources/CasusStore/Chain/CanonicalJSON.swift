import CasusCore
import Foundation

/// The canonical bytes of a JSON value: the input of the event chain's hashes.
///
/// Defined here rather than left to `JSONEncoder`, whose whitespace and escaping may change
/// between Foundation versions. The rules (also in `docs/case-file-format.md`):
/// - no whitespace outside strings;
/// - object members sorted by the UTF-8 bytes of their names;
/// - strings in UTF-8 as they are, escaping only `"` as `\"`, `\` as `\\` and U+0000–U+001F
///   as `\u00XX` (lowercase hex); nothing else is escaped, `/` included;
/// - numbers that are whole and below 2^53 in size as plain integers (`3`, `-12`); others
///   in Swift's shortest round-trip form (`0.5`, `1e+20`);
/// - `true`, `false`, `null`.
public enum CanonicalJSON {
  /// The canonical UTF-8 bytes of `value`.
  public static func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, into: &out)
    return out
  }

  private static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n):
      if n == n.rounded(), abs(n) < 9_007_199_254_740_992 {
        out.append(contentsOf: String(Int64(n)).utf8)
      } else {
        out.append(contentsOf: "\(n)".utf8)
      }
    case .string(let s): writeString(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        write(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (i, key) in keys.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if let member = members[key] { write(member, into: &out) }
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ s: String, into out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    // Most strings need no escape at all: copy them in one go.
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    ) {
      out.append(contentsOf: s.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0..<0x20:
        out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
