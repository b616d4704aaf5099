import CasusCore
import CasusResources
import Foundation
import TerminalUI

extension Scenario {
  /// Reads and validates a scenario file; every refusal names the field (and `file`).
  public static func decode(_ data: Data, file: String? = nil) throws(ScenarioError) -> Scenario {
    do throws(ScenarioError) {
      let json: JSONValue
      do {
        json = try JSONValue.parse(data)
      } catch {
        throw ScenarioError(field: "", reason: error.description)
      }
      return try decode(ScenarioReader(json))
    } catch {
      throw file.map(error.inFile) ?? error
    }
  }

  static let fields: Set<String> = [
    "version", "id", "title", "goal", "seeds", "user", "profile", "matrix", "today", "size",
    "cases", "steps",
  ]

  private static func decode(_ r: ScenarioReader) throws(ScenarioError) -> Scenario {
    try r.only(fields)
    let versionField = try r.required("version")
    let version = try versionField.int()
    guard version == currentVersion else {
      throw versionField.fail("version \(version) is not one this Casus reads (\(currentVersion))")
    }
    let idField = try r.required("id")
    let id = try idField.text()
    guard isIdentifier(id) else {
      throw idField.fail("\"\(id)\" must be lower-case letters, digits and -")
    }
    let profileField = try r.required("profile")
    let profile = try profileField.text()
    let known = ProcessData.shippedProfiles
    guard known.contains(profile) else {
      throw profileField.fail(
        "unknown profile \"\(profile)\"; choose one of \(known.joined(separator: ", "))")
    }
    var matrix: String?
    if let field = try r.optional("matrix") {
      let text = try field.text()
      guard MatrixChoice.shipped().library.latest(text) != nil else {
        throw field.fail("unknown matrix definition \"\(text)\"")
      }
      matrix = text
    }
    var size = defaultSize
    if let field = try r.optional("size") {
      guard let parsed = Size(parsing: try field.text()), parsed.width >= 80, parsed.height >= 24
      else { throw field.fail("must be WIDTHxHEIGHT, at least 80x24") }
      size = parsed
    }
    let today = try r.required("today").date()
    let cases = try startingCases(r.required("cases"))
    let stepsField = try r.required("steps")
    var steps: [ScenarioStep] = []
    var day = today
    for step in try stepsField.array() {
      let next = try decodeStep(step, cases: cases, from: day)
      day = next.today ?? day
      steps.append(next)
    }
    if steps.isEmpty { throw stepsField.fail("a scenario needs at least one step") }
    return Scenario(
      version: version, id: id, title: try r.required("title").localized(),
      goal: try r.required("goal").localized(),
      seeds: try (r.optional("seeds")?.array() ?? []).map(seed),
      user: try user(r.required("user")), profile: profile, matrix: matrix, today: today,
      size: size, cases: cases, steps: steps)
  }

  static func isIdentifier(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-"
      }
  }

  private static func seed(_ r: ScenarioReader) throws(ScenarioError) -> SeedCitation {
    try r.only(["file", "lines", "quote"])
    let fileField = try r.required("file")
    let file = try fileField.text()
    guard file.hasPrefix("seeds/"), file.hasSuffix(".txt"), !file.contains("..") else {
      throw fileField.fail("must name a seed file as seeds/<name>.txt")
    }
    let linesField = try r.required("lines")
    let lines = try linesField.text()
    let numbers = lines.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard (1...2).contains(numbers.count), numbers.allSatisfy({ ($0 ?? 0) > 0 }),
      numbers.count == 1 || (numbers[0] ?? 0) <= (numbers[1] ?? 0)
    else { throw linesField.fail("must be a line or a range of lines: 520 or 520-530") }
    return SeedCitation(file: file, lines: lines, quote: try r.optional("quote")?.text())
  }

  private static func user(_ r: ScenarioReader) throws(ScenarioError) -> LocalUser {
    try r.only(["name", "role"])
    let roleField = try r.required("role")
    let word = try roleField.text()
    guard let role = UserRole.parse(word) else {
      throw roleField.fail("must be consulent, procescoordinator, meerteam or trainer")
    }
    return LocalUser(name: try r.required("name").text(), role: role)
  }

  private static func startingCases(_ r: ScenarioReader) throws(ScenarioError) -> [ScenarioCase] {
    var out: [ScenarioCase] = []
    for entry in try r.array() {
      try entry.only(["id", "events"])
      let idField = try entry.required("id")
      guard let id = CaseID(try idField.text()) else {
        throw idField.fail("is not a case id (letters, digits, - and _)")
      }
      if out.contains(where: { $0.id == id }) { throw idField.fail("\(id) is used twice") }
      let eventsField = try entry.required("events")
      let raw = try eventsField.array()
      if raw.isEmpty { throw eventsField.fail("a case needs at least its case.opened event") }
      var events: [CaseEvent] = []
      for e in raw {
        try e.only(["seq", "at", "actor", "type", "payload", "prev"])
        let atField = try e.required("at")
        guard let at = JSONValueDecoder.date(try atField.string()) else {
          throw atField.fail("must be a moment as 2013-05-21T09:30:00Z")
        }
        if let last = events.last, at < last.at {
          throw atField.fail("is before the event above it")
        }
        let typeField = try e.required("type")
        let type = try typeField.text()
        guard CaseEventType.all.contains(type) else {
          throw typeField.fail("unknown event type \"\(type)\"")
        }
        events.append(
          CaseEvent(
            seq: events.count + 1, at: at, actor: try e.required("actor").text(), type: type,
            payload: try e.required("payload").value))
      }
      do {
        out.append(try ScenarioCase(id: id, events: events))
      } catch {
        throw ScenarioError(
          field: "\(eventsField.path)[\(max(0, error.seq - 1))]", reason: error.reason)
      }
      if out.last?.file.state.household.name.isEmpty ?? true {
        throw eventsField.fail("the household has no name")
      }
    }
    return out
  }

  private static func decodeStep(
    _ r: ScenarioReader, cases: [ScenarioCase], from day: LocalDate
  ) throws(ScenarioError) -> ScenarioStep {
    try r.only(["title", "narration", "keys", "today", "expect"])
    let keysField = try r.optional("keys")
    let keys = try keysField?.string() ?? ""
    var date: LocalDate?
    if let field = try r.optional("today") {
      let d = try field.date()
      if d < day { throw field.fail("\(d) is before the day the demo is on (\(day))") }
      date = d
    }
    let expect = try (r.optional("expect")?.array() ?? []).map { e throws(ScenarioError) in
      try expectation(e, cases: cases)
    }
    let title = try r.optional("title")?.localized()
    let narration = try r.required("narration").localized()
    let step: ScenarioStep
    do throws(KeyNotation.ParseError) {
      step = try ScenarioStep(
        title: title, narration: narration, keys: keys, today: date, expect: expect)
    } catch {
      throw (keysField ?? r).fail(
        "unknown key \(error.token) (see the key notation in docs/scenarios.md)")
    }
    if step.events.contains(where: { if case .resize = $0 { true } else { false } }) {
      throw (keysField ?? r).fail("a step cannot resize the trainer's terminal")
    }
    return step
  }
}
