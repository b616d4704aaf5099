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

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
  var noColor = false

  @Option(
    help: ArgumentHelp(
      "The matrix definition for new meetmomenten: a shipped id or a definition file.",
      discussion: "Default: the store setting (casus matrix use), else zrm-2017.",
      valueName: "ID|FILE"))
  var matrix: String?

  func run() throws {
    if let matrix { try MatrixOption.check(matrix) }
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
      let store = try options.open(readOnly: options.readonly)
      let runner = AppRunner.start(
        store: store, backend: ScriptedBackend(size: screenSize, events: events),
        environment: app, language: options.language, colors: colors,
        storeDescription: store.root.path, matrix: matrix)
      runner.run()
      print(runner.backend.lastScreen?.plainText() ?? "")
      return
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
      colors: colors, storeDescription: store.root.path, matrix: matrix)
    runner.run()
  }
}
