import ArgumentParser
import CasusApp
import CasusStore
import Foundation
import NCursesBackend
import TerminalUI

/// `casus` / `casus app`: the terminal app, or its headless twin for tests and scripts.
struct AppCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "app",
    abstract: "Open the app on the store (the default when no subcommand is given).",
    discussion: """
      --headless runs the real app loop without a terminal: it plays --keys and prints the \
      final screen as text. Keys: plain characters, <Enter> <Esc> <Tab> <S-Tab> <BS> <Del> \
      <Up> <Down> <Left> <Right> <Home> <End> <PageUp> <PageDown> <Space> <lt> <F1>…<F12> \
      <C-x> (control keys) <M-x> (Alt) and <Resize 80x24>.
      """
  )

  @OptionGroup var options: StoreOptions

  @Flag(help: "Run without a terminal: play --keys and print the final screen.")
  var headless = false

  @Option(help: "Screen size for --headless, as WIDTHxHEIGHT.")
  var size = "100x30"

  @Option(help: "Keys to play in --headless mode (vim-style notation, see above).")
  var keys = ""

  @Option(
    help: ArgumentHelp(
      "With --headless: write the milliseconds each key took (reduce, render, draw) to FILE.",
      valueName: "FILE"))
  var timing: String?

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
  var noColor = false

  @Option(
    help: ArgumentHelp(
      "The matrix definition for new meetmomenten: a shipped id or a definition file.",
      discussion: "Default: the store setting (casus matrix use), else zrm-2017.",
      valueName: "ID|FILE"))
  var matrix: String?

  @Option(
    name: .customLong("idle-lock"),
    help:
      "Lock the screen after MINUTES without a key press (0: never; default: the store's setting, else 5)."
  )
  var idleLock: Int?

  @Option(
    help: ArgumentHelp(
      "The municipality profile: generiek, haarlem, haarlemmermeer or zoetermeer.",
      discussion: "The store remembers it (settings.json); default: generiek.",
      valueName: "NAME"))
  var profile: String?

  func run() throws {
    if let matrix { try MatrixOption.check(matrix) }
    if let profile { try ProfileOption.remember(profile, options: options) }
    let environment = options.environment
    let colors = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
    let app = AppEnvironment.live(actor: "casus", user: try options.preset())
    if headless {
      guard let screenSize = Size(parsing: size) else {
        throw ValidationError("--size must look like 100x30, not \(size)")
      }
      let events: [TerminalEvent]
      do {
        events = try KeyNotation.parse(keys)
      } catch {
        throw ValidationError("\(error)")
      }
      let store = try options.open(readOnly: options.readonly, interactive: false)
      let runner = AppRunner.start(
        store: store, backend: ScriptedBackend(size: screenSize, events: events),
        environment: app, language: options.language, colors: colors,
        storeDescription: store.root.path, matrix: matrix, profile: profile)
      secure(runner, store)
      var times: [Double] = []
      if timing != nil {
        runner.measure = { duration in
          let c = duration.components
          times.append(Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
        }
      }
      runner.run()
      print(runner.backend.lastScreen?.plainText() ?? "")
      if let timing {
        let text = times.map { String(format: "%.3f", $0) }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: timing))
      }
      Self.exitNow()
    }
    let store = try options.open(readOnly: options.readonly)
    let terminal: NCursesTerminal
    do {
      let log = options.readonly ? nil : store.root.appendingPathComponent("casus.log").path
      terminal = try NCursesTerminal.open(useColor: colors, logFile: log)
    } catch {
      FileHandle.standardError.write(Data("casus: \(error)\n".utf8))
      throw ExitCode(2)
    }
    defer { terminal.close() }
    let runner = AppRunner.start(
      store: store, backend: terminal, environment: app, language: options.language,
      colors: colors, storeDescription: store.root.path, matrix: matrix, profile: profile)
    secure(runner, store)
    runner.run()
    terminal.close()
    Self.exitNow()
  }

  /// Ends the process once everything is written: every save was synced when it was made,
  /// and freeing a state of 100,000 cases one object at a time only delays the shell prompt.
  static func exitNow() -> Never {
    fflush(nil)
    Foundation.exit(0)
  }

  /// The idle lock: `--idle-lock`, else the store's setting, else five minutes; an encrypted
  /// store unlocks with its passphrase, checked against `store.key`.
  private func secure<Backend>(_ runner: AppRunner<Backend>, _ store: CaseStore) {
    let minutes = idleLock ?? (try? store.loadSettings())?.idleLockMinutes
    runner.send(.configureLock(IdleLock.Settings(minutes: minutes, passphrase: store.isEncrypted)))
    let root = store.root
    runner.passphraseCheck = { text in
      guard let passphrase = Passphrase(text) else { return false }
      return (try? CaseStore.unlock(root: root, passphrase: passphrase)) != nil
    }
  }
}
