import CasusCore

/// `:opnemen`: the keys a trainer types in the sandbox, split into steps, and the cases the
/// sandbox held when the recording began.
public struct DemoRecording: Equatable, Sendable {
  /// The sandbox's cases at the start: the skeleton's starting cases.
  public var cases: [CaseFile]
  /// Finished steps, each its keys in the notation.
  public var steps: [[String]]
  /// The keys of the step being recorded.
  public var current: [String]
  /// Where in ``current`` a `:` command line began (its keys are dropped when it is
  /// `:opnemen …`).
  public var commandStart: Int?
  /// The scenario's day when the recording began, and who was working.
  public var today: LocalDate
  public var user: LocalUser?
  public var profile: String

  public init(cases: [CaseFile], today: LocalDate, user: LocalUser?, profile: String) {
    self.cases = cases
    self.steps = []
    self.current = []
    self.commandStart = nil
    self.today = today
    self.user = user
    self.profile = profile
  }

  /// The steps so far, the one being recorded included when it has keys.
  public var allSteps: [[String]] { current.isEmpty ? steps : steps + [current] }

  /// Closes the step being recorded (`:opnemen volgende`, or after Enter or Esc).
  public mutating func split() {
    if !current.isEmpty { steps.append(current) }
    current = []
    commandStart = nil
  }
}
