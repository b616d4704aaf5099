import CasusCore

/// The monitoring report as a screen (`:rapport`): the figures of `casus rapport` and their
/// trends as charts, over every case file of the store.
public struct RapportScreen: Equatable {
  /// How the trend charts group the months.
  public enum Grouping: Equatable, Sendable { case month, quarter }

  public var period: Rapport.Period
  /// `nil` while the case files are being read.
  public var figures: [ReportFigure]?
  /// How many case files were counted, and how many could not be read.
  public var counted: Int
  public var unreadable: Int
  public var grouping: Grouping
  /// The first line shown.
  public var scroll: Int

  public init(period: Rapport.Period) {
    self.period = period
    self.figures = nil
    self.counted = 0
    self.unreadable = 0
    self.grouping = .month
    self.scroll = 0
  }
}
