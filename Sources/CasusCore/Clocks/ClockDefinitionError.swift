/// Why a legal clock file was refused.
///
/// Each case names the clock (by id, or by position when the id itself is missing) and the
/// field, so whoever edits the JSON can find the mistake; `description` is in English for logs.
public enum ClockDefinitionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not JSON of the expected shape.
  case unreadable(String)
  /// A top-level field is missing or empty (`id`, `version`, `clocks`).
  case invalidSet(field: String)
  /// The clock at a position has no id.
  case missingID(index: Int)
  /// Two clocks share an id.
  case duplicateID(String)
  /// A required field of a clock is missing or empty.
  case missingField(clock: String, field: String)
  /// `law` is not one of the laws the app knows.
  case unknownLaw(clock: String, value: String)
  /// `start` or `stop` is not a date field of a case.
  case unknownField(clock: String, field: String, value: String)
  /// `kind` is neither `deadline` nor `window`.
  case unknownKind(clock: String, value: String)
  /// `duration` has both or neither of `weeks` and `days`.
  case durationUnit(clock: String)
  /// `duration` is zero or negative.
  case nonPositiveDuration(clock: String, value: Int)
  /// `start` and `stop` are the same field, so the clock would stop when it starts.
  case startEqualsStop(clock: String, field: String)

  /// The id of the clock at fault, when the error is about one clock.
  public var clockID: String? {
    switch self {
    case .unreadable, .invalidSet, .missingID: return nil
    case .duplicateID(let clock), .missingField(let clock, _), .unknownLaw(let clock, _),
      .unknownField(let clock, _, _), .unknownKind(let clock, _), .durationUnit(let clock),
      .nonPositiveDuration(let clock, _), .startEqualsStop(let clock, _):
      return clock
    }
  }

  /// The name of the field at fault (`stop`, `label.nl`, `duration`), when there is one.
  public var field: String? {
    switch self {
    case .unreadable: return nil
    case .invalidSet(let field): return field
    case .missingID, .duplicateID: return "id"
    case .missingField(_, let field), .unknownField(_, let field, _): return field
    case .unknownLaw: return "law"
    case .unknownKind: return "kind"
    case .durationUnit, .nonPositiveDuration: return "duration"
    case .startEqualsStop: return "stop"
    }
  }

  public var description: String {
    switch self {
    case .unreadable(let detail):
      return "the legal clock file is not readable JSON: \(detail)"
    case .invalidSet(let field):
      return "the legal clock file needs a non-empty \"\(field)\""
    case .missingID(let index):
      return "clock \(index + 1) has no \"id\""
    case .duplicateID(let clock):
      return "clock \"\(clock)\": field \"id\" is used by more than one clock"
    case .missingField(let clock, let field):
      return "clock \"\(clock)\": field \"\(field)\" is missing or empty"
    case .unknownLaw(let clock, let value):
      return "clock \"\(clock)\": field \"law\" has unknown law \"\(value)\""
    case .unknownField(let clock, let field, let value):
      return "clock \"\(clock)\": field \"\(field)\" names unknown case date \"\(value)\""
    case .unknownKind(let clock, let value):
      return
        "clock \"\(clock)\": field \"kind\" is \"\(value)\", expected \"deadline\" or \"window\""
    case .durationUnit(let clock):
      return "clock \"\(clock)\": field \"duration\" needs exactly one of \"weeks\" or \"days\""
    case .nonPositiveDuration(let clock, let value):
      return "clock \"\(clock)\": field \"duration\" must be positive, not \(value)"
    case .startEqualsStop(let clock, let field):
      return "clock \"\(clock)\": field \"stop\" is \"\(field)\", the same as \"start\""
    }
  }
}
