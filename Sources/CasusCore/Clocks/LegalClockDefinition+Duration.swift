extension LegalClockDefinition {
  /// The length of a term as the law states it: in weeks or in days.
  ///
  /// Encoded as `{ "weeks": 6 }` or `{ "days": 7 }`, with exactly one key.
  public enum Duration: Hashable, Sendable, Codable {
    case days(Int)
    case weeks(Int)

    /// The length in calendar days.
    public var days: Int {
      switch self {
      case .days(let count): return count
      case .weeks(let count): return count * 7
      }
    }

    /// The number as written in the definition, before converting weeks to days.
    public var count: Int {
      switch self {
      case .days(let count), .weeks(let count): return count
      }
    }

    private enum CodingKeys: String, CodingKey {
      case days, weeks
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let days = try container.decodeIfPresent(Int.self, forKey: .days)
      let weeks = try container.decodeIfPresent(Int.self, forKey: .weeks)
      switch (days, weeks) {
      case (let days?, nil): self = .days(days)
      case (nil, let weeks?): self = .weeks(weeks)
      default:
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: decoder.codingPath,
            debugDescription: "a duration needs exactly one of \"weeks\" or \"days\""))
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch self {
      case .days(let count): try container.encode(count, forKey: .days)
      case .weeks(let count): try container.encode(count, forKey: .weeks)
      }
    }
  }
}
