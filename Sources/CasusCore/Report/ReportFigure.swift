/// One figure of the monitoring report: rows of aggregated values, each suppressed below five.
///
/// Municipalities report on the social domain every year (TransforMeerMonitor, bestuurlijke
/// monitor, jaarverslag); a professional's system hands them figures, never names. Every cell
/// that counts fewer than ``ReportFigure/minimumCount`` cases is shown as `<5`.
public struct ReportFigure: Hashable, Sendable {
  /// Stable id, also the key in JSON and the first CSV column (`meldingen`).
  public var id: String
  public var rows: [Row]

  public init(id: String, rows: [Row]) {
    self.id = id
    self.rows = rows
  }

  /// The smallest group that may be shown.
  public static let minimumCount = 5

  /// One labelled value.
  public struct Row: Hashable, Sendable {
    /// Stable key of the row (`total`, `rung:eigen-kracht`, `2026-11`).
    public var key: String
    public var value: Value

    public init(_ key: String, _ value: Value) {
      self.key = key
      self.value = value
    }
  }

  /// A value, already suppressed where its group is too small.
  public enum Value: Hashable, Sendable {
    /// A number of cases (or handovers, meetmomenten).
    case count(Int)
    /// A part of a whole, e.g. accepted of registered.
    case share(part: Int, of: Int)
    /// A median number of days, over `of` cases.
    case medianDays(Double, of: Int)
    /// A median or mean of something else (a change in score, a rating), over `of` cases.
    case number(Double, of: Int)
    /// Whole euros, summed over `of` cases.
    case euros(Int, of: Int)
    /// Fewer than five cases: not shown.
    case suppressed

    /// The value, or `.suppressed` when it is about fewer than five cases.
    public var protected: Value {
      switch self {
      case .count(let n): return n > 0 && n < ReportFigure.minimumCount ? .suppressed : self
      case .share(_, let of), .medianDays(_, let of), .number(_, let of), .euros(_, let of):
        return of < ReportFigure.minimumCount ? .suppressed : self
      case .suppressed: return self
      }
    }
  }
}
