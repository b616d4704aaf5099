import CasusCore
import Foundation

/// Documents written out of the store for people: `<store>/exports/<name>`.
extension CaseStore {
  var exportsDirectory: URL { root.appendingPathComponent("exports", isDirectory: true) }

  /// Writes one export file atomically (mode 0600) and returns its path relative to the store.
  public func writeExport(named name: String, contents: Data) throws(StoreError) -> String {
    guard !readOnly else { throw .readOnly }
    guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/") else {
      throw .io(path: name, operation: "name the export", reason: "not a plain file name")
    }
    do {
      try fileSystem.makeDirectory(exportsDirectory.path, 0o700)
    } catch {
      throw .io(
        path: exportsDirectory.path, operation: "create directory", reason: error.description)
    }
    // Sealed in an encrypted store like every other store file (`casus unseal` opens it).
    try writeContents(contents, to: exportsDirectory.appendingPathComponent(name))
    return "exports/" + name
  }
}
