import CasusCore
import Foundation

/// Taking in the cases of another store (another laptop, a backup): nothing is overwritten.
extension CaseStore {
  /// What happened to one case of the other store.
  public enum ImportOutcome: Hashable, Sendable {
    /// New here: copied as it is.
    case added
    /// The same revision and history here already.
    case same
    /// The other store has the same history with more after it: this store moved forward.
    case updated(from: Int, to: Int)
    /// This store's history already contains the other's and more: nothing changed.
    case olderThere
    /// The histories went apart: this store's version stays, the other's is kept as a
    /// conflict copy beside it.
    case conflict(copy: String)
    /// The other store's file could not be read.
    case unreadable(String)
  }

  /// One line of an import: the case (or file) and what happened.
  public struct ImportResult: Hashable, Sendable {
    public var file: String
    public var outcome: ImportOutcome
  }

  /// Takes in every case of `other`; each is compared by revision and history.
  public func importCases(from other: CaseStore, at now: Date) throws(StoreError) -> [ImportResult]
  {
    guard !readOnly else { throw .readOnly }
    let theirs = other.loadAll()
    var out: [ImportResult] = theirs.problems.map {
      ImportResult(file: $0.file, outcome: .unreadable($0.reason))
    }
    for file in theirs.cases.sorted(by: { $0.id < $1.id }) {
      out.append(ImportResult(file: relativePath(of: file.id), outcome: try take(file, at: now)))
    }
    return out
  }

  private func take(_ file: CaseFile, at now: Date) throws(StoreError) -> ImportOutcome {
    let mine: CaseFile
    do {
      mine = try load(file.id)
    } catch .notFound {
      try writeNew(file)
      return .added
    }
    if mine.events == file.events { return .same }
    if file.events.starts(with: mine.events) {
      // Their history is ours plus more: move forward, keeping our revision count honest.
      var next = file
      next.revision = mine.revision
      let saved = try save(next)
      return .updated(from: mine.revision, to: saved.revision)
    }
    if mine.events.starts(with: file.events) { return .olderThere }
    return .conflict(copy: try saveConflictCopy(file, at: now))
  }
}
