// TEMPORARY stub matching the agreed API; removed when the real store lands.
import CasusCore
import Foundation

public struct StoreLocation {
  public static func resolve(explicit: String?, environment: [String: String]) -> URL {
    URL(fileURLWithPath: explicit ?? environment["CASUS_STORE"] ?? "/tmp/casus-stub")
  }
}
public final class CaseStore: @unchecked Sendable {
  public let root: URL
  public let readOnly: Bool
  public init(root: URL, readOnly: Bool = false) throws(StoreError) {
    self.root = root
    self.readOnly = readOnly
  }
  public func loadAll() -> StoreSnapshot { StoreSnapshot(cases: [], readOnlyCases: [], problems: []) }
  public func load(_ id: CaseID) throws(StoreError) -> CaseFile { throw .notFound(id) }
  public func save(_ file: CaseFile) throws(StoreError) -> CaseFile {
    var f = file
    f.revision += 1
    return f
  }
  public func quarantine(file relativePath: String) throws(StoreError) -> URL { root }
  public func check() -> [StoreProblem] { [] }
}
public struct StoreSnapshot: Sendable {
  public var cases: [CaseFile]
  public var readOnlyCases: Set<CaseID>
  public var problems: [StoreProblem]
}
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable { case unreadable, newerVersion, invalid, quarantined }
  public var file: String
  public var kind: Kind
  public var reason: String
  public var description: String { "\(file): \(reason)" }
}
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  case staleRevision(CaseID, expected: Int, onDisk: Int)
  case alreadyExists(CaseID)
  case notFound(CaseID)
  case newerSchema(CaseID, version: Int)
  case unreadable(file: String, reason: String)
  case readOnly
  case io(path: String, operation: String, reason: String)
  public var description: String { "\(self)" }
}
