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
      AppCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self,
      CheckCommand.self, MatrixCommand.self, ImportCommand.self, RapportCommand.self,
      GenerateCommand.self, StressCommand.self,
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

  @Option(
    name: .customLong("user"),
    help: "Who is working, for the history (default: $CASUS_USER, else the store's settings).")
  var userName: String?

  @Option(help: "The role: consulent, procescoordinator, meerteam or trainer.")
  var role: String?

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

  /// Who is working as `--user`, `--role` and `CASUS_USER` say (`nil` when none is given).
  func preset() throws -> UserPreset? {
    var parsed: UserRole?
    if let role {
      guard let r = UserRole.parse(role) else {
        throw ValidationError(
          "--role must be consulent, procescoordinator, meerteam or trainer, not \(role)")
      }
      parsed = r
    }
    return UserPreset.resolve(user: userName, role: parsed, environment: environment)
  }

  /// The user working on `store`: the command line first, then the store's settings.
  func user(in store: CaseStore) throws -> LocalUser? {
    let preset = try preset()
    let saved = try? store.loadSettings().user
    guard let name = preset?.name ?? saved?.name, !name.isEmpty else { return nil }
    return LocalUser(name: name, role: preset?.role ?? saved?.role ?? .consulent)
  }

  /// The actor every event of this command records; refuses when no one is known, because
  /// every change and every view names who made it.
  func actor(in store: CaseStore) throws -> String {
    guard let user = try user(in: store) else {
      throw CLIError(
        "who is working? Give --user NAME (and --role ROLE), set CASUS_USER, "
          + "or open the app once to choose a name and role")
    }
    return user.actor
  }
}

/// A failure reported on stderr with exit status 1 (2 for usage).
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
