import CasusCore

/// The veiligheidsspoor of one case: why it was opened, and the profile's chain checklist
/// with a date and an outcome per step.
public struct SafetyScreen: Equatable {
  public var caseID: CaseID
  /// The highlighted chain step.
  public var row: Int
  /// The form over the screen and what it records.
  public var form: EntryForm?
  public var purpose: SafetyForm?

  public init(caseID: CaseID) {
    self.caseID = caseID
    self.row = 0
    self.form = nil
    self.purpose = nil
  }
}

/// What a form on the safety screen records.
public enum SafetyForm: Equatable, Sendable {
  /// Open the lane by hand (source: the professional).
  case open
  /// Record a chain step's date and outcome.
  case step(String)
  /// Word the reason differently.
  case reason
  /// Close the lane, with the date and why.
  case close
}
