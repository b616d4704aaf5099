import ArgumentParser
import CasusApp
import CasusStore
import Foundation

/// `casus init`: creates (or opens) a store and sets its municipality profile.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a store, or set up an existing one.",
    discussion: """
      Creates the store folder (mode 0700) with cases/ and quarantine/. --profile sets the \
      municipality profile the store works with (its ladder, sociale kaart, lanes and safety \
      chain): \(ProcessData.shippedProfiles.joined(separator: ", ")).
      """)

  @OptionGroup var options: StoreOptions

  @Option(help: ArgumentHelp("The municipality profile.", valueName: "NAME"))
  var profile: String?

  func run() throws {
    let store = try options.open()
    if let profile { try ProfileOption.remember(profile, options: options) }
    let active = (try? store.loadSettings().profile) ?? nil
    print("store: \(store.root.path)")
    print("profile: \(active ?? ProcessData.defaultProfile)")
  }
}
