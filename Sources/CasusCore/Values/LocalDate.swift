/// A calendar date without a time or a time zone, as a melding date or a date of birth.
///
/// Stored as `YYYY-MM-DD`. Arithmetic uses a day number in the proleptic Gregorian calendar,
/// so the core needs no `Calendar` and no clock: deadlines are pure functions of dates.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// A date, or `nil` when the day does not exist (2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `2026-11-25` (ISO) or `25-11-2026` (as Dutch users type it).
  public init?(parsing text: String) {
    let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" })
    guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return nil }
    if parts[0].count == 4 {
      self.init(year: a, month: b, day: c)
    } else if parts[2].count == 4 {
      self.init(year: c, month: b, day: a)
    } else {
      return nil
    }
  }

  public var description: String {
    let y = String(year).leftPadded(to: 4)
    return "\(y)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
  }

  /// `25-11-2026`, the way Dutch letters write a date.
  public var dutch: String {
    "\(String(day).leftPadded(to: 2))-\(String(month).leftPadded(to: 2))-\(year)"
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date for a day number (see ``dayNumber``).
  public init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

  /// Whole days from this date to `other` (positive when `other` is later).
  public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

  /// Day of the week, 1 = Monday … 7 = Sunday.
  public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard text.count == 10, let date = LocalDate(parsing: text), date.description == text else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

extension LocalDate {
  /// The same day `months` calendar months later; the end of a shorter month when that day
  /// does not exist (31 August + 6 months is 28 or 29 February).
  public func adding(months: Int) -> LocalDate {
    let total = (year * 12 + (month - 1)) + months
    let y = total / 12
    let m = total % 12 + 1
    let d = min(day, LocalDate.daysIn(month: m, year: y))
    return LocalDate(year: y, month: m, day: d) ?? self
  }
}
