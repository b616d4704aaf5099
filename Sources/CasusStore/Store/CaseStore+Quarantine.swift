import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Setting unreadable files aside, so they are kept for repair but no longer in the way.
extension CaseStore {
  /// Moves an unreadable case file into `quarantine/` (name + UTC timestamp suffix, for example
  /// `C-1234.json.20261118T101010Z`) and returns its new URL.
  ///
  /// `relativePath` is a file directly in `cases/`, as a ``StoreProblem`` names it. A file
  /// from a newer version of Casus is refused with `.newerSchema`: it is not broken, this
  /// version is just too old to write it. The suffix keeps the name from ending in `.json`.
  public func quarantine(file relativePath: String) throws(StoreError) -> URL {
    guard !readOnly else { throw .readOnly }
    let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0] == "cases", !parts[1].isEmpty, !parts[1].hasPrefix(".")
    else {
      throw .io(
        path: relativePath, operation: "quarantine",
        reason: "only a file directly in cases/ can be quarantined")
    }
    let name = String(parts[1])
    let id = Self.caseID(fileName: name)
    let lock = try id.map { id throws(StoreError) in try self.lock(id) }
    defer { lock.map(unlock) }
    let source = casesDirectory.appendingPathComponent(name).path
    if let id, let data = try? readContents(source),
      case .newer(let version, _, _) = CaseFileCoding.decode(data)
    {
      throw .newerSchema(id, version: version)
    }
    let stamp = Self.timestamp(Date())
    var target = quarantineDirectory.appendingPathComponent("\(name).\(stamp)")
    var attempt = 1
    while FileManager.default.fileExists(atPath: target.path) {
      attempt += 1
      target = quarantineDirectory.appendingPathComponent("\(name).\(stamp)-\(attempt)")
    }
    do {
      try fileSystem.rename(source, target.path)
    } catch {
      throw .io(path: source, operation: "move to quarantine", reason: error.description)
    }
    try syncDirectory(quarantineDirectory.path)
    try syncDirectory(casesDirectory.path)
    return target
  }

  /// `20261118T101010Z`: sortable, and free of `:` for file systems that refuse it.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date).filter { $0 != "-" && $0 != ":" }
  }
}
