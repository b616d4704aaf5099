import ArgumentParser
import CasusApp
import CasusStore
import Foundation
import NCursesBackend
import TerminalUI

/// `casus demo`: a trainer's scenario on a throw-away store, never the user's.
///
/// There is no `--store`: the sandbox is a fresh folder under `$TMPDIR` (mode 0700), filled
/// from the scenario and removed on quit. The real store is not opened; its location is only
/// worked out so that a recording (`:opnemen`) is never written inside it.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Walk a group through a scenario on a temporary store (never your own).",
    discussion: """
      Without NAME: lists the scenarios. With NAME (an id from the list, or a scenario file): \
      opens the app on a fresh temporary store with the scenario's cases, a DEMO banner and \
      the narration panel. --check [NAME] plays every scenario (or one) headless and checks \
      its expectations. --clean removes the temporary stores of demos that were killed.
      """
  )

  @Argument(help: "A scenario id (see the list) or the path of a scenario file.")
  var name: String?

  @Flag(help: "Play the scenarios headless and check every expectation (exit 1 on a failure).")
  var check = false

  @Flag(help: "With --check: print the app's screen after every step (for writing a scenario).")
  var show = false

  @Flag(help: "Remove the temporary stores that demos which were killed left behind.")
  var clean = false

  @Option(name: .long, help: "Interface language: nl (default) or en.")
  var lang: String?

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
  var noColor = false

  var environment: [String: String] { ProcessInfo.processInfo.environment }

  func run() throws {
    if clean {
      let removed = DemoSandbox.cleanStale(environment: environment)
      for path in removed { print("removed \(path)") }
      print("\(removed.count) stale demo folders removed")
      return
    }
    if check { return try runCheck() }
    guard let name else { return list() }
    let scenario = try load(name)
    try open(scenario)
  }

  private func load(_ name: String) throws -> Scenario {
    do {
      return try Scenario.named(name)
    } catch {
      throw CLIError(error.description)
    }
  }

  private func list() {
    let (scenarios, problems) = Scenario.shipped()
    let language = Language.resolve(explicit: lang, environment: environment)
    let width = scenarios.map(\.id.displayWidth).max() ?? 0
    for scenario in scenarios {
      let id = scenario.id + String(repeating: " ", count: max(0, width - scenario.id.displayWidth))
      print(
        "\(id)  \(scenario.title.text(language.rawValue))  "
          + "(\(scenario.steps.count) steps, ~\(scenario.minutes) min)")
    }
    for problem in problems {
      FileHandle.standardError.write(Data("casus: \(Sanitizer.clean(problem.description))\n".utf8))
    }
    print("\ncasus demo NAME opens one; casus demo --check checks them all")
  }

  private func runCheck() throws {
    var scenarios: [Scenario] = []
    var failed = 0
    if let name {
      scenarios = [try load(name)]
    } else {
      let shipped = Scenario.shipped()
      scenarios = shipped.scenarios
      for problem in shipped.problems {
        print("FAIL \(Sanitizer.clean(problem.description))")
        failed += 1
      }
    }
    var passed = 0
    for scenario in scenarios {
      let outcome = DemoCheck.run(scenario, environment: environment) { step, lines in
        guard show else { return }
        print("── \(scenario.id) · step \(step)")
        print(lines.joined(separator: "\n"))
      }
      passed += outcome.passed
      failed += outcome.failures.count
      for failure in outcome.failures { print("FAIL \(Sanitizer.clean(failure.description))") }
    }
    print("\(passed) passed, \(failed) failed (expectations, \(scenarios.count) scenarios)")
    if failed > 0 { throw ExitCode(1) }
  }

  private func open(_ scenario: Scenario) throws {
    let protected = StoreLocation.resolve(explicit: nil, environment: environment).path
    let sandbox: DemoSandbox
    do {
      sandbox = try DemoSandbox.create(environment: environment)
      try sandbox.seed(scenario)
    } catch {
      throw CLIError(error.description)
    }
    defer { sandbox.remove() }
    let store: CaseStore
    do {
      store = try CaseStore(root: sandbox.root)
    } catch {
      throw CLIError("cannot open the demo store: \(error)")
    }
    let colors = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
    let terminal: NCursesTerminal
    do {
      terminal = try NCursesTerminal.open(useColor: colors, logFile: nil)
    } catch {
      FileHandle.standardError.write(Data("casus: \(error)\n".utf8))
      throw ExitCode(2)
    }
    defer { terminal.close() }
    let runner = AppRunner.startDemo(
      scenario, store: store, backend: terminal, environment: .demo(scenario),
      language: Language.resolve(explicit: lang, environment: environment), colors: colors,
      protectedPath: protected)
    runner.run()
  }
}
