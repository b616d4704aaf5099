import CasusCore
import CasusStore
import Foundation
import TestSupport
import Testing

/// The matrix on the command line: definitions, the option, the store setting and the export.
@Suite("The matrix on the command line")
struct MatrixCommandLineTests {
  static func day(_ d: Int) -> LocalDate {
    LocalDate(year: 2026, month: 11, day: d) ?? Fixtures.today
  }

  /// Cases measured through the store: several meetmomenten, two definitions, not-discussed
  /// domains, a case without meetmomenten.
  static func measuredStore() throws -> TemporaryStore {
    let store = try TemporaryStore("cli-matrix")
    let casesStore = try CaseStore(root: store.url)
    let zrm = Fixtures.matrix("zrm-2017")
    let old = Fixtures.matrix("zrm-2013")
    let five = Fixtures.matrix("haarlemmermeer-5")
    let plans: [(String, [MatrixMeasurement])] = [
      (
        "C-EEN",
        [
          Fixtures.measurement(zrm, on: day(3), scores: [2, 3, nil, 4], targets: [4]),
          Fixtures.measurement(zrm, on: day(24), scores: [3, 3, 2, 4, 5, 1]),
        ]
      ),
      (
        "C-TWEE",
        [Fixtures.measurement(old, on: day(5), scores: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1])]
      ),
      (
        "C-DRIE",
        [
          Fixtures.measurement(five, on: day(6), scores: [3, 3, 3]),
          Fixtures.measurement(zrm, on: day(6), scores: [4]),
        ]
      ),
      ("C-VIER", []),
    ]
    for (id, measurements) in plans {
      var file = Fixtures.measuredCase(id: id, measurements)
      file.revision = 0
      _ = try casesStore.save(file)
    }
    return store
  }

  @Test(
    "export --matrix --format csv: every score in the case files appears exactly once",
    .enabled(if: SchemaValidator.python != nil, "python3 is needed to read the CSV independently"))
  func csvRoundTrip() throws {
    let store = try Self.measuredStore()
    let result = try runCasus(["export", "--matrix", "--format", "csv", "--store", store.path])
    try #require(result.status == 0, "\(result)")
    #expect(
      result.stdout.hasPrefix(
        "case_id,meetmoment,date,definition_id,definition_version,domain,score,target\r\n"))
    // Python's csv module reads it, independently of our writer.
    let script = """
      import csv, json, sys
      rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
      print(json.dumps(rows))
      """
    let csvFile = store.url.appendingPathComponent("export.csv")
    try Data(result.stdout.utf8).write(to: csvFile)
    let python = try #require(SchemaValidator.python)
    let parsed = try Spawn.run(
      python, ["-c", script, csvFile.path], environment: CasusBinary.environment())
    try #require(parsed.status == 0, "\(parsed)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: String]])
    // The case files, read without our decoder.
    var expected: [String] = []
    for url in store.caseFiles() {
      let file = try CaseFileJSON(contentsOf: url)
      let id = file.object["id"] as? String ?? ""
      for m in (file.state["measurements"] as? [[String: Any]]) ?? [] {
        for s in (m["scores"] as? [[String: Any]]) ?? [] {
          let score = (s["score"] as? Int).map(String.init) ?? ""
          let target = (s["target"] as? Int).map(String.init) ?? ""
          expected.append(
            [
              id, m["date"] as? String ?? "", m["definitionID"] as? String ?? "",
              String(m["definitionVersion"] as? Int ?? 0), s["domain"] as? String ?? "", score,
              target,
            ].joined(separator: "|"))
        }
      }
    }
    let exported = rows.map {
      [
        $0["case_id"], $0["date"], $0["definition_id"], $0["definition_version"], $0["domain"],
        $0["score"], $0["target"],
      ].map { $0 ?? "?" }.joined(separator: "|")
    }
    #expect(expected.count == 13 + 13 + 11 + 5 + 13)
    #expect(exported.sorted() == expected.sorted())
    #expect(Set(exported).count == exported.count, "a row appears twice")
    // Meetmomenten are numbered per case in date order.
    let een = rows.filter { $0["case_id"] == "C-EEN" }
    #expect(Set(een.map { $0["meetmoment"] ?? "" }) == ["1", "2"])
    #expect(een.first?["date"] == "2026-11-03")
    #expect(!rows.contains { $0["case_id"] == "C-VIER" })
  }

  @Test("export without --matrix or with another format is a usage error")
  func exportUsage() throws {
    let store = try TemporaryStore("cli-export-usage")
    let none = try runCasus(["export", "--store", store.path])
    #expect(none.status != 0)
    #expect(none.stderr.contains("--matrix"), "\(none)")
    let md = try runCasus(["export", "--matrix", "--format", "md", "--store", store.path])
    #expect(md.status != 0)
  }

  @Test("an organisation's file with its own descriptor texts loads and is shown while scoring")
  func descriptorsShown() throws {
    let store = try TemporaryStore("cli-matrix-descriptors")
    let shown = try runCasus(["matrix", "show", "zrm-2017"])
    try #require(shown.status == 0, "\(shown)")
    var json = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
    var domains = try #require(json["domains"] as? [[String: Any]])
    var levels = try #require(domains[0]["levels"] as? [[String: Any]])
    levels[4]["descriptor"] = [
      "nl": "Eigen gelicenseerde tekst bij Financiën 5.", "en": "Own text.",
    ]
    domains[0]["levels"] = levels
    json["domains"] = domains
    let file = store.url.appendingPathComponent("eigen-zrm.json")
    try JSONSerialization.data(withJSONObject: json).write(to: file)
    let check = try runCasus(["matrix", "check", file.path])
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.contains("1 descriptor texts"), "\(check)")
    _ = try runCasus(["new", "--store", store.path, "--name", "de Jong", "--question", "hulp"])
    let screen = try runCasus([
      "--store", store.path, "--matrix", file.path, "--headless", "--size", "100x30", "--keys", "m",
    ])
    #expect(screen.status == 0, "\(screen)")
    #expect(
      screen.stdout.contains("Beschrijving: Eigen gelicenseerde tekst bij Financiën 5."),
      "\(screen.stdout)")
  }

  @Test("a malformed definition file is refused, naming the field, by the app and by check")
  func malformedRefused() throws {
    let store = try TemporaryStore("cli-matrix-bad")
    let shown = try runCasus(["matrix", "show", "zrm-2017"])
    var json = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
    var domains = try #require(json["domains"] as? [[String: Any]])
    var levels = try #require(domains[3]["levels"] as? [[String: Any]])
    levels[2]["guidance"] = ["nl": "", "en": "x"]
    domains[3]["levels"] = levels
    json["domains"] = domains
    json["id"] = "eigen"
    let file = store.url.appendingPathComponent("kapot.json")
    try JSONSerialization.data(withJSONObject: json).write(to: file)
    let app = try runCasus([
      "--store", store.path, "--matrix", file.path, "--headless", "--keys", "q",
    ])
    #expect(app.status == 1, "\(app)")
    #expect(app.stderr.contains("domains[3].levels[2].guidance.nl is empty"), "\(app)")
    let check = try runCasus(["matrix", "check", file.path])
    #expect(check.status == 1)
    #expect(
      check.stderr.contains("kapot.json: domains[3].levels[2].guidance.nl is empty"), "\(check)")
    let unknown = try runCasus([
      "--store", store.path, "--matrix", "zrm-2030", "--headless", "--keys", "q",
    ])
    #expect(unknown.stderr.contains("known: haarlemmermeer-5, zrm-2013, zrm-2017"), "\(unknown)")
  }

  @Test("matrix use sets the store's definition; a 13- and an 11-domain case each show their own")
  func useAndCoexist() throws {
    let store = try TemporaryStore("cli-matrix-use")
    let a = try runCasus([
      "new", "--store", store.path, "--name", "Anna de Vries", "--question", "hulp", "--date",
      "2026-11-01",
    ])
    try #require(a.status == 0, "\(a)")
    let use = try runCasus(["matrix", "use", "zrm-2013", "--store", store.path])
    #expect(use.status == 0, "\(use)")
    let list = try runCasus(["matrix", "list", "--store", store.path])
    #expect(list.stdout.contains("* zrm-2013"), "\(list)")
    let scored13 = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30", "--keys", "m23452345234<C-s>",
    ])
    #expect(scored13.stdout.contains("Zelfredzaamheid-Matrix 2013"), "\(scored13.stdout)")
    let b = try runCasus([
      "new", "--store", store.path, "--name", "Bram Jansen", "--question", "hulp", "--date",
      "2026-11-02",
    ])
    try #require(b.status == 0, "\(b)")
    _ = try runCasus(["matrix", "use", "--default", "--store", store.path])
    let scored17 = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30", "--keys", "m2345234523452<C-s>",
    ])
    #expect(scored17.stdout.contains("Meetmoment 1 van 1"), "\(scored17.stdout)")
    #expect(scored17.stdout.contains("Instrumentele ADL"), "\(scored17.stdout)")
    // Back in the list: Bram (newest melding) first, then Anna; each shows its own definition.
    let bram = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30", "--keys", "c",
    ])
    #expect(
      bram.stdout.contains("Voortgang · Zelfredzaamheid-Matrix 2017 · Bram Jansen"),
      "\(bram.stdout)")
    let anna = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30", "--keys", "jc",
    ])
    #expect(
      anna.stdout.contains("Voortgang · Zelfredzaamheid-Matrix 2013 (11 domeinen) · Anna de Vries"),
      "\(anna.stdout)")
    #expect(anna.stdout.contains("Dagbesteding"), "\(anna.stdout)")
    #expect(!anna.stdout.contains("Instrumentele ADL"), "\(anna.stdout)")
    let annaID = a.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let shown = try runCasus(["show", annaID, "--store", store.path])
    #expect(shown.stdout.contains("Meetmomenten:"), "\(shown)")
    #expect(shown.stdout.contains("Zelfredzaamheid-Matrix 2013 (11 domeinen)"), "\(shown)")
    #expect(shown.stdout.contains("dagbesteding 3"), "\(shown)")
  }
}
