import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// `casus demo --check`: plays a scenario headless through the real runner in a fresh
/// sandbox and checks every expectation after its step.
///
/// Case expectations read the case files the sandbox holds on disk after the step's keys,
/// as the group's work was saved; screen expectations read the app's rows (not the panel).
public enum DemoCheck {
  /// One expectation that did not hold.
  public struct Failure: Equatable, Sendable, CustomStringConvertible {
    public var scenario: String
    /// 1-based, as the panel counts.
    public var step: Int
    public var expectation: String
    public var reason: String

    public var description: String {
      "\(scenario): step \(step): \(expectation): \(reason)"
    }
  }

  /// What one scenario's check found: expectations that held and those that did not.
  public struct Outcome: Equatable, Sendable {
    public var passed: Int
    public var failures: [Failure]
  }

  /// Plays `scenario` in a sandbox under `$TMPDIR` (removed afterwards); `show` sees the
  /// app's rows after each step (`casus demo --check --show`, for writing a scenario).
  public static func run(
    _ scenario: Scenario, environment: [String: String] = ProcessInfo.processInfo.environment,
    show: ((Int, [String]) -> Void)? = nil
  ) -> Outcome {
    let sandbox: DemoSandbox
    do {
      sandbox = try DemoSandbox.create(environment: environment)
      try sandbox.seed(scenario)
    } catch {
      return Outcome(
        passed: 0,
        failures: [
          Failure(scenario: scenario.id, step: 0, expectation: "sandbox", reason: error.description)
        ])
    }
    defer { sandbox.remove() }
    let store: CaseStore
    do {
      store = try CaseStore(root: sandbox.root)
    } catch {
      return Outcome(
        passed: 0,
        failures: [
          Failure(scenario: scenario.id, step: 0, expectation: "sandbox", reason: "\(error)")
        ])
    }
    let runner = AppRunner.startDemo(
      scenario, store: store, backend: ScriptedBackend(size: scenario.size, events: []),
      environment: .demoCheck(scenario), language: .nl, colors: false)
    var outcome = Outcome(passed: 0, failures: [])
    for (index, step) in scenario.steps.enumerated() {
      runner.playNextStep()
      let screen = appText(runner)
      show?(index + 1, screen)
      for expectation in step.expect {
        if let reason = failure(of: expectation, screen: screen, root: sandbox.root) {
          outcome.failures.append(
            Failure(
              scenario: scenario.id, step: index + 1, expectation: expectation.description,
              reason: reason))
        } else {
          outcome.passed += 1
        }
      }
      if runner.quitting {
        let left = scenario.steps.dropFirst(index + 1).reduce(0) { $0 + $1.expect.count }
        if left > 0 {
          outcome.failures.append(
            Failure(
              scenario: scenario.id, step: index + 1, expectation: "the app keeps running",
              reason: "the app quit with \(left) expectations still to check"))
        }
        break
      }
    }
    return outcome
  }

  /// The rows the app draws in (above the narration panel), as text.
  static func appText<Backend>(_ runner: AppRunner<Backend>) -> [String] {
    let screen = render(runner.state)
    let rows = DemoLayout(terminal: screen.size).app.height
    return Array(
      screen.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        .prefix(rows).map(String.init))
  }

  /// Why the expectation does not hold, or `nil` when it does.
  static func failure(of expectation: ScenarioExpectation, screen: [String], root: URL)
    -> String?
  {
    switch expectation {
    case .screen(let text):
      return screen.contains(where: { $0.contains(text) }) ? nil : "not on screen"
    case .field(let reference, let path, let test):
      guard let file = caseJSON(reference, root: root) else { return "no such case on disk" }
      guard let parsed = ScenarioPath(path), let value = parsed.value(in: file) else {
        return "the file has no \(path)"
      }
      return check(test, value)
    case .phase(let reference, let phase):
      guard let file = caseJSON(reference, root: root) else { return "no such case on disk" }
      let found = ScenarioPath("state.phase").flatMap { $0.value(in: file) }
      if found == .string(phase.rawValue) { return nil }
      return "the phase is " + (found.map { JSONText.text($0, indent: 0) } ?? "missing")
    case .event(let reference, let type, let times):
      guard let file = caseJSON(reference, root: root) else { return "no such case on disk" }
      guard case .array(let events)? = ScenarioPath("events").flatMap({ $0.value(in: file) })
      else { return "the file has no events" }
      let n = events.filter { event in
        if case .object(let o) = event, o["type"] == .string(type) { return true }
        return false
      }.count
      if let times { return n == times ? nil : "found \(n) times" }
      return n > 0 ? nil : "no such event"
    }
  }

  private static func check(_ test: ScenarioExpectation.FieldTest, _ value: JSONValue)
    -> String?
  {
    let shown = JSONText.text(value, indent: 0)
    switch test {
    case .equals(let expected):
      return value == expected ? nil : "is \(shown)"
    case .contains(let expected):
      switch (value, expected) {
      case (.string(let s), .string(let part)): return s.contains(part) ? nil : "is \(shown)"
      case (.array(let a), _): return a.contains(expected) ? nil : "does not hold it"
      default: return "is \(shown), not a string or array"
      }
    case .count(let n):
      switch value {
      case .array(let a): return a.count == n ? nil : "has \(a.count)"
      case .object(let o): return o.count == n ? nil : "has \(o.count)"
      default: return "is \(shown), not an array or object"
      }
    }
  }

  /// The case file as written on disk: by id, or the case whose household has this name.
  static func caseJSON(_ reference: ScenarioCaseReference, root: URL) -> JSONValue? {
    let folder = root.appendingPathComponent("cases")
    switch reference {
    case .id(let id):
      return read(folder.appendingPathComponent(id.rawValue + ".json"))
    case .household(let name):
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      let wanted = CaseFilter.fold(name)
      for file in names.sorted() where file.hasSuffix(".json") {
        guard let json = read(folder.appendingPathComponent(file)),
          case .string(let household)? = ScenarioPath("state.household.name").flatMap({
            $0.value(in: json)
          }),
          CaseFilter.fold(household) == wanted
        else { continue }
        return json
      }
      return nil
    }
  }

  private static func read(_ url: URL) -> JSONValue? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return try? JSONValue.parse(data)
  }
}

extension AppEnvironment {
  /// The check's world: the scenario's first day from 09:00 UTC, a second per reading of
  /// the clock, ids from a fixed sequence, so every run plays the same.
  public static func demoCheck(_ scenario: Scenario) -> AppEnvironment {
    let start = TimeInterval(scenario.today.dayNumber) * 86_400 + 9 * 3600
    let ticks = Counter()
    return AppEnvironment(
      now: { Date(timeIntervalSince1970: start + Double(ticks.next())) },
      random: { UInt64(ticks.next()) &* 0x9E37_79B9_7F4A_7C15 }, timeZone: .gmt, actor: "casus")
  }

  /// A trainer's demo: the real clock moved to the scenario's first day (the time of day
  /// keeps running), the local time zone.
  public static func demo(_ scenario: Scenario) -> AppEnvironment {
    let shift = offset(to: scenario.today, in: .current, now: Date())
    return AppEnvironment(
      now: { Date().addingTimeInterval(shift) }, random: { UInt64.random(in: 0...UInt64.max) },
      timeZone: .current, actor: "casus")
  }
}

/// A thread-safe counter for the check's clock and ids.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func next() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
