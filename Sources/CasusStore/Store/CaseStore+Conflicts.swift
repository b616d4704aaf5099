import CasusCore
import Foundation

/// A version of a case that could not be saved because another copy of the app saved first.
public struct ConflictCopy: Hashable, Sendable {
  /// The file, relative to the store root: `cases/.<id>.conflict-<UTC>.json`.
  public var file: String
  /// The version as it would have been saved (its revision is the one it was based on).
  public var mine: CaseFile

  public init(file: String, mine: CaseFile) {
    self.file = file
    self.mine = mine
  }
}

/// Conflict copies: kept beside the case until the user chooses, never mistaken for a case.
///
/// The name starts with a dot, so the lister skips it like drafts and lock files.
extension CaseStore {
  private static let conflictInfix = ".conflict-"

  /// Writes `file` (a save refused as stale) as a conflict copy and returns its relative path.
  public func saveConflictCopy(_ file: CaseFile, at date: Date) throws(StoreError) -> String {
    guard !readOnly else { throw .readOnly }
    let data = try CaseFileCoding.encode(file)
    let stamp = Self.timestamp(date)
    var name = ".\(file.id.rawValue)\(Self.conflictInfix)\(stamp).json"
    var attempt = 1
    while FileManager.default.fileExists(atPath: casesDirectory.appendingPathComponent(name).path) {
      attempt += 1
      name = ".\(file.id.rawValue)\(Self.conflictInfix)\(stamp)-\(attempt).json"
    }
    try writeContents(data, to: casesDirectory.appendingPathComponent(name))
    return "cases/" + name
  }

  /// Every readable conflict copy, oldest first.
  public func conflictCopies() -> [ConflictCopy] {
    conflictNames().compactMap { name in
      guard let data = try? readContents(casesDirectory.appendingPathComponent(name).path),
        case .current(let file) = CaseFileCoding.decode(data)
      else { return nil }
      return ConflictCopy(file: "cases/" + name, mine: file)
    }
  }

  /// Removes a conflict copy once the user has chosen.
  public func deleteConflictCopy(_ relative: String) throws(StoreError) {
    guard !readOnly else { throw .readOnly }
    let name = String(relative.dropFirst("cases/".count))
    guard relative.hasPrefix("cases/."), name.contains(Self.conflictInfix), !name.contains("/")
    else {
      throw .io(path: relative, operation: "delete", reason: "not a conflict copy")
    }
    do {
      try fileSystem.unlink(casesDirectory.appendingPathComponent(name).path)
    } catch {
      throw .io(path: relative, operation: "delete", reason: error.description)
    }
  }

  /// The names of conflict copies in `cases/`, sorted (the UTC stamp sorts by time).
  func conflictNames() -> [String] {
    hiddenNames().filter {
      $0.hasPrefix(".") && $0.contains(Self.conflictInfix) && $0.hasSuffix(".json")
    }
    .sorted()
  }
}
