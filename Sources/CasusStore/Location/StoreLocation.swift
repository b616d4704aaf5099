import Foundation

/// Where the store lives on this machine.
public struct StoreLocation {
  /// The store directory: `--store DIR` wins, then `CASUS_STORE`, then `$XDG_DATA_HOME/casus`,
  /// else `~/.local/share/casus`.
  ///
  /// Empty values count as unset. A relative `XDG_DATA_HOME` is ignored, as the XDG spec says.
  /// A leading `~/` is expanded with `HOME` from `environment` (a quoted `--store "~/x"`
  /// reaches us unexpanded).
  public static func resolve(explicit: String?, environment: [String: String]) -> URL {
    let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    func url(_ path: String) -> URL {
      var path = path
      if path == "~" {
        path = home
      } else if path.hasPrefix("~/") {
        path = home + path.dropFirst(1)
      }
      return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }
    if let dir = nonEmpty(explicit) { return url(dir) }
    if let dir = nonEmpty(environment["CASUS_STORE"]) { return url(dir) }
    if let data = nonEmpty(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
      return url(data).appendingPathComponent("casus", isDirectory: true)
    }
    return url(home).appendingPathComponent(".local/share/casus", isDirectory: true)
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }
}
