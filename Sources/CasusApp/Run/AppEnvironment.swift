import CasusCore
import Foundation

/// The outside world the runner hands to the reducer: a clock, randomness for ids, the time zone and who is working.
///
/// Tests fix all of them.
public struct AppEnvironment: Sendable {
  public var now: @Sendable () -> Date
  public var random: @Sendable () -> UInt64
  public var timeZone: TimeZone
  /// The actor when no user is known yet (nothing can be changed before the form is filled).
  public var actor: String
  /// Who is working, as given on the command line (`--user`, `CASUS_USER`, `--role`).
  public var user: UserPreset?

  public init(
    now: @escaping @Sendable () -> Date, random: @escaping @Sendable () -> UInt64,
    timeZone: TimeZone, actor: String, user: UserPreset? = nil
  ) {
    self.now = now
    self.random = random
    self.timeZone = timeZone
    self.actor = actor
    self.user = user
  }

  /// The real clock, the system's random numbers and the local time zone.
  ///
  /// A test and demo aid: `CASUS_TODAY=YYYY-MM-DD` moves the calendar to that day (the time
  /// of day keeps running), so a training or a test can show the six-week reminder or a case
  /// four years on without waiting. Never set it for real casework.
  public static func live(
    actor: String, user: UserPreset? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> AppEnvironment {
    let shift =
      environment["CASUS_TODAY"].flatMap { today in
        LocalDate(parsing: today).map { offset(to: $0, in: .current, now: Date()) }
      } ?? 0
    return AppEnvironment(
      now: { Date().addingTimeInterval(shift) }, random: { UInt64.random(in: 0...UInt64.max) },
      timeZone: .current, actor: actor, user: user)
  }

  /// The seconds to add to `now` so that its calendar day becomes `day`, time of day kept.
  static func offset(to day: LocalDate, in zone: TimeZone, now: Date) -> TimeInterval {
    let here = AppEnvironment(now: { now }, random: { 0 }, timeZone: zone, actor: "")
      .localDate(now)
    return TimeInterval(here.days(until: day)) * 86_400
  }

  /// The calendar date of `date` in this environment's time zone.
  public func localDate(_ date: Date) -> LocalDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
      ?? LocalDate(dayNumber: 0)
  }

  /// A context for one reducer call.
  public func context() -> ReduceContext {
    let now = now()
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.hour, .minute], from: now)
    let hh = c.hour.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00"
    let mm = c.minute.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00"
    return ReduceContext(
      now: now, today: localDate(now), newCaseID: CaseID.make(random: random()),
      actor: actor, clockTime: "\(hh):\(mm)")
  }
}
