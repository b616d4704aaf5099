import ArgumentParser
import CasusApp
import CasusStore
import Foundation

/// `casus init`: creates (or opens) a store, sets its municipality profile, and with
/// `--encrypt` protects it with a passphrase.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a store, or set up an existing one (--profile, --encrypt).",
    discussion: """
      Creates the store folder (mode 0700) with cases/ and quarantine/. --profile sets the \
      municipality profile the store works with (its ladder, sociale kaart, lanes and safety \
      chain): \(ProcessData.shippedProfiles.joined(separator: ", ")). --encrypt protects every \
      file with a key behind a passphrase; the passphrase comes from --passphrase-file FILE, \
      else $CASUS_PASSPHRASE_FILE, else it is asked twice on the terminal. It is never given \
      on the command line itself.
      """)

  @OptionGroup var options: StoreOptions

  @Option(help: ArgumentHelp("The municipality profile.", valueName: "NAME"))
  var profile: String?

  @Flag(help: "Encrypt every file of the store with a key protected by a passphrase.")
  var encrypt = false

  func run() throws {
    if encrypt {
      let passphrase = try options.newPassphrase()
      do {
        let store = try CaseStore.createEncrypted(
          root: options.root, passphrase: passphrase, derivation: options.derivation)
        print("encrypted store ready at \(store.root.path)")
      } catch {
        throw CLIError("cannot encrypt the store at \(options.root.path): \(error)")
      }
    }
    let store = try options.open()
    if let profile { try ProfileOption.remember(profile, options: options) }
    let active = (try? store.loadSettings().profile) ?? nil
    print(
      "store ready at \(store.root.path) (\(store.isEncrypted ? "encrypted" : "not encrypted"))")
    print("profile: \(active ?? ProcessData.defaultProfile)")
  }
}
