/// The identity of a case, also its file name: `C-` and eight Crockford base-32 characters.
///
/// Random rather than sequential, so that two laptops (or two copies of the app on one
/// store) can never hand out the same number. The generator is injected.
public struct CaseID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let rawValue: String

  /// An id, or `nil` when the text cannot be a case id (also guards file names).
  public init?(_ rawValue: String) {
    guard CaseID.isValid(rawValue) else { return nil }
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: CaseID, rhs: CaseID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Letters and digits, `-` and `_`, 1–64 characters, not starting with a dot: safe as a
  /// file name on every platform.
  public static func isValid(_ text: String) -> Bool {
    guard (1...64).contains(text.utf8.count), !text.hasPrefix(".") else { return false }
    return text.utf8.allSatisfy { b in
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        || b == 0x2D || b == 0x5F
    }
  }

  private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

  /// A new id from 40 random bits (supplied by the caller's generator).
  public static func make(random: UInt64) -> CaseID {
    var bits = random
    var out = "C-"
    for _ in 0..<8 {
      out.append(alphabet[Int(bits & 31)])
      bits >>= 5
    }
    return CaseID(unchecked: out)
  }

  private init(unchecked: String) { self.rawValue = unchecked }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard CaseID.isValid(text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "not a case id: \(text.prefix(80))\(text.count > 80 ? "…" : "")"))
    }
    self.rawValue = text
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
