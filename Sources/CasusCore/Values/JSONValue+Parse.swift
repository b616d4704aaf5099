import Foundation

/// Reading JSON text straight into a ``JSONValue``: one pass over the bytes, no Codable.
///
/// `JSONDecoder` decoding into `JSONValue` has to guess each value's kind and throws on every
/// wrong guess; reading a store of ten thousand cases spent most of its time there.
extension JSONValue {
  /// Why text is not JSON: what was expected and at which byte.
  public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var reason: String
    public var description: String { "not valid JSON at byte \(offset): \(reason)" }
  }

  /// The deepest nesting accepted; deeper input is refused rather than overflowing the stack.
  public static let maximumDepth = 512

  /// Parses a complete JSON document (UTF-8).
  public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
    let result: Result<JSONValue, ParseError> = data.withUnsafeBytes { raw in
      var parser = Parser(bytes: raw.bindMemory(to: UInt8.self))
      do throws(ParseError) {
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else {
          throw ParseError(offset: parser.index, reason: "text after the end of the document")
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  fileprivate struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func fail(_ reason: String) -> ParseError { ParseError(offset: index, reason: reason) }

    mutating func skipSpace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x0A, 0x0D, 0x09: index += 1
        default: return
        }
      }
    }

    mutating func value(depth: Int) throws(ParseError) -> JSONValue {
      guard depth < JSONValue.maximumDepth else { throw fail("nested too deeply") }
      guard index < bytes.count else { throw fail("unexpected end") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): try literal("true"); return .bool(true)
      case UInt8(ascii: "f"): try literal("false"); return .bool(false)
      case UInt8(ascii: "n"): try literal("null"); return .null
      default: return .number(try number())
      }
    }

    mutating func literal(_ word: String) throws(ParseError) {
      let expected = Array(word.utf8)
      guard index + expected.count <= bytes.count else { throw fail("unexpected end") }
      for i in expected.indices where bytes[index + i] != expected[i] { throw fail("unknown word") }
      index += expected.count
    }

    mutating func object(depth: Int) throws(ParseError) -> JSONValue {
      index += 1
      var out: [String: JSONValue] = [:]
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(out)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw fail("expected a key")
        }
        let key = try string()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw fail("expected :")
        }
        index += 1
        skipSpace()
        out[key] = try value(depth: depth + 1)
        skipSpace()
        guard index < bytes.count else { throw fail("unexpected end") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else { throw fail("expected , or }") }
        index += 1
        return .object(out)
      }
    }

    mutating func array(depth: Int) throws(ParseError) -> JSONValue {
      index += 1
      var out: [JSONValue] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(out)
      }
      while true {
        skipSpace()
        out.append(try value(depth: depth + 1))
        skipSpace()
        guard index < bytes.count else { throw fail("unexpected end") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else { throw fail("expected , or ]") }
        index += 1
        return .array(out)
      }
    }

    mutating func string() throws(ParseError) -> String {
      index += 1
      let start = index
      // Fast path: no escapes.
      while index < bytes.count {
        let b = bytes[index]
        if b == UInt8(ascii: "\"") {
          let text = try decodeUTF8(start, index)
          index += 1
          return text
        }
        if b == UInt8(ascii: "\\") { break }
        if b < 0x20 { throw fail("a control character inside a string") }
        index += 1
      }
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: try decodeUTF8(start, index).unicodeScalars)
      while index < bytes.count {
        let b = bytes[index]
        switch b {
        case UInt8(ascii: "\""):
          index += 1
          return String(scalars)
        case UInt8(ascii: "\\"):
          index += 1
          guard index < bytes.count else { throw fail("unexpected end") }
          let e = bytes[index]
          index += 1
          switch e {
          case UInt8(ascii: "\""): scalars.append("\"")
          case UInt8(ascii: "\\"): scalars.append("\\")
          case UInt8(ascii: "/"): scalars.append("/")
          case UInt8(ascii: "b"): scalars.append("\u{08}")
          case UInt8(ascii: "f"): scalars.append("\u{0C}")
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
              guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
              else { throw fail("a lone surrogate") }
              index += 2
              let low = try hex4()
              guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate") }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
              throw fail("a lone surrogate")
            }
            guard let scalar = Unicode.Scalar(code) else { throw fail("not a character") }
            scalars.append(scalar)
          default: throw fail("unknown escape")
          }
        default:
          if b < 0x20 { throw fail("a control character inside a string") }
          let start = index
          while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
            bytes[index] != UInt8(ascii: "\\")
          {
            if bytes[index] < 0x20 { throw fail("a control character inside a string") }
            index += 1
          }
          scalars.append(contentsOf: try decodeUTF8(start, index).unicodeScalars)
        }
      }
      throw fail("a string without its closing quote")
    }

    func decodeUTF8(_ from: Int, _ to: Int) throws(ParseError) -> String {
      let slice = UnsafeBufferPointer(rebasing: bytes[from..<to])
      // ASCII needs no validation; anything else must be well-formed UTF-8.
      if !slice.contains(where: { $0 >= 0x80 }) { return String(decoding: slice, as: UTF8.self) }
      guard let text = String(validating: slice, as: UTF8.self) else {
        throw ParseError(offset: from, reason: "invalid UTF-8")
      }
      return text
    }

    mutating func hex4() throws(ParseError) -> UInt32 {
      guard index + 4 <= bytes.count else { throw fail("unexpected end") }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let b = bytes[index]
        let digit: UInt32
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
        default: throw fail("not a hexadecimal digit")
        }
        value = value * 16 + digit
        index += 1
      }
      return value
    }

    mutating func number() throws(ParseError) -> Double {
      let start = index
      let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
      if negative { index += 1 }
      var digits = 0
      var whole = 0
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        if digits < 15 { whole = whole * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
        index += 1
        digits += 1
      }
      guard digits > 0 else {
        index = start
        throw fail("expected a value")
      }
      // Integers, by far the most common numbers in a case file, need no text conversion.
      let next = index < bytes.count ? bytes[index] : 0
      if digits < 15, next != UInt8(ascii: "."), next != UInt8(ascii: "e"),
        next != UInt8(ascii: "E")
      {
        return Double(negative ? -whole : whole)
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        var fraction = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
          fraction += 1
        }
        guard fraction > 0 else { throw fail("a number without digits after the point") }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
      {
        index += 1
        if index < bytes.count,
          bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
        {
          index += 1
        }
        var exponent = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
          exponent += 1
        }
        guard exponent > 0 else { throw fail("a number without an exponent") }
      }
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      guard let value = Double(text) else { throw fail("not a number") }
      return value
    }
  }
}
