import Foundation

extension LegalClockSet {
  /// Reads and validates a legal clock file.
  ///
  /// Refuses, naming the clock and the field: a missing or duplicate id, an unknown law, kind or
  /// case date, a duration that is not exactly one positive number of weeks or days, a clock
  /// whose `stop` is its own `start`, an empty article, and an empty Dutch or English label.
  public static func decode(_ data: Data) throws(ClockDefinitionError) -> LegalClockSet {
    let document: LegalClockDocument
    do {
      document = try JSONDecoder().decode(LegalClockDocument.self, from: data)
    } catch let error as DecodingError {
      throw .unreadable(Self.explain(error))
    } catch {
      throw .unreadable(String(describing: error))
    }
    guard let id = document.id, !id.isBlank else { throw .invalidSet(field: "id") }
    guard let version = document.version, version > 0 else {
      throw .invalidSet(field: "version")
    }
    guard let entries = document.clocks else { throw .invalidSet(field: "clocks") }
    var seen: Set<String> = []
    var clocks: [LegalClockDefinition] = []
    for (index, entry) in entries.enumerated() {
      let clock = try validate(entry, at: index)
      guard seen.insert(clock.id).inserted else { throw .duplicateID(clock.id) }
      clocks.append(clock)
    }
    return LegalClockSet(id: id, version: version, clocks: clocks)
  }

  private static func validate(
    _ entry: LegalClockDocument.Clock, at index: Int
  ) throws(ClockDefinitionError) -> LegalClockDefinition {
    guard let id = entry.id, !id.isBlank else { throw .missingID(index: index) }
    func required(_ value: String?, _ field: String) throws(ClockDefinitionError) -> String {
      guard let value, !value.isBlank else { throw .missingField(clock: id, field: field) }
      return value
    }
    func date(_ value: String?, _ field: String) throws(ClockDefinitionError) -> CaseDates.Field {
      let name = try required(value, field)
      guard let date = CaseDates.Field(rawValue: name) else {
        throw .unknownField(clock: id, field: field, value: name)
      }
      return date
    }
    let lawName = try required(entry.law, "law")
    guard let law = Law(rawValue: lawName) else { throw .unknownLaw(clock: id, value: lawName) }
    let label = LegalClockDefinition.Label(
      nl: try required(entry.label?.nl, "label.nl"), en: try required(entry.label?.en, "label.en"))
    let article = try required(entry.article, "article")
    let start = try date(entry.start, "start")
    let stop = try date(entry.stop, "stop")
    guard start != stop else { throw .startEqualsStop(clock: id, field: stop.rawValue) }
    guard let raw = entry.duration else { throw .missingField(clock: id, field: "duration") }
    let duration: LegalClockDefinition.Duration
    switch (raw.weeks, raw.days) {
    case (let weeks?, nil): duration = .weeks(weeks)
    case (nil, let days?): duration = .days(days)
    default: throw .durationUnit(clock: id)
    }
    guard duration.count > 0 else {
      throw .nonPositiveDuration(clock: id, value: duration.count)
    }
    let kindName = try required(entry.kind, "kind")
    guard let kind = LegalClockDefinition.Kind(rawValue: kindName) else {
      throw .unknownKind(clock: id, value: kindName)
    }
    guard let extends = entry.extendsToWorkingDay else {
      throw .missingField(clock: id, field: "extendsToWorkingDay")
    }
    return LegalClockDefinition(
      id: id, law: law, label: label, article: article, start: start, stop: stop,
      duration: duration, kind: kind, extendsToWorkingDay: extends)
  }

  /// A short English account of a decoding failure: what was wrong, and where.
  private static func explain(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
      return keys.isEmpty ? "at the top level" : "at \(keys.joined())"
    }
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .keyNotFound(_, let context), .dataCorrupted(let context):
      return "\(context.debugDescription) (\(path(context)))"
    @unknown default:
      return String(describing: error)
    }
  }
}

extension String {
  /// Empty or only white space.
  fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
