/// One meetmoment set against the one before it, per domain, with the whole history.
///
/// Both come from one series (one definition), so the domains line up.
public struct MatrixComparison: Hashable, Sendable {
  /// How a domain moved since the previous meetmoment.
  public enum Trend: Hashable, Sendable { case up, down, same, unknown }

  /// One domain: previous and current score, the difference, the target and every score so far.
  public struct Row: Hashable, Sendable {
    public var domain: String
    public var previous: Int?
    public var current: Int?
    public var target: Int?
    /// The scores of this domain at every meetmoment up to the current one (`nil`: not
    /// discussed).
    public var history: [Int?]
    public var note: String?

    /// Current minus previous, when both were scored.
    public var difference: Int? {
      guard let previous, let current else { return nil }
      return current - previous
    }

    public var trend: Trend {
      guard let difference else { return .unknown }
      return difference > 0 ? .up : difference < 0 ? .down : .same
    }
  }

  public var current: MatrixMeasurement
  public var previous: MatrixMeasurement?
  /// Where the current meetmoment is in the series (0-based) and how long the series is.
  public var index: Int
  public var count: Int
  public var rows: [Row]

  /// Compares the meetmoment at `index` of `series` (default: the last) with the one before.
  public init?(series: [MatrixMeasurement], index: Int? = nil) {
    let at = index ?? series.count - 1
    guard series.indices.contains(at) else { return nil }
    current = series[at]
    previous = at > 0 ? series[at - 1] : nil
    self.index = at
    count = series.count
    let history = series[...at]
    rows = series[at].scores.map { entry in
      Row(
        domain: entry.domain, previous: at > 0 ? series[at - 1].score(entry.domain) : nil,
        current: entry.score, target: entry.target,
        history: history.map { $0.score(entry.domain) }, note: entry.note)
    }
  }
}
