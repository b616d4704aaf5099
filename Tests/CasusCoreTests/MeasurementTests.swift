import CasusCore
import Foundation
import TestSupport
import Testing

@Suite("Meetmomenten in the case file")
struct MeasurementTests {
  let zrm = Fixtures.matrix("zrm-2017")
  let older = Fixtures.matrix("zrm-2013")
  static func day(_ d: Int) -> LocalDate {
    LocalDate(year: 2026, month: 11, day: d) ?? Fixtures.today
  }

  @Test("a meetmoment is one matrix.measured event; replaying the history gives the state")
  func recorded() throws {
    let m = Fixtures.measurement(
      zrm, on: Self.day(3), scores: [2, 3, nil, 4, 5, 3, 4, 5, 5, 4, 3, 2, 5],
      targets: [4], notes: ["schulden bij de energie, \"te veel\""])
    let file = Fixtures.measuredCase([m])
    let event = try #require(file.events.last)
    #expect(event.type == "matrix.measured")
    #expect(event.actor == "consulent")
    #expect(file.state.measurements == [m])
    #expect(file.problems() == [])
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
    let round = try JSONDecoder().decode(CaseState.self, from: JSONEncoder().encode(file.state))
    #expect(round == file.state)
  }

  @Test("a case file written before the matrix existed still loads, with no meetmomenten")
  func olderFileLoads() throws {
    let file = Fixtures.caseFile()
    var json = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(file.state)) as? [String: Any])
    json["measurements"] = nil
    let state = try JSONDecoder().decode(
      CaseState.self, from: JSONSerialization.data(withJSONObject: json))
    #expect(state.measurements.isEmpty)
    #expect(state.acuteDomains.isEmpty)
  }

  @Test(
    "refused: another definition, wrong domains, out-of-range scores, nothing scored, bad dates")
  func refusals() throws {
    let file = Fixtures.caseFile(meldingDay: 10)
    func refusal(_ m: MatrixMeasurement, _ definition: MatrixDefinition? = nil) -> CaseError? {
      do {
        _ = try file.decide(
          .recordMeasurement(m, definition: definition ?? zrm), at: Fixtures.now,
          today: Fixtures.today, actor: "consulent")
        return nil
      } catch {
        return error
      }
    }
    let good = Fixtures.measurement(zrm, on: Self.day(20), scores: [3])
    #expect(refusal(good) == nil)
    #expect(refusal(good, older) == .matrix(.definitionMismatch(older.reference)))
    var missing = good
    missing.scores.removeLast()
    #expect(refusal(missing) == .matrix(.domainsDoNotMatch))
    var wild = good
    wild.scores[1].score = 6
    #expect(refusal(wild) == .matrix(.scoreOutOfRange(domain: "werk-opleiding", value: 6)))
    wild = good
    wild.scores[2].target = 0
    #expect(refusal(wild) == .matrix(.scoreOutOfRange(domain: "tijdsbesteding", value: 0)))
    #expect(
      refusal(Fixtures.measurement(zrm, on: Self.day(20), scores: [])) == .matrix(.nothingScored))
    #expect(
      refusal(Fixtures.measurement(zrm, on: Self.day(26), scores: [3]))
        == .matrix(.dateInFuture(Self.day(26))))
    #expect(
      refusal(Fixtures.measurement(zrm, on: Self.day(9), scores: [3]))
        == .matrix(.dateBeforeMelding(Self.day(9))))
  }

  @Test("a domain at level 1 is acute; a domain lower than at the previous meetmoment is declined")
  func signals() {
    let first = Fixtures.measurement(zrm, on: Self.day(3), scores: [2, 3, 4, 4])
    let second = Fixtures.measurement(zrm, on: Self.day(24), scores: [3, 1, 4, nil])
    let file = Fixtures.measuredCase([first, second])
    #expect(file.state.acuteDomains == ["werk-opleiding"])
    #expect(file.state.declinedDomains == ["werk-opleiding"])
    let comparison = MatrixComparison(series: file.state.series(zrm.reference))
    let rows = comparison?.rows.prefix(4).map { [$0.previous, $0.current, $0.difference] }
    #expect(rows == [[2, 3, 1], [3, 1, -2], [4, 4, 0], [4, nil, nil]])
    #expect(comparison?.rows[0].history == [2, 3])
    #expect(comparison?.rows.prefix(4).map(\.trend) == [.up, .down, .same, .unknown])
  }

  @Test("meetmomenten sort by date, so a back-dated one is compared in its place")
  func byDate() {
    let late = Fixtures.measurement(zrm, on: Self.day(24), scores: [4])
    let early = Fixtures.measurement(zrm, on: Self.day(3), scores: [2])
    let file = Fixtures.measuredCase([late, early])
    #expect(file.state.measurementsByDate.map(\.date) == [Self.day(3), Self.day(24)])
    #expect(file.state.latestMeasurement?.score("financien") == 4)
    #expect(file.state.declinedDomains.isEmpty)
    let back = MatrixComparison(series: file.state.series(zrm.reference), index: 0)
    #expect(back?.previous == nil)
    #expect(back?.rows[0].current == 2)
  }

  @Test("a case scored with the 11-domain and the 13-domain set keeps two separate series")
  func twoDefinitions() {
    let old = Fixtures.measurement(older, on: Self.day(3), scores: [1, 2])
    let new = Fixtures.measurement(zrm, on: Self.day(24), scores: [3, 3])
    let file = Fixtures.measuredCase([old, new])
    #expect(file.state.measurementReferences == [zrm.reference, older.reference])
    #expect(file.state.series(older.reference).count == 1)
    #expect(file.state.series(zrm.reference).count == 1)
    // Only the latest meetmoment counts for the acute signal.
    #expect(file.state.acuteDomains.isEmpty)
    #expect(file.state.declinedDomains.isEmpty)
  }
}
