import Foundation
import TestSupport
import Testing

/// `casus rapport`: figures that agree with an independent recount and never hold a name.
@Suite("The monitoring report")
struct RapportTests {
  static let hasRecountTools: Bool = {
    guard let python = SchemaValidator.python else { return false }
    let result = try? Spawn.run(
      python, ["-c", "import dateutil.easter"], environment: CasusBinary.environment())
    return result?.status == 0
  }()

  /// A generated store of `cases` cases on a fixed day.
  private func store(_ cases: Int) throws -> TemporaryStore {
    let store = try TemporaryStore("rapport")
    let made = try runCasus([
      "generate", "--cases", "\(cases)", "--seed", "11", "--today", "2026-12-01",
      "--store", store.path,
    ])
    try #require(made.status == 0, "\(made)")
    return store
  }

  @Test(
    "the JSON figures agree with a recount from export --all --format jsonl",
    .enabled(if: hasRecountTools, "python3 with python-dateutil is needed for the recount"))
  func recount() throws {
    let store = try store(400)
    let jsonl = try runCasus(["export", "--all", "--format", "jsonl", "--store", store.path])
    try #require(jsonl.status == 0, "\(jsonl.stderr)")
    #expect(jsonl.stdout.split(separator: "\n").count == 400)
    let report = try runCasus(["rapport", "--format", "json", "--store", store.path])
    try #require(report.status == 0, "\(report.stderr)")
    let dir = store.url
    try Data(jsonl.stdout.utf8).write(to: dir.appendingPathComponent("cases.jsonl"))
    try Data(report.stdout.utf8).write(to: dir.appendingPathComponent("rapport.json"))
    let today = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    let script = repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Scripts/recount.py")
    let result = try Spawn.run(
      SchemaValidator.python ?? "python3",
      [
        script.path, dir.appendingPathComponent("cases.jsonl").path,
        dir.appendingPathComponent("rapport.json").path, today,
      ],
      environment: CasusBinary.environment())
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("0 mismatches over 400 cases"), "\(result.stdout)")
  }

  @Test("no output of the report, in any format, holds a name from the store; small cells are <5")
  func noNames() throws {
    let store = try store(120)
    let jsonl = try runCasus(["export", "--all", "--format", "jsonl", "--store", store.path])
    var names: Set<String> = []
    for line in jsonl.stdout.split(separator: "\n") {
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let state = object["state"] as? [String: Any]
      else { continue }
      let household = state["household"] as? [String: Any]
      names.insert(household?["name"] as? String ?? "")
      for member in household?["members"] as? [[String: Any]] ?? [] {
        names.insert(member["name"] as? String ?? "")
      }
      for event in object["events"] as? [[String: Any]] ?? [] {
        names.insert(event["actor"] as? String ?? "")
      }
      let network = (state["conversation"] as? [String: Any])?["network"] as? [[String: Any]]
      for person in network ?? [] { names.insert(person["name"] as? String ?? "") }
    }
    names = names.filter { $0.count >= 3 }
    #expect(names.count > 50)
    for format in ["table", "csv", "json"] {
      let report = try runCasus(["rapport", "--format", format, "--store", store.path])
      try #require(report.status == 0, "\(report.stderr)")
      for name in names { #expect(!report.stdout.contains(name), "\(format) shows \(name)") }
    }
    // Every count in the JSON is 0 or at least 5; smaller groups are "<5".
    let json = try runCasus(["rapport", "--format", "json", "--store", store.path])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let figures = object?["figures"] as? [String: [String: Any]] ?? [:]
    var suppressed = 0
    for (figure, rows) in figures {
      for (key, value) in rows {
        if let n = value as? Int { #expect(n == 0 || n >= 5, "\(figure)/\(key) = \(n)") }
        if let group = value as? [String: Any], let of = group["of"] as? Int {
          #expect(of >= 5, "\(figure)/\(key) over \(of) cases")
        }
        if value as? String == "<5" { suppressed += 1 }
      }
    }
    #expect(suppressed > 0, "a store of 120 cases has some small groups")
  }
}
