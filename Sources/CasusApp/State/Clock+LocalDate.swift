import CasusCore
import Foundation

extension Clock {
  /// A Gregorian calendar in the user's time zone (make one per list, not per row).
  static func calendar(_ zone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar
  }

  /// The calendar date of a moment in the user's time zone.
  static func localDate(_ date: Date, in zone: TimeZone) -> LocalDate {
    localDate(date, calendar: calendar(zone))
  }

  /// The calendar date of a moment in a time zone, by arithmetic on the zone's offset: for
  /// lists of thousands of cases, where a calendar per row is too slow.
  static func localDay(_ date: Date, in zone: TimeZone) -> LocalDate {
    let seconds = date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))
    return LocalDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
  }

  /// The calendar date of a moment in a calendar's time zone.
  static func localDate(_ date: Date, calendar: Calendar) -> LocalDate {
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
      ?? LocalDate(dayNumber: 0)
  }
}
