import CasusCore
import TerminalUI

/// A demo casus for trainers: fictional starting cases and a script of steps to walk a group
/// through the real screens.
///
/// Process knowledge as data (`Resources/scenarios/<id>.v1.json`, see `docs/scenarios.md`):
/// every step has narration in Dutch and English, the keys to play in the headless key
/// notation, and expectations that `casus demo --check` verifies after the keys, so a scenario
/// that no longer matches the app fails the build.
public struct Scenario: Equatable, Sendable {
  /// The format version this app reads and writes.
  public static let currentVersion = 1

  public var version: Int
  /// Lower-case letters, digits and `-`; the file is `<id>.v<version>.json`.
  public var id: String
  public var title: LocalizedText
  /// What the group should take away.
  public var goal: LocalizedText
  /// Where the story comes from in the source documents.
  public var seeds: [SeedCitation]
  /// Who is working when the demo starts (a step may switch role with `:rol`).
  public var user: LocalUser
  /// The municipality profile of the sandbox (`generiek`, `haarlem`, …).
  public var profile: String
  /// The matrix definition for new meetmomenten, when not the profile's.
  public var matrix: String?
  /// The day the demo starts on; a step may move the calendar on.
  public var today: LocalDate
  /// The terminal size `casus demo --check` plays at.
  public var size: Size
  /// The cases the sandbox holds at the start.
  public var cases: [ScenarioCase]
  public var steps: [ScenarioStep]

  public init(
    version: Int = Scenario.currentVersion, id: String, title: LocalizedText,
    goal: LocalizedText, seeds: [SeedCitation] = [], user: LocalUser, profile: String,
    matrix: String? = nil, today: LocalDate, size: Size = Scenario.defaultSize,
    cases: [ScenarioCase] = [], steps: [ScenarioStep]
  ) {
    self.version = version
    self.id = id
    self.title = title
    self.goal = goal
    self.seeds = seeds
    self.user = user
    self.profile = profile
    self.matrix = matrix
    self.today = today
    self.size = size
    self.cases = cases
    self.steps = steps
  }

  /// The size the check plays at when the file names none: a projector's terminal.
  public static let defaultSize = Size(width: 120, height: 40)
}

/// A place in a source document: the seed file and its lines, with a short quote.
public struct SeedCitation: Equatable, Sendable {
  /// The seed file as `seeds/<name>.txt`.
  public var file: String
  /// `520-530` or `1409`.
  public var lines: String
  public var quote: String?

  public init(file: String, lines: String, quote: String? = nil) {
    self.file = file
    self.lines = lines
    self.quote = quote
  }
}
