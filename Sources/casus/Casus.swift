import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI

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
      ExportCommand.self, CheckCommand.self, ImportCommand.self, MatrixCommand.self,
      RapportCommand.self, CloseCommand.self, ReopenCommand.self, PurgeCommand.self,
      GenerateCommand.self, EncryptCommand.self, PassphraseCommand.self, SealCommand.self,
      UnsealCommand.self, StressCommand.self, DemoCommand.self,
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

  @Option(
    name: .customLong("passphrase-file"),
    help: "A file holding the passphrase of an encrypted store (or $CASUS_PASSPHRASE_FILE).")
  var passphraseFile: String?
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
  ///
  /// An encrypted store is unlocked with the passphrase from `--passphrase-file`,
  /// `CASUS_PASSPHRASE_FILE` or (when `interactive` and stdin is a terminal) a prompt; a wrong
  /// one ends the command before anything is read.
  func open(readOnly: Bool = false, interactive: Bool = true) throws -> CaseStore {
    var key: StoreKey?
    switch CaseStore.encryption(at: root) {
    case .plain: break
    case .interrupted:
      throw CLIError("cannot open the store at \(root.path): \(KeyFileError.interrupted)")
    case .encrypted: key = try unlock(interactive: interactive)
    }
    do {
      return try CaseStore(root: root, readOnly: readOnly || readonly, key: key)
    } catch {
      throw CLIError("cannot open the store at \(root.path): \(error)")
    }
  }

  /// The store key, from the passphrase; three tries at a terminal prompt.
  private func unlock(interactive: Bool) throws -> StoreKey {
    for attempt in 1...3 {
      guard
        let passphrase = try PassphraseInput.obtain(
          file: passphraseFile, environment: environment, interactive: interactive,
          prompt: language.strings.passphrasePrompt(root.path))
      else {
        throw CLIError(
          "the store at \(root.path) is encrypted: give --passphrase-file FILE "
            + "or set CASUS_PASSPHRASE_FILE (never the passphrase itself)")
      }
      do {
        return try CaseStore.unlock(root: root, passphrase: passphrase)
      } catch .wrongPassphrase {
        let fromFile = passphraseFile != nil || environment["CASUS_PASSPHRASE_FILE"] != nil
        if fromFile || attempt == 3 {
          throw CLIError("wrong passphrase for the store at \(root.path); nothing was read")
        }
        FileHandle.standardError.write(Data("casus: \(language.strings.passphraseRetry)\n".utf8))
      } catch {
        throw CLIError("cannot open the store at \(root.path): \(error)")
      }
    }
    throw CLIError("wrong passphrase for the store at \(root.path); nothing was read")
  }

  /// scrypt parameters for a new key: the standard ones, or cheaper ones for tests.
  ///
  /// `CASUS_TEST_SCRYPT_LOGN` (10…16) asks for cheaper ones. That variable weakens the protection and exists only so
  /// that tests of the debug build do not spend seconds in scrypt; real stores never set it.
  var derivation: KeyDerivation { Self.derivation(environment) }

  /// See ``derivation``.
  static func derivation(_ environment: [String: String]) -> KeyDerivation {
    var standard = KeyDerivation.standard()
    if let text = environment["CASUS_TEST_SCRYPT_LOGN"], let logN = Int(text),
      (10...16).contains(logN)
    {
      standard.logN = logN
    }
    return standard
  }

  /// The passphrase of an encrypted store, for commands that change its key file.
  func existingPassphrase() throws -> Passphrase {
    guard
      let passphrase = try PassphraseInput.obtain(
        file: passphraseFile, environment: environment, interactive: true,
        prompt: language.strings.currentPassphrasePrompt)
    else { throw CLIError("give --passphrase-file FILE or set CASUS_PASSPHRASE_FILE") }
    return passphrase
  }

  /// A new passphrase: from the file options, or asked twice on the terminal.
  func newPassphrase(fromEnvironment: Bool = true) throws -> Passphrase {
    if fromEnvironment,
      let given = try PassphraseInput.obtain(
        file: passphraseFile, environment: environment, interactive: false, prompt: "")
    {
      guard given.isStrongEnough else { throw CLIError(KeyFileError.tooShort.description) }
      return given
    }
    guard PassphraseInput.canPrompt,
      let first = PassphraseInput.prompt(language.strings.newPassphrasePrompt).flatMap(
        Passphrase.init)
    else { throw CLIError("give --passphrase-file FILE or set CASUS_PASSPHRASE_FILE") }
    guard first.isStrongEnough else { throw CLIError(KeyFileError.tooShort.description) }
    guard
      PassphraseInput.prompt(language.strings.repeatPassphrasePrompt).flatMap(Passphrase.init)
        == first
    else {
      throw CLIError("the two passphrases differ; nothing was changed")
    }
    return first
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
  /// The message is sanitised: it may quote file names or fields from the disk.
  init(_ description: String) { self.description = Sanitizer.clean(description) }
}
