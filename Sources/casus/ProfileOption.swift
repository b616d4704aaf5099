import ArgumentParser
import CasusApp
import CasusStore
import Foundation

/// Checking and remembering the `--profile NAME` option.
enum ProfileOption {
  /// Refuses an unknown or broken profile, naming the known ones or the field at fault.
  static func check(_ name: String) throws {
    do {
      _ = try ProcessData.load(profile: name)
    } catch {
      throw ValidationError("--profile: \(error)")
    }
  }

  /// Checks the profile and saves it in the store's settings (unless the store is read-only:
  /// then it holds for this session only).
  static func remember(_ name: String, options: StoreOptions) throws {
    try check(name)
    guard !options.readonly else { return }
    let store = try options.open()
    do {
      var settings = try store.loadSettings()
      guard settings.profile != name else { return }
      settings.profile = name
      try store.saveSettings(settings)
    } catch {
      throw CLIError("\(error)")
    }
  }
}
