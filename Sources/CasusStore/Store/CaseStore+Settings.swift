import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The store's own settings file, `<store>/settings.json`.
extension CaseStore {
  var settingsURL: URL { root.appendingPathComponent("settings.json", isDirectory: false) }

  /// The store's settings; empty settings when the file does not exist.
  ///
  /// A damaged file is an error (it names the file), never silently replaced by defaults.
  public func loadSettings() throws(StoreError) -> StoreSettings {
    let data: Data
    do {
      data = try readContents(settingsURL.path)
    } catch {
      if error.isMissing { return StoreSettings() }
      if case .seal = error { throw .unreadable(file: "settings.json", reason: error.reason) }
      throw .io(path: settingsURL.path, operation: "read", reason: error.reason)
    }
    do {
      return try JSONDecoder().decode(StoreSettings.self, from: data)
    } catch {
      throw .unreadable(
        file: "settings.json", reason: CaseFileCoding.describe(error, data: data))
    }
  }

  /// Writes the settings atomically (temporary file, fsync, rename, fsync the folder).
  public func saveSettings(_ settings: StoreSettings) throws(StoreError) {
    guard !readOnly else { throw .readOnly }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data: Data
    do {
      data = try encoder.encode(settings)
    } catch {
      throw .io(path: settingsURL.path, operation: "encode", reason: "\(error)")
    }
    data.append(0x0A)
    try writeContents(data, to: settingsURL)
  }
}
