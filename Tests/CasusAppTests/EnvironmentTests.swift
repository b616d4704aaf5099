import CasusApp
import CasusCore
import Foundation
import Testing

@Suite("The clock the app runs on")
struct EnvironmentTests {
  @Test("CASUS_TODAY moves the calendar to that day; without it the real day is today")
  func today() throws {
    let moved = AppEnvironment.live(actor: "t", environment: ["CASUS_TODAY": "2030-11-25"])
    #expect(moved.localDate(moved.now()) == LocalDate(year: 2030, month: 11, day: 25))
    #expect(moved.context().today == LocalDate(year: 2030, month: 11, day: 25))
    // The time of day keeps running, so events stay in order.
    let first = moved.now()
    let second = moved.now()
    #expect(second >= first)
    let real = AppEnvironment.live(actor: "t", environment: [:])
    #expect(real.localDate(real.now()) == real.localDate(Date()))
    let nonsense = AppEnvironment.live(actor: "t", environment: ["CASUS_TODAY": "morgen"])
    #expect(nonsense.localDate(nonsense.now()) == nonsense.localDate(Date()))
  }
}
