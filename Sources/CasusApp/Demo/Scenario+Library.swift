import CasusResources
import Foundation

extension Scenario {
  /// The shipped scenario files (`scenarios/<id>.v1.json`), sorted by name.
  public static var shippedFiles: [String] {
    CasusResources.files(in: "scenarios").filter { $0.hasSuffix(".json") }
      .map { "scenarios/" + $0 }
  }

  /// Every shipped scenario that loads, and the refusal of each one that does not.
  public static func shipped() -> (scenarios: [Scenario], problems: [ScenarioError]) {
    var scenarios: [Scenario] = []
    var problems: [ScenarioError] = []
    for file in shippedFiles {
      do {
        scenarios.append(try load(resource: file))
      } catch {
        problems.append(error)
      }
    }
    return (scenarios, problems)
  }

  /// A shipped scenario file by its path under `Resources/`.
  public static func load(resource file: String) throws(ScenarioError) -> Scenario {
    let data: Data
    do {
      data = try CasusResources.data(file)
    } catch {
      throw ScenarioError(file: file, field: "", reason: "not found")
    }
    let scenario = try decode(data, file: file)
    let expected = "scenarios/\(scenario.id).v\(scenario.version).json"
    guard file == expected else {
      throw ScenarioError(file: file, field: "id", reason: "the file should be \(expected)")
    }
    return scenario
  }

  /// `name`: a shipped scenario's id (`de-jong`), or the path of a scenario file (one a
  /// trainer wrote or recorded with `:opnemen`).
  public static func named(_ name: String) throws(ScenarioError) -> Scenario {
    if name.contains("/") || name.hasSuffix(".json") {
      guard let data = FileManager.default.contents(atPath: name) else {
        throw ScenarioError(file: name, field: "", reason: "cannot be read")
      }
      return try decode(data, file: name)
    }
    guard Scenario.isIdentifier(name) else {
      throw ScenarioError(field: "", reason: "no scenario \"\(name)\"")
    }
    let file = "scenarios/\(name).v\(currentVersion).json"
    guard shippedFiles.contains(file) else {
      let ids = shippedFiles.map { String($0.dropFirst(10).dropLast(8)) }
      throw ScenarioError(
        field: "", reason: "no scenario \"\(name)\"; choose one of \(ids.joined(separator: ", "))")
    }
    return try load(resource: file)
  }

  /// About how long a group takes, in minutes: reading each step's narration aloud (about
  /// two words a second), then some forty-five seconds to look and talk, plus the typing.
  public var minutes: Int {
    let seconds = steps.reduce(0.0) { total, step in
      let words = step.narration.nl.split(whereSeparator: \.isWhitespace).count
      return total + Double(words) / 2 + 45 + Double(step.events.count) * 0.07
    }
    return Int((seconds / 60).rounded(.up))
  }
}
