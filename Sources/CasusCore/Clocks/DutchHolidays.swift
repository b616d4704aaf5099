/// The days on which a statutory term may not end, per the Algemene termijnenwet (Atw).
///
/// Atw art. 1 lid 1: a term set in a law that ends on a Saturday, a Sunday or a general
/// recognised holiday is extended to the next day that is none of these. Atw art. 3 lid 1 lists
/// the general recognised holidays ("algemeen erkende feestdagen"): Nieuwjaarsdag, Christian
/// second Easter and Whit day (Tweede Paasdag, Tweede Pinksterdag), both Christmas days,
/// Hemelvaartsdag, the day the King's birthday is celebrated, and 5 May. Goede Vrijdag is *not*
/// on that list, so it does not extend a term. Saturdays and Sundays are not holidays in art. 3;
/// art. 1 names them alongside, which ``isWorkingDay(_:)`` follows.
///
/// Not modelled: days that the government declares equal to a holiday for one occasion
/// ("gelijkgestelde dagen", by decree), and Atw art. 2 (a term of at least three days always
/// keeps two working days; it never binds for the terms shipped here, seven days or longer).
public enum DutchHolidays {
  /// Whether `date` is a general recognised holiday ("algemeen erkende feestdag").
  ///
  /// The list is Atw art. 3 lid 1. Koningsdag is 27 April, or 26 April when the 27th is a
  /// Sunday (from 2014); for 1980–2013 Koninginnedag on 30 April, or 29 April when the 30th is a
  /// Sunday. Earlier years have no King's or Queen's day here; cases under the Wmo 2015 do not
  /// reach back that far.
  public static func isGeneralHoliday(_ date: LocalDate) -> Bool {
    switch (date.month, date.day) {
    case (1, 1), (12, 25), (12, 26), (5, 5): return true
    default: break
    }
    if let royal = kingsDay(year: date.year), royal == date { return true }
    guard let easter = easterSunday(year: date.year) else { return false }
    let offset = easter.days(until: date)
    // Tweede Paasdag, Hemelvaartsdag (Thursday, 39 days after Easter), Tweede Pinksterdag.
    return offset == 1 || offset == 39 || offset == 50
  }

  /// Whether a term may end on `date`: not a Saturday, Sunday or general recognised holiday.
  public static func isWorkingDay(_ date: LocalDate) -> Bool {
    date.weekday <= 5 && !isGeneralHoliday(date)
  }

  /// `date` itself when it is a working day, else the first working day after it.
  ///
  /// This is the extension of Atw art. 1 lid 1.
  public static func workingDay(onOrAfter date: LocalDate) -> LocalDate {
    var day = date
    while !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }

  /// Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
  /// (Meeus/Jones/Butcher); `nil` before 1583, when the Gregorian calendar did not yet apply.
  public static func easterSunday(year: Int) -> LocalDate? {
    guard year >= 1583 else { return nil }
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return LocalDate(year: year, month: month, day: day)
  }

  /// The day the King's (before 2014 the Queen's) birthday is celebrated, or `nil` before 1980.
  public static func kingsDay(year: Int) -> LocalDate? {
    let (day, sundayFallback): (Int, Int)
    if year >= 2014 {
      (day, sundayFallback) = (27, 26)
    } else if year >= 1980 {
      (day, sundayFallback) = (30, 29)
    } else {
      return nil
    }
    guard let date = LocalDate(year: year, month: 4, day: day) else { return nil }
    return date.weekday == 7 ? date.adding(days: sundayFallback - day) : date
  }
}
