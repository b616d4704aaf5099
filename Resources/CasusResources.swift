import Foundation

/// The versioned data files that ship with Casus: conversation guides, legal clocks, and
/// later matrices, municipality profiles and demo casussen.
///
/// Files are copied into the package's resource bundle; `CASUS_RESOURCES` points at another
/// folder with the same layout (for an organisation's own files, or a moved binary).
public enum CasusResources {
  /// Why a resource could not be read.
  public struct Missing: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "resource not found: \(path)" }
  }

  /// The folder the resources are read from.
  public static var root: URL? {
    if let override = ProcessInfo.processInfo.environment["CASUS_RESOURCES"], !override.isEmpty {
      return URL(fileURLWithPath: override, isDirectory: true)
    }
    return Bundle.module.resourceURL
  }

  /// The bytes of a resource, by its path under `Resources/` (for example
  /// `guides/keukentafel.v1.json`).
  public static func data(_ path: String) throws -> Data {
    guard let root else { throw Missing(path: path) }
    let url = root.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw Missing(path: path)
    }
    return data
  }

  /// The names of the files in a resource folder, sorted.
  public static func files(in folder: String) -> [String] {
    guard let root else { return [] }
    let url = root.appendingPathComponent(folder)
    return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
      .filter { !$0.hasPrefix(".") }.sorted()
  }
}
