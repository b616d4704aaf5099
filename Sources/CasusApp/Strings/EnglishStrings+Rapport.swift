import CasusCore

extension EnglishStrings: RapportStrings {
  public var rapportTitle: String { "Social domain report" }
  public func rapportPeriod(_ from: String?, _ to: String?) -> String {
    switch (from, to) {
    case (nil, nil): return "Every melding in this store"
    case (let f?, nil): return "Meldingen from \(f)"
    case (nil, let t?): return "Meldingen up to \(t)"
    case (let f?, let t?): return "Meldingen from \(f) to \(t)"
    }
  }
  public func rapportFigure(_ id: String) -> String {
    switch id {
    case "meldingen": return "Meldingen"
    case "onderzoeken": return "Assessments (Wmo, within six weeks)"
    case "doorlooptijden": return "Lead times (median)"
    case "rungs": return "Cases per rung of the ladder"
    case "arrangements": return "Arrangements (combinations of rungs)"
    case "skippedRungs": return "Rungs passed over or insufficient, by reason"
    case "safetyLane": return "Safety lane"
    case "handovers": return "Handovers per lane"
    case "handoverMoments": return "Handovers per case"
    case "matrixProgress": return "Self-sufficiency: change first → last meetmoment"
    case "procescoordinatie": return "Process coordination: outcomes at hand-back"
    case "lifecycle": return "Cases open, closed, reopened"
    case "meldingenPerMonth": return "Meldingen per month"
    case "closedPerMonth": return "Cases closed per month"
    case "meldingenPerQuarter": return "Meldingen per quarter"
    case "closedPerQuarter": return "Cases closed per quarter"
    default: return id
    }
  }
  public func rapportRow(figure: String, key: String) -> String {
    key.replacingOccurrences(of: ":", with: " · ")
  }
  public var rapportSuppressed: String { "<5" }
  public var rapportSuppressedNote: String {
    "Counts below 5 are not shown (<5); this report holds no names."
  }
  public func rapportDays(_ days: Double) -> String {
    days == days.rounded() ? "\(Int(days)) days" : String(format: "%.1f days", days)
  }
  public var rapportKeyGrouping: String { "by month or quarter" }
  public var rapportComputing: String { "Counting every case…" }
  public func rapportCounted(_ cases: Int, unreadable: Int) -> String {
    let counted = cases == 1 ? "1 case counted" : "\(cases) cases counted"
    return unreadable == 0 ? counted : "\(counted); \(unreadable) unreadable, not counted"
  }
  public func rapportGrouping(_ grouping: RapportScreen.Grouping) -> String {
    grouping == .month ? "by month" : "by quarter"
  }
  public func rapportQuarter(year: Int, quarter: Int) -> String { "\(year) Q\(quarter)" }
  public func rapportBadDate(_ text: String) -> String {
    "Not a date: \(text). Type :rapport [FROM [TO]] with dates like 2026-01-01."
  }
  public var rapportNoTrend: String { "no data yet" }
  public var commandRapport: String { "rapport" }
  public var keyRapport: String { "report: figures and trends over every case" }
}
