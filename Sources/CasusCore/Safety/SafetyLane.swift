/// The safety lane: a concern about safety lets the professional act at once.
///
/// It overrides the light-first order ("veiligheidsrisico's niet samengaan met lange
/// wachttijden", Haarlemmermeer 2019 B:3083-3087), marks the case urgent in every list, and
/// keeps the profile's chain steps (Veilig Thuis, Beschermingstafel, aandachtsfunctionaris,
/// procesregisseur veiligheid) with their date and outcome. Nothing is blocked.
public struct SafetyLane: Hashable, Sendable, Codable {
  /// Where the concern came from.
  public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
    /// Raised during the keukentafelgesprek.
    case conversation
    /// A life domain scored 1 (acute problematiek) in the matrix.
    case matrix
    /// Opened by the professional directly.
    case professional
  }

  public var opened: LocalDate
  public var source: Source
  /// Why, in the professional's words.
  public var reason: String
  /// What was done per chain step, by step id.
  public var steps: [String: ChainRecord]
  /// When the lane was closed again, and why.
  public var closed: LocalDate?
  public var closeReason: String

  public init(
    opened: LocalDate, source: Source, reason: String, steps: [String: ChainRecord] = [:],
    closed: LocalDate? = nil, closeReason: String = ""
  ) {
    self.opened = opened
    self.source = source
    self.reason = reason
    self.steps = steps
    self.closed = closed
    self.closeReason = closeReason
  }

  /// Whether the lane is open.
  public var isOpen: Bool { closed == nil }
}

/// What was done on one step of the safety chain.
public struct ChainRecord: Hashable, Sendable, Codable {
  public var date: LocalDate
  /// What came of it: "advies: melding doen", "besproken, GI neemt regie".
  public var outcome: String

  public init(date: LocalDate, outcome: String) {
    self.date = date
    self.outcome = outcome
  }
}
