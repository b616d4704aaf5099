import Foundation

/// A fresh, empty store folder under the temporary directory, removed when released.
public final class TemporaryStore: Sendable {
  /// The store folder (it exists; `cases/` inside it may not yet).
  public let url: URL

  public init(_ label: String = "store") throws {
    let name = "casus-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
    url = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The store path, for `--store`.
  public var path: String { url.path }

  /// `DIR/cases`.
  public var casesURL: URL { url.appendingPathComponent("cases", isDirectory: true) }

  /// The names of the entries in `cases/` (including hidden ones), sorted; empty if absent.
  public func caseFileNames() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: casesURL.path)) ?? []).sorted()
  }

  /// The `.json` case files in `cases/`, sorted by name.
  public func caseFiles() -> [URL] {
    caseFileNames().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .map { casesURL.appendingPathComponent($0) }
  }
}
