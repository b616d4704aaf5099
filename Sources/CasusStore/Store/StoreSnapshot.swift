import CasusCore

/// Everything ``CaseStore/loadAll()`` found: the readable cases and what was wrong with the rest.
public struct StoreSnapshot: Sendable {
  /// Readable cases, newest melding date first, then by id.
  public var cases: [CaseFile]
  /// Cases written by a newer version of Casus: show them, never save them.
  public var readOnlyCases: Set<CaseID>
  /// One entry per file that could not be loaded as a normal case.
  public var problems: [StoreProblem]

  public init(
    cases: [CaseFile] = [], readOnlyCases: Set<CaseID> = [], problems: [StoreProblem] = []
  ) {
    self.cases = cases
    self.readOnlyCases = readOnlyCases
    self.problems = problems
  }
}
