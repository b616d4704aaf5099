import CasusCore
import Foundation

extension Clock {
  /// The calendar date of a moment in the user's time zone.
  static func localDate(_ date: Date, in zone: TimeZone) -> LocalDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
      ?? LocalDate(dayNumber: 0)
  }
}
