import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport

/// A demo on a sandbox in a private `$TMPDIR`, driven key by key as the trainer would.
final class DemoDriver {
  let tmp: TemporaryStore
  let sandbox: DemoSandbox
  let runner: AppRunner<ScriptedBackend>
  let scenario: Scenario

  init(_ id: String, size: Size = Size(width: 120, height: 40), language: Language = .nl)
    throws
  {
    tmp = try TemporaryStore("demo-tmp")
    scenario = try Scenario.named(id)
    sandbox = try DemoSandbox.create(environment: ["TMPDIR": tmp.path])
    try sandbox.seed(scenario)
    runner = AppRunner.startDemo(
      scenario, store: try CaseStore(root: sandbox.root),
      backend: ScriptedBackend(size: size, events: []), environment: .demoCheck(scenario),
      language: language, colors: false)
  }

  deinit { sandbox.remove() }

  /// One key from the trainer, then ticks until the step it started has played.
  func press(_ key: Key) {
    runner.send(.event(.key(key)))
    while runner.state.demo?.isPlaying == true { runner.send(.tick) }
  }

  /// Keys in the headless notation, each as ``press(_:)``.
  func press(_ notation: String) throws {
    for event in try KeyNotation.parse(notation) {
      if case .key(let key) = event { press(key) }
    }
  }

  /// The case file on disk, as JSON.
  func file(_ id: String) -> [String: Any]? {
    let url = sandbox.root.appendingPathComponent("cases/\(id).json")
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// How many events the case file on disk holds.
  func eventCount(_ id: String) -> Int { (file(id)?["events"] as? [Any])?.count ?? 0 }

  var screen: String { render(runner.state).plainText() }
}
