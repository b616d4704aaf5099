import CasusCore
import CasusResources
import Foundation
import Testing

@Suite("Legal clocks")
struct LegalClockTests {
  // MARK: - Helpers

  func day(_ text: String) throws -> LocalDate {
    try #require(LocalDate(parsing: text))
  }

  func shipped() throws -> LegalClockSet {
    try LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json"))
  }

  func clock(_ id: String) throws -> LegalClockDefinition {
    try #require(try shipped().clocks.first { $0.id == id })
  }

  func status(
    _ id: String, today: String, melding: String = "2026-12-22", onderzoek: String? = nil,
    plan: String? = nil, aanvraag: String? = nil, beschikking: String? = nil
  ) throws -> ClockStatus {
    let dates = CaseDates(
      melding: try day(melding), onderzoekFinished: try onderzoek.map(day),
      persoonlijkPlan: try plan.map(day), aanvraag: try aanvraag.map(day),
      beschikking: try beschikking.map(day))
    return LegalClocks.evaluate(try clock(id), dates: dates, today: try day(today))
  }

  /// A valid clock entry as JSON, for tests that break one field at a time.
  static func entry(_ id: String = "test-clock") -> [String: Any] {
    [
      "id": id, "law": "wmo", "label": ["nl": "Test", "en": "Test"], "article": "Test art. 1",
      "start": "melding", "stop": "onderzoekFinished", "duration": ["weeks": 6],
      "kind": "deadline", "extendsToWorkingDay": true,
    ]
  }

  func decode(_ clocks: [[String: Any]]) throws -> Result<LegalClockSet, ClockDefinitionError> {
    let json: [String: Any] = ["id": "test", "version": 1, "clocks": clocks]
    let data = try JSONSerialization.data(withJSONObject: json)
    do {
      return .success(try LegalClockSet.decode(data))
    } catch {
      return .failure(error)
    }
  }

  func refusal(_ clocks: [[String: Any]]) throws -> ClockDefinitionError {
    guard case .failure(let error) = try decode(clocks) else {
      Issue.record("the definitions were accepted")
      return .unreadable("accepted")
    }
    return error
  }

  // MARK: - The shipped file

