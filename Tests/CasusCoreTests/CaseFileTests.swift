import CasusCore
import Foundation
import Testing

@Suite("Registering and editing a case")
struct CaseFileTests {
  let now = Date(timeIntervalSince1970: 1_795_599_000)
  let today = LocalDate(year: 2026, month: 11, day: 25)!
  let id = CaseID("C-TEST0001")!

  func melding(
    name: String = "Cliënt Brouwer-Öztürk", question: String = "ik wil graag hulp bij één ding",
    date: LocalDate? = nil, members: [Member]? = nil
  ) -> NewMelding {
    NewMelding(
      householdName: name,
      members: members ?? [Member(name: name, born: LocalDate(year: 1980, month: 3, day: 12))],
      question: question, meldingDate: date ?? today)
  }

  @Test("a melding opens a case with one case.opened event and keeps the words exactly")
  func opensCase() throws {
    let file = try CaseFile.open(melding(), id: id, at: now, today: today, actor: "anna")
    #expect(file.events.count == 1)
    #expect(file.events[0].type == "case.opened")
    #expect(file.events[0].seq == 1)
    #expect(file.events[0].actor == "anna")
    #expect(file.state.question == "ik wil graag hulp bij één ding")
    #expect(file.state.household.name == "Cliënt Brouwer-Öztürk")
    #expect(file.state.phase == .melding)
    #expect(file.revision == 0)
  }

  @Test(
    "refuses a melding without the essentials",
    arguments: [
      ("", "vraag", CaseError.emptyHouseholdName),
      ("Jansen", "   ", CaseError.emptyQuestion),
    ])
  func refusesEmpty(_ name: String, _ question: String, _ expected: CaseError) {
    #expect(throws: expected) {
      try CaseFile.open(
        melding(name: name, question: question, members: [Member(name: "Jan")]),
        id: id, at: now, today: today, actor: "anna")
    }
  }

  @Test("refuses a melding dated tomorrow and a birth date in the future")
  func refusesFutureDates() {
    let tomorrow = today.adding(days: 1)
    #expect(throws: CaseError.meldingInFuture(tomorrow)) {
      try CaseFile.open(melding(date: tomorrow), id: id, at: now, today: today, actor: "a")
    }
    #expect(throws: CaseError.birthDateInFuture(name: "Kind", tomorrow)) {
      try CaseFile.open(
        melding(members: [Member(name: "Kind", born: tomorrow)]), id: id, at: now,
        today: today, actor: "a")
    }
  }

  @Test("an edit records every changed field, old and new, and replays to the same state")
  func editRecordsChanges() throws {
    let file = try CaseFile.open(melding(), id: id, at: now, today: today, actor: "anna")
    let edited = try file.applying(
      .edit(CaseEdit(question: "hulp bij de administratie", source: .network)),
      at: now.addingTimeInterval(60), today: today, actor: "bram")
    #expect(edited.events.count == 2)
    let payload = try edited.events[1].payload.decode(CaseEdited.self)
    #expect(payload.changes.map(\.field) == [.question, .meldingSource])
    #expect(payload.changes[0].old == .string("ik wil graag hulp bij één ding"))
    #expect(payload.changes[0].new == .string("hulp bij de administratie"))
    #expect(edited.state.melding.source == .network)
    #expect(try CaseState.replay(id: id, events: edited.events) == edited.state)
  }

  @Test("an edit that changes nothing is refused, not recorded")
  func emptyEditRefused() throws {
    let file = try CaseFile.open(melding(), id: id, at: now, today: today, actor: "anna")
    #expect(throws: CaseError.nothingChanged) {
      try file.applying(
        .edit(CaseEdit(question: file.state.question)), at: now, today: today, actor: "a")
    }
  }

  @Test("problems() finds a state that disagrees with its history")
  func invariants() throws {
    var file = try CaseFile.open(melding(), id: id, at: now, today: today, actor: "anna")
    file.revision = 1
    #expect(file.problems().isEmpty)
    file.state.question = "iets anders"
    #expect(file.problems().contains("the state does not match its event history"))
    file.state.question = "ik wil graag hulp bij één ding"
    file.events[0].seq = 5
    #expect(file.problems().contains { $0.contains("seq") })
  }

  @Test("case ids are safe file names and unique per random value")
  func caseIDs() {
    #expect(CaseID("../etc/passwd") == nil)
    #expect(CaseID(".hidden") == nil)
    #expect(CaseID("C-7K2M9Q4T") != nil)
    let ids = Set((0..<1000).map { CaseID.make(random: UInt64($0) &* 0x9E37_79B9_7F4A_7C15) })
    #expect(ids.count == 1000)
    #expect(ids.allSatisfy { $0.rawValue.count == 10 && $0.rawValue.hasPrefix("C-") })
  }

  @Test("the age of a member is counted in whole years")
  func age() throws {
    let member = Member(name: "A", born: LocalDate(year: 2008, month: 11, day: 26))
    #expect(member.age(on: try #require(LocalDate(parsing: "2026-11-25"))) == 17)
    #expect(member.age(on: try #require(LocalDate(parsing: "2026-11-26"))) == 18)
  }
}
