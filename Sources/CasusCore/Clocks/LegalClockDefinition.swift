/// One statutory term as data: which law, which case date starts it, which stops it, how long.
///
/// Definitions are loaded from `Resources/clocks/legal-clocks.v1.json` through
/// ``LegalClockSet/decode(_:)``, which validates them; the synthesised `Codable` conformance
/// does not validate and is there for writing definitions back out.
public struct LegalClockDefinition: Hashable, Sendable, Codable {
  /// A stable identifier, unique within a set (`wmo-onderzoek`).
  public var id: String
  /// The law whose cases this clock runs for.
  public var law: Law
  /// The name shown to the user, in Dutch and English.
  public var label: Label
  /// The legal source as a professional would cite it (`Wmo 2015 art. 2.3.2 lid 1`).
  public var article: String
  /// The case date that starts the clock.
  public var start: CaseDates.Field
  /// The case date whose presence means the clock is done.
  public var stop: CaseDates.Field
  /// The length of the term, counted from the day after the start date.
  public var duration: Duration
  /// Whether the municipality must act in time, or the client may act within the term.
  public var kind: Kind
  /// Whether a term ending on a weekend day or general holiday runs on to the next working day.
  ///
  /// This is the rule of the Algemene termijnenwet, art. 1 lid 1 (see ``DutchHolidays``).
  public var extendsToWorkingDay: Bool

  public init(
    id: String, law: Law, label: Label, article: String, start: CaseDates.Field,
    stop: CaseDates.Field, duration: Duration, kind: Kind, extendsToWorkingDay: Bool
  ) {
    self.id = id
    self.law = law
    self.label = label
    self.article = article
    self.start = start
    self.stop = stop
    self.duration = duration
    self.kind = kind
    self.extendsToWorkingDay = extendsToWorkingDay
  }

  /// The last day of the term without the working-day rule: the start date plus the duration.
  ///
  /// "Binnen zes weken na ontvangst van de melding" leaves the day of the melding out, so a
  /// melding on a Tuesday gives a term that ends on the Tuesday six weeks later.
  public func nominalDueDate(startingOn start: LocalDate) -> LocalDate {
    start.adding(days: duration.days)
  }

  /// The last day on which the term is still met, after the working-day rule if it applies.
  public func dueDate(startingOn start: LocalDate) -> LocalDate {
    let nominal = nominalDueDate(startingOn: start)
    return extendsToWorkingDay ? DutchHolidays.workingDay(onOrAfter: nominal) : nominal
  }
}