  @Test("the shipped clock file loads and validates through the resource bundle")
  func shippedFileLoads() throws {
    let set = try shipped()
    #expect(set.id == "legal-clocks")
    #expect(set.version == 1)
    #expect(
      set.clocks.map(\.id) == [
        "wmo-onderzoek", "wmo-persoonlijk-plan", "wmo-beschikking", "jeugdwet-beschikking",
        "participatiewet-beschikking",
      ])
    #expect(set.clocks.filter { !$0.extendsToWorkingDay }.isEmpty)
  }

  @Test("every file in the clocks folder validates")
  func everyShippedFileValidates() throws {
    let files = CasusResources.files(in: "clocks")
    #expect(!files.isEmpty)
    for file in files {
      #expect(throws: Never.self, "\(file)") {
        _ = try LegalClockSet.decode(CasusResources.data("clocks/\(file)"))
      }
    }
  }

  @Test("the Wmo clocks are the onderzoek, the persoonlijk plan window and the beschikking")
  func wmoClocks() throws {
    let wmo = try shipped().clocks(for: .wmo)
    #expect(wmo.map(\.duration) == [.weeks(6), .days(7), .weeks(2)])
    #expect(wmo.map(\.kind) == [.deadline, .window, .deadline])
    #expect(wmo.map(\.start) == [.melding, .melding, .aanvraag])
    #expect(wmo.map(\.stop) == [.onderzoekFinished, .persoonlijkPlan, .beschikking])
    #expect(wmo.map(\.article).allSatisfy { $0.hasPrefix("Wmo 2015 art. 2.3.") })
  }

  @Test("a set written out reads back the same, durations as weeks or days")
  func roundTrip() throws {
    let set = try shipped()
    let data = try JSONEncoder().encode(set)
    #expect(try LegalClockSet.decode(data) == set)
    let weeks = try JSONEncoder().encode(LegalClockDefinition.Duration.weeks(6))
    #expect(String(decoding: weeks, as: UTF8.self) == #"{"weeks":6}"#)
  }

  // MARK: - Due dates

  @Test("a melding on 22 December 2026 gives an onderzoek due on Tuesday 2 February 2027")
  func onderzoekAcrossYearEnd() throws {
    let status = try status("wmo-onderzoek", today: "2027-01-20")
    #expect(status.dueDate == (try day("2027-02-02")))
    let start = try #require(status.startDate)
    #expect(start.days(until: try day("2027-02-02")) == 42)
    #expect(!status.isExtended)
    #expect(status.state == .running)
    #expect(status.daysLeft == 13)
  }

  @Test("the persoonlijk plan window from a melding on 29 December 2026 ends on 5 January 2027")
  func planWindowAcrossYearEnd() throws {
    let status = try status("wmo-persoonlijk-plan", today: "2027-01-01", melding: "2026-12-29")
    #expect(status.dueDate == (try day("2027-01-05")))
    #expect(!status.isExtended)
    #expect(status.state == .running)
    #expect(status.daysLeft == 4)
  }

  @Test("a window ending on a Saturday runs to Monday, because the Atw covers the client too")
  func windowOnSaturdayExtends() throws {
    let status = try status("wmo-persoonlijk-plan", today: "2027-01-09", melding: "2027-01-02")
    #expect(status.nominalDueDate == (try day("2027-01-09")))
    #expect(status.dueDate == (try day("2027-01-11")))
    #expect(status.isExtended)
    #expect(status.daysLeft == 2)
  }

  @Test("a clock defined without the working-day rule ends on the Saturday itself")
  func noExtensionWhenDefinitionSaysSo() throws {
    var plan = try clock("wmo-persoonlijk-plan")
    plan.extendsToWorkingDay = false
    #expect(plan.dueDate(startingOn: try day("2027-01-02")) == (try day("2027-01-09")))
  }

  @Test(
    "a Wmo beschikking term ending on a weekend day or holiday runs to the next working day",
    arguments: [
      ("2027-01-16", "2027-01-30", "2027-02-01"),  // Saturday → Monday
      ("2027-04-13", "2027-04-27", "2027-04-28"),  // Koningsdag, a Tuesday in 2027
      ("2026-12-11", "2026-12-25", "2026-12-28"),  // Christmas Friday, 26 Saturday, 27 Sunday
      ("2027-03-15", "2027-03-29", "2027-03-30"),  // Tweede Paasdag 2027
      ("2027-04-22", "2027-05-06", "2027-05-07"),  // Hemelvaartsdag 2027
      ("2026-12-18", "2027-01-01", "2027-01-04"),  // Nieuwjaarsdag on a Friday
      ("2027-04-21", "2027-05-05", "2027-05-07"),  // Bevrijdingsdag, then Hemelvaartsdag
      ("2027-05-03", "2027-05-17", "2027-05-18"),  // Tweede Pinksterdag 2027
      ("2027-03-12", "2027-03-26", "2027-03-26"),  // Goede Vrijdag is not an Atw holiday
    ])
  func beschikkingExtends(_ aanvraag: String, _ nominal: String, _ due: String) throws {
    let definition = try clock("wmo-beschikking")
    let start = try day(aanvraag)
    #expect(definition.nominalDueDate(startingOn: start) == (try day(nominal)))
    #expect(definition.dueDate(startingOn: start) == (try day(due)))
  }

  @Test("a Jeugdwet decision is due eight weeks after the aanvraag, across the year end")
  func jeugdwetEightWeeks() throws {
    let dates = CaseDates(melding: try day("2026-11-02"), aanvraag: try day("2026-11-20"))
    let statuses = LegalClocks.evaluate(
      try shipped(), law: .jeugdwet, dates: dates, today: try day("2027-01-14"))
    #expect(statuses.map(\.definition.id) == ["jeugdwet-beschikking"])
    #expect(statuses.first?.dueDate == (try day("2027-01-15")))
    #expect(statuses.first?.daysLeft == 1)
    #expect(statuses.first?.definition.article == "Awb art. 4:13 lid 2")
  }

  @Test("a Participatiewet case runs only the Awb eight-week decision clock")
  func participatiewet() throws {
    let set = try shipped()
    let waiting = LegalClocks.evaluate(
      set, law: .participatiewet, dates: CaseDates(melding: try day("2027-01-04")),
      today: try day("2027-01-11"))
    #expect(waiting.map(\.definition.id) == ["participatiewet-beschikking"])
    #expect(waiting.map(\.state) == [.notStarted])
    let dates = CaseDates(melding: try day("2027-01-04"), aanvraag: try day("2027-01-05"))
    let running = LegalClocks.evaluate(
      set, law: .participatiewet, dates: dates, today: try day("2027-01-11"))
    #expect(running.first?.dueDate == (try day("2027-03-02")))
    #expect(running.first?.state == .running)
  }

  @Test("a Wmo case runs the three Wmo clocks and none of the other laws")
  func onlyClocksOfTheLaw() throws {
    let statuses = LegalClocks.evaluate(
      try shipped(), law: .wmo, dates: CaseDates(melding: try day("2026-12-22")),
      today: try day("2026-12-23"))
    #expect(statuses.map(\.definition.law) == [.wmo, .wmo, .wmo])
    #expect(statuses.map(\.state) == [.running, .running, .notStarted])
  }

  // MARK: - States

  @Test("the beschikking clock has not started without an aanvraag")
  func notStarted() throws {
    let status = try status("wmo-beschikking", today: "2027-01-20")
    #expect(status.state == .notStarted)
    #expect(status.startDate == nil)
    #expect(status.dueDate == nil)
    #expect(status.daysLeft == nil)
  }

  @Test("a deadline is due today on its last day, with zero days left")
  func dueToday() throws {
    let status = try status("wmo-onderzoek", today: "2027-02-02")
    #expect(status.state == .dueToday)
    #expect(status.daysLeft == 0)
  }

  @Test("a deadline past its last day is overdue with negative days left")
  func overdue() throws {
    let status = try status("wmo-onderzoek", today: "2027-02-05")
    #expect(status.state == .overdue)
    #expect(status.daysLeft == -3)
  }

  @Test("a deadline stopped on its last day is met, one day later it is met late")
  func metAndMetLate() throws {
    let inTime = try status("wmo-onderzoek", today: "2027-03-01", onderzoek: "2027-02-02")
    #expect(inTime.state == .met)
    #expect(inTime.stoppedDate == (try day("2027-02-02")))
    #expect(inTime.daysLeft == nil)
    let late = try status("wmo-onderzoek", today: "2027-03-01", onderzoek: "2027-02-03")
    #expect(late.state == .metLate)
    #expect(late.daysLeft == nil)
  }

  @Test("an extended deadline is still met on the working day it was extended to")
  func metOnExtendedDay() throws {
    let status = try status(
      "wmo-beschikking", today: "2027-01-10", aanvraag: "2026-12-11", beschikking: "2026-12-28")
    #expect(status.state == .met)
    #expect(status.isExtended)
  }

  @Test("a persoonlijk plan window is closed, never overdue, once it has passed")
  func windowCloses() throws {
    let lastDay = try status("wmo-persoonlijk-plan", today: "2027-01-05", melding: "2026-12-29")
    #expect(lastDay.state == .dueToday)
    #expect(lastDay.daysLeft == 0)
    let after = try status("wmo-persoonlijk-plan", today: "2027-01-06", melding: "2026-12-29")
    #expect(after.state == .closed)
    #expect(after.daysLeft == nil)
  }

  @Test("a plan handed in within the window meets it; one handed in later finds it closed")
  func windowWithPlan() throws {
    let inTime = try status(
      "wmo-persoonlijk-plan", today: "2027-01-20", melding: "2026-12-29", plan: "2027-01-04")
    #expect(inTime.state == .met)
    let late = try status(
      "wmo-persoonlijk-plan", today: "2027-01-20", melding: "2026-12-29", plan: "2027-01-08")
    #expect(late.state == .closed)
  }

  @Test("sorting puts overdue first, then the soonest due, then not started, closed and met")
  func sortKeyOrder() throws {
    let today = "2027-02-05"
    let statuses = [
      try status("wmo-onderzoek", today: today, onderzoek: "2027-01-30"),  // met
      try status("wmo-persoonlijk-plan", today: today),  // closed
      try status("wmo-beschikking", today: today),  // not started
      try status("wmo-beschikking", today: today, aanvraag: "2027-02-01"),  // due 15 Feb
      try status("jeugdwet-beschikking", today: today, aanvraag: "2026-12-01"),  // overdue 26 Jan
      try status("wmo-onderzoek", today: today),  // overdue since 2 Feb
      try status("wmo-beschikking", today: today, aanvraag: "2027-01-22"),  // due today
    ]
    let sorted = statuses.sorted { $0.sortKey < $1.sortKey }
    #expect(
      sorted.map(\.state) == [.overdue, .overdue, .dueToday, .running, .notStarted, .closed, .met])
    #expect(sorted.first?.definition.id == "jeugdwet-beschikking")
  }

  // MARK: - Holidays

  @Test(
    "Easter Sunday follows the anonymous Gregorian algorithm",
    arguments: [
      (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
      (2028, "2028-04-16"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
  func easter(_ year: Int, _ expected: String) throws {
    #expect(DutchHolidays.easterSunday(year: year) == (try day(expected)))
  }

  @Test("Koningsdag moves to 26 April when the 27th is a Sunday")
  func koningsdag() throws {
    #expect(DutchHolidays.kingsDay(year: 2025) == (try day("2025-04-26")))
    #expect(DutchHolidays.kingsDay(year: 2027) == (try day("2027-04-27")))
    #expect(DutchHolidays.isGeneralHoliday(try day("2025-04-26")))
    #expect(!DutchHolidays.isGeneralHoliday(try day("2025-04-27")))
  }

  @Test(
    "the Atw holidays of 2027 are holidays and Goede Vrijdag and ordinary days are not",
    arguments: [
      ("2027-01-01", true), ("2027-03-26", false), ("2027-03-28", false), ("2027-03-29", true),
      ("2027-04-27", true), ("2027-05-05", true), ("2027-05-06", true), ("2027-05-17", true),
      ("2027-12-25", true), ("2027-12-26", true), ("2027-12-27", false), ("2027-06-01", false),
    ])
  func holidays2027(_ date: String, _ holiday: Bool) throws {
    #expect(DutchHolidays.isGeneralHoliday(try day(date)) == holiday)
  }

  // MARK: - Refused definitions

  @Test("a duplicate id is refused, naming the clock and the field")
  func duplicateID() throws {
    let error = try refusal([Self.entry("twice"), Self.entry("twice")])
    #expect(error == .duplicateID("twice"))
    #expect(error.description.contains("\"twice\""))
    #expect(error.description.contains("\"id\""))
  }

  @Test("an unknown case date is refused, naming the clock and the field")
  func unknownField() throws {
    var entry = Self.entry()
    entry["stop"] = "besluit"
    let error = try refusal([entry])
    #expect(error == .unknownField(clock: "test-clock", field: "stop", value: "besluit"))
    #expect(error.clockID == "test-clock")
    #expect(error.field == "stop")
    #expect(error.description.contains("\"test-clock\""))
    #expect(error.description.contains("\"stop\""))
    #expect(error.description.contains("\"besluit\""))
  }

  @Test("a zero duration is refused, naming the clock and the field")
  func zeroDuration() throws {
    var entry = Self.entry()
    entry["duration"] = ["days": 0]
    let error = try refusal([entry])
    #expect(error == .nonPositiveDuration(clock: "test-clock", value: 0))
    #expect(error.description.contains("\"test-clock\""))
    #expect(error.description.contains("\"duration\""))
  }

  @Test(
    "other broken fields are refused with the clock and the field named",
    arguments: [
      ("start", #""onderzoekFinished""#, "stop"),
      ("law", #""awbz""#, "law"),
      ("kind", #""termijn""#, "kind"),
      ("duration", #"{"weeks": 6, "days": 2}"#, "duration"),
      ("duration", #"{"months": 2}"#, "duration"),
      ("duration", #"{"weeks": -1}"#, "duration"),
      ("label", #"{"nl": " ", "en": "Test"}"#, "label.nl"),
      ("label", #"{"nl": "Test"}"#, "label.en"),
      ("article", #""""#, "article"),
      ("extendsToWorkingDay", "null", "extendsToWorkingDay"),
    ])
  func brokenFields(_ key: String, _ json: String, _ field: String) throws {
    var entry = Self.entry()
    entry[key] = try JSONSerialization.jsonObject(
      with: Data(json.utf8), options: .fragmentsAllowed)
    let error = try refusal([entry])
    #expect(error.clockID == "test-clock")
    #expect(error.field == field)
    #expect(error.description.contains("\"test-clock\""))
    #expect(error.description.contains("\"\(field)\""))
  }

  @Test("a clock without an id is refused by its position")
  func missingID() throws {
    var entry = Self.entry()
    entry["id"] = ""
    #expect(try refusal([Self.entry(), entry]) == .missingID(index: 1))
  }

  @Test("bytes that are not a clock file are refused as unreadable")
  func unreadable() throws {
    #expect(throws: ClockDefinitionError.self) {
      try LegalClockSet.decode(Data("not json".utf8))
    }
    #expect(throws: ClockDefinitionError.invalidSet(field: "version")) {
      try LegalClockSet.decode(Data(#"{"id": "x", "version": 0, "clocks": []}"#.utf8))
    }
  }
}
