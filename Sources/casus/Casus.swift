import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation

/// `casus`: the terminal app, and the command line around the same store.
@main
struct Casus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "casus",
    abstract: "Casework for the Dutch social domain: melding, keukentafelgesprek, plan, handover.",
    discussion: """
      Without a subcommand, opens the app on the store. The store is --store DIR, else \
      $CASUS_STORE, else $XDG_DATA_HOME/casus, else ~/.local/share/casus.
      """,
    subcommands: [
      AppCommand.self, InitCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self,
      ExportCommand.self,
      CheckCommand.self, MatrixCommand.self, StressCommand.self,
    ],
    defaultSubcommand: AppCommand.self
  )
}

/// Options every subcommand shares.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The store folder (default: $CASUS_STORE, $XDG_DATA_HOME/casus, ~/.local/share/casus).")
  var store: String?

  @Option(name: .long, help: "Interface language: nl (default) or en.")
  var lang: String?

  @Flag(help: "Open the store read-only: nothing is changed or written.")
  var readonly = false

  var environment: [String: String] { ProcessInfo.processInfo.environment }

  var root: URL { StoreLocation.resolve(explicit: store, environment: environment) }

  var language: Language { Language.resolve(explicit: lang, environment: environment) }

  /// Opens the store, turning a failure into a clean exit with the reason.
  func open(readOnly: Bool = false) throws -> CaseStore {
    do {
      return try CaseStore(root: root, readOnly: readOnly || readonly)
    } catch {
      throw CLIError("cannot open the store at \(root.path): \(error)")
    }
  }

  /// Who is working, for the events' actor (the local user until roles exist).
  var actor: String {
    let name = environment["CASUS_USER"] ?? environment["USER"] ?? environment["LOGNAME"] ?? ""
    return name.isEmpty ? "casus" : name
  }
}

/// A failure reported on stderr with exit status 1 (2 for usage).
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
