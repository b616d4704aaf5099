import CasusApp
import CasusCore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// The shipped scenarios load, cite their seeds, and play: `casus demo --check` in a test.
@Suite("Demo scenarios")
struct ScenarioTests {
  static let ids = [
    "achttien", "de-jong", "meer-team", "procescoordinatie", "van-velzen", "veiligheid",
  ]

  @Test("every shipped scenario file loads and is a walk of 8 to 20 steps with seed citations")
  func shippedFilesLoad() throws {
    let (scenarios, problems) = Scenario.shipped()
    #expect(problems.isEmpty, "\(problems)")
    #expect(scenarios.map(\.id).sorted() == Self.ids)
    for scenario in scenarios {
      #expect((8...20).contains(scenario.steps.count), "\(scenario.id)")
      #expect(!scenario.seeds.isEmpty, "\(scenario.id) cites no seed")
      #expect((10...20).contains(scenario.minutes), "\(scenario.id): \(scenario.minutes) min")
      for seed in scenario.seeds {
        #expect(seed.file.hasPrefix("seeds/") && seed.file.hasSuffix(".txt"))
      }
      for (n, step) in scenario.steps.enumerated() {
        #expect(!step.narration.nl.isEmpty && !step.narration.en.isEmpty, "\(scenario.id) \(n)")
      }
      #expect(scenario.steps.contains { !$0.expect.isEmpty }, "\(scenario.id) checks nothing")
    }
  }

  @Test("the check passes every expectation of every shipped scenario", arguments: ids)
  func checkPasses(_ id: String) throws {
    let tmp = try TemporaryStore("demo-check")
    let scenario = try Scenario.named(id)
    let outcome = DemoCheck.run(scenario, environment: ["TMPDIR": tmp.path])
    #expect(outcome.failures.isEmpty, "\(outcome.failures)")
    #expect(outcome.passed == scenario.steps.reduce(0) { $0 + $1.expect.count })
    #expect(outcome.passed >= 8, "\(id) has only \(outcome.passed) expectations")
    let left = try FileManager.default.contentsOfDirectory(atPath: tmp.path)
    #expect(left.isEmpty, "the check left \(left)")
  }

  /// The de-jong file as JSON objects, to break a copy of it.
  private func deJongJSON() throws -> [String: Any] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let data = try Data(
      contentsOf: root.appendingPathComponent("Resources/scenarios/de-jong.v1.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func decode(_ json: [String: Any], file: String = "kopie.json") throws -> Scenario {
    try Scenario.decode(JSONSerialization.data(withJSONObject: json), file: file)
  }

  @Test(
    "a copy with one broken expectation fails, naming the scenario, the step and the expectation")
  func brokenCopyFails() throws {
    var json = try deJongJSON()
    var steps = try #require(json["steps"] as? [[String: Any]])
    steps[3]["expect"] = [["screen", "Meetmoment vastgelegd"], ["screen", "Dit staat nergens"]]
      .map { [$0[0]: $0[1]] }
    var phase = steps[0]["expect"] as? [[String: Any]] ?? []
    phase.append(["case": "C-DEJONG01", "phase": "plan"])
    steps[0]["expect"] = phase
    json["steps"] = steps
    let tmp = try TemporaryStore("demo-broken")
    let outcome = DemoCheck.run(try decode(json), environment: ["TMPDIR": tmp.path])
    #expect(outcome.failures.count == 2, "\(outcome.failures)")
    let texts = outcome.failures.map(\.description)
    #expect(
      texts.contains("de-jong: step 4: screen \"Dit staat nergens\": not on screen"), "\(texts)")
    #expect(
      texts.contains("de-jong: step 1: case C-DEJONG01 phase plan: the phase is \"melding\""),
      "\(texts)")
    #expect(outcome.passed > 0)
  }

  @Test("a field expectation on a case made during the demo is found by its household")
  func householdReference() throws {
    var json = try deJongJSON()
    var steps = try #require(json["steps"] as? [[String: Any]])
    steps[0]["keys"] = "nKees Mol<Tab><Tab><Tab><Tab><Tab>hulp bij de tuin<C-s>"
    steps[0]["expect"] = [
      ["household": "kees mol", "path": "state.question", "equals": "hulp bij de tuin"],
      ["household": "Kees Mol", "event": "case.opened", "times": 1],
      ["household": "Niemand", "phase": "melding"],
    ]
    json["steps"] = Array(steps.prefix(1))
    let tmp = try TemporaryStore("demo-household")
    let outcome = DemoCheck.run(try decode(json), environment: ["TMPDIR": tmp.path])
    #expect(outcome.passed == 2, "\(outcome.failures)")
    #expect(outcome.failures.map(\.reason) == ["no such case on disk"])
  }

  @Test(
    "refusals name the file and the field",
    arguments: [
      ("steps[2].expect[0].event", #"{"case": "C-DEJONG01", "event": "bestaat.niet"}"#),
      ("steps[2].expect[0].case", #"{"case": "C-ANDERS01", "phase": "melding"}"#),
      ("steps[2].expect[0].path", #"{"case": "C-DEJONG01", "path": "state..x", "equals": 1}"#),
      ("steps[2].expect[0]", #"{"case": "C-DEJONG01", "path": "state.phase"}"#),
      ("steps[2].expect[0].phase", #"{"case": "C-DEJONG01", "phase": "ergens"}"#),
      ("steps[2].expect[0].scherm", #"{"scherm": "De Jong"}"#),
    ])
  func refusals(_ field: String, _ expectation: String) throws {
    var json = try deJongJSON()
    var steps = try #require(json["steps"] as? [[String: Any]])
    steps[2]["expect"] = [try JSONSerialization.jsonObject(with: Data(expectation.utf8))]
    json["steps"] = steps
    #expect(throws: ScenarioError.self) { try decode(json) }
    do {
      _ = try decode(json)
    } catch let error as ScenarioError {
      #expect(error.file == "kopie.json")
      #expect(error.field == field, "\(error)")
    }
  }

  @Test("unknown keys, a missing narration, a bad profile and an early date are refused")
  func moreRefusals() throws {
    let cases: [(String, (inout [String: Any]) -> Void)] = [
      ("steps[0].keys", { j in Self.setStep(&j, 0, "keys", "<Bestaat>") }),
      ("steps[1].narration", { j in Self.setStep(&j, 1, "narration", nil) }),
      ("profile", { j in j["profile"] = "amsterdam" }),
      ("steps[8].today", { j in Self.setStep(&j, 8, "today", "2012-01-01") }),
      ("versie", { j in j["versie"] = 1 }),
      ("steps", { j in j["steps"] = [] }),
    ]
    for (field, change) in cases {
      var json = try deJongJSON()
      change(&json)
      do {
        _ = try decode(json)
        Issue.record("\(field) was accepted")
      } catch let error as ScenarioError {
        #expect(error.field == field, "\(error)")
      }
    }
  }

  private static func setStep(_ json: inout [String: Any], _ n: Int, _ key: String, _ value: Any?) {
    guard var steps = json["steps"] as? [[String: Any]] else { return }
    steps[n][key] = value
    json["steps"] = steps
  }

  @Test("an unknown name lists the shipped scenarios")
  func unknownName() {
    #expect(throws: ScenarioError.self) { try Scenario.named("mevrouw-jansen") }
    do {
      _ = try Scenario.named("mevrouw-jansen")
    } catch {
      #expect(error.description.contains("de-jong, meer-team"), "\(error)")
    }
  }
}
