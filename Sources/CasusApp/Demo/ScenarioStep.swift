import CasusCore
import TerminalUI

/// One step of a scenario: what the trainer says, the keys the demo plays, and what must be
/// true afterwards.
public struct ScenarioStep: Equatable, Sendable {
  /// A few words for the panel and the check's report (`de ladder`).
  public var title: LocalizedText?
  public var narration: LocalizedText
  /// The keys in the headless notation (`l<Enter>w<Space>`); empty for a step that only tells.
  public var keys: String
  /// The keys parsed, in order.
  public var events: [TerminalEvent]
  /// The calendar moves to this day before the keys are played ("vier jaar later").
  public var today: LocalDate?
  public var expect: [ScenarioExpectation]

  public init(
    title: LocalizedText? = nil, narration: LocalizedText, keys: String = "",
    today: LocalDate? = nil, expect: [ScenarioExpectation] = []
  ) throws(KeyNotation.ParseError) {
    self.title = title
    self.narration = narration
    self.keys = keys
    do {
      self.events = try KeyNotation.parse(keys)
    } catch let error as KeyNotation.ParseError {
      throw error
    } catch {
      throw KeyNotation.ParseError(token: keys)
    }
    self.today = today
    self.expect = expect
  }
}

/// Something that must hold after a step's keys were played.
///
/// Case expectations read the case file from the sandbox store on disk, as the group's work
/// was saved; screen expectations read the app's part of the screen (not the narration).
public enum ScenarioExpectation: Equatable, Sendable {
  /// This text is visible on screen (within one line).
  case screen(String)
  /// A field of a case file, by a path into the JSON as written (`state.phase`).
  case field(ScenarioCaseReference, path: String, FieldTest)
  /// The case is in this phase.
  case phase(ScenarioCaseReference, Phase)
  /// The case's history holds an event of this type (exactly `times` of them when given).
  case event(ScenarioCaseReference, type: String, times: Int?)

  /// How a field is compared.
  public enum FieldTest: Equatable, Sendable {
    case equals(JSONValue)
    /// A string that contains this text, or an array that holds this value.
    case contains(JSONValue)
    /// An array or object with this many entries.
    case count(Int)
  }
}

/// Which case an expectation is about: a starting case by id, or any case by household name
/// (cases registered during the demo get an id only then).
public enum ScenarioCaseReference: Equatable, Sendable {
  case id(CaseID)
  case household(String)
}
