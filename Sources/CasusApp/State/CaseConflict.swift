import CasusCore

/// A save that another copy of the app beat: my version, kept until the user chooses.
public struct CaseConflict: Equatable, Sendable {
  /// The case as this copy would have saved it (based on an older revision).
  public var mine: CaseFile
  /// The conflict copy on disk (relative to the store), `nil` if it could not be written.
  public var copy: String?

  public init(mine: CaseFile, copy: String?) {
    self.mine = mine
    self.copy = copy
  }

  public var id: CaseID { mine.id }
}
