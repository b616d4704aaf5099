import Foundation
import Testing

/// A fresh directory under the system temp dir for one test, removed afterwards.
func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("casus-store-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  try body(url)
}

/// Every file and directory under `root` with its bytes (directories map to empty data).
func directoryContents(_ root: URL) -> [String: Data] {
  var out: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: root.path) else { return out }
  while let relative = walker.nextObject() as? String {
    let path = root.appendingPathComponent(relative).path
    out[relative] = FileManager.default.contents(atPath: path) ?? Data()
  }
  return out
}

/// The names in a directory, dotfiles included.
func allNames(in directory: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
}

extension Data {
  /// Whether these bytes contain the exact UTF-8 of `text` (no normalisation, no escapes).
  func containsUTF8(_ text: String) -> Bool { range(of: Data(text.utf8)) != nil }
}
