/// One thing wrong with one file in the store, as `casus check` and the app report it.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
  /// What sort of problem it is.
  public enum Kind: String, Hashable, Sendable {
    /// Not JSON, or JSON that does not decode as a case file.
    case unreadable
    /// Written by a newer version of Casus: shown read-only, never rewritten.
    case newerVersion
    /// Decodes, but breaks a rule: file name and id differ, or ``CaseFile/problems()``.
    case invalid
    /// A file set aside in `quarantine/`.
    case quarantined
    /// A conflict copy: a version saved by one copy of the app while another had saved first.
    case conflict
  }

  /// The path relative to the store root, for example `cases/C-1234.json`.
  public var file: String
  public var kind: Kind
  /// Plain English, naming the field where that is known.
  public var reason: String

  public init(file: String, kind: Kind, reason: String) {
    self.file = file
    self.kind = kind
    self.reason = reason
  }

  public var description: String { "\(file): \(kind.rawValue): \(reason)" }
}
