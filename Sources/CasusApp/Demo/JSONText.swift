import CasusCore
import Foundation

/// JSON as people read it: two-space indents, the top level in a chosen order, nested
/// objects with sorted keys.
enum JSONText {
  /// An object whose keys come in the order given.
  static func ordered(_ members: [(String, JSONValue)]) -> String {
    guard !members.isEmpty else { return "{}" }
    let body = members.map { "  " + quoted($0.0) + ": " + text($0.1, indent: 1) }
    return "{\n" + body.joined(separator: ",\n") + "\n}"
  }

  static func text(_ value: JSONValue, indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n):
      return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    case .string(let s): return quoted(s)
    case .array(let a):
      guard !a.isEmpty else { return "[]" }
      return "[\n" + a.map { pad + text($0, indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + close + "]"
    case .object(let o):
      guard !o.isEmpty else { return "{}" }
      let body = o.keys.sorted().map { key in
        pad + quoted(key) + ": " + text(o[key] ?? .null, indent: indent + 1)
      }
      return "{\n" + body.joined(separator: ",\n") + "\n" + close + "}"
    }
  }

  /// A JSON string literal.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
