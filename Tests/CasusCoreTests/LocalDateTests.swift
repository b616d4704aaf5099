import CasusCore
import Testing

@Suite("Calendar dates")
struct LocalDateTests {
  @Test("parses ISO and Dutch notation to the same date")
  func parsesBothNotations() throws {
    let iso = try #require(LocalDate(parsing: "2026-03-02"))
    let dutch = try #require(LocalDate(parsing: "02-03-2026"))
    #expect(iso == dutch)
    #expect(iso.description == "2026-03-02")
    #expect(iso.dutch == "02-03-2026")
  }

  @Test(
    "refuses days that do not exist",
    arguments: ["2026-02-29", "2026-13-01", "31-04-2026", "x", "2026-1"])
  func refusesImpossibleDays(_ text: String) {
    #expect(LocalDate(parsing: text) == nil)
  }

  @Test("knows leap years")
  func leapYears() {
    #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
    #expect(LocalDate(year: 2100, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
  }

  @Test(
    "adds days across month and year ends",
    arguments: [
      ("2026-12-22", 42, "2027-02-02"), ("2026-12-31", 1, "2027-01-01"),
      ("2028-02-28", 1, "2028-02-29"), ("2026-03-01", -1, "2026-02-28"),
      ("1970-01-01", 0, "1970-01-01"),
    ])
  func addsDays(_ start: String, _ days: Int, _ expected: String) throws {
    let date = try #require(LocalDate(parsing: start))
    #expect(date.adding(days: days).description == expected)
    #expect(date.days(until: date.adding(days: days)) == days)
  }

  @Test("day numbers round-trip for every day of several years")
  func dayNumbersRoundTrip() throws {
    let start = try #require(LocalDate(parsing: "1899-12-25")).dayNumber
    for n in start..<(start + 365 * 140) {
      #expect(LocalDate(dayNumber: n).dayNumber == n)
    }
  }

  @Test("knows the weekday")
  func weekday() throws {
    #expect(try #require(LocalDate(parsing: "2026-11-25")).weekday == 3)  // a Wednesday
    #expect(try #require(LocalDate(parsing: "2027-01-03")).weekday == 7)  // a Sunday
  }
}
