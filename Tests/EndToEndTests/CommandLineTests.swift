import Foundation
import TestSupport
import Testing

/// The real `casus` binary, run as a child process without a terminal.
@Suite("The casus command line")
struct CommandLineTests {
  /// Runs `casus new` and returns the printed case id.
  private func newCase(
    in store: TemporaryStore, name: String, question: String, extra: [String] = []
  ) throws -> String {
    let result = try runCasus(
      ["new", "--store", store.path, "--name", name, "--question", question] + extra)
    try #require(result.status == 0, "casus new failed: \(result)")
    let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    try #require(id.hasPrefix("C-"), "casus new printed no id: \(result)")
    return id
  }

  /// `casus list --json` decoded with JSONSerialization.
  private func listJSON(_ store: TemporaryStore) throws -> (
    result: Spawn.Result, object: [String: Any]
  ) {
    let result = try runCasus(["list", "--json", "--store", store.path])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return (result, try #require(object, "list --json printed no object: \(result)"))
  }

  @Test("new twice, then list --json shows both cases")
  func newTwiceThenList() throws {
    let store = try TemporaryStore("cli-list")
    let first = try newCase(
      in: store, name: "Anna de Vries", question: "hulp bij schulden",
      extra: ["--born", "1980-03-12"])
    let second = try newCase(
      in: store, name: "Bram Jansen", question: "hulp bij wonen",
      extra: ["--source", "network", "--date", "2026-01-15"])
    #expect(first != second)

    let (result, list) = try listJSON(store)
    #expect(result.status == 0)
    let cases = try #require(list["cases"] as? [[String: Any]])
    #expect(Set(cases.compactMap { $0["id"] as? String }) == [first, second])
    let bram = try #require(cases.first { $0["id"] as? String == second })
    #expect(bram["question"] as? String == "hulp bij wonen")
    #expect(bram["source"] as? String == "network")
    #expect(bram["meldingDate"] as? String == "2026-01-15")
    #expect(bram["phase"] as? String == "melding")
    #expect(bram["revision"] as? Int == 1)
    #expect((list["problems"] as? [Any])?.isEmpty == true)
    #expect(
      store.caseFiles().map(\.lastPathComponent).sorted()
        == ["\(first).json", "\(second).json"].sorted())
  }

  @Test(
    "every case file validates against the published JSON schema",
    .enabled(
      if: SchemaValidator.hasSchema, "docs/schema/case.v2.schema.json is not in this checkout"),
    .enabled(
      if: SchemaValidator.hasJSONSchemaModule,
      "python3 with the jsonschema package is not installed")
  )
  func caseFilesMatchTheSchema() throws {
    let store = try TemporaryStore("cli-schema")
    _ = try newCase(
      in: store, name: "Anna de Vries", question: "hulp bij schulden",
      extra: ["--born", "1980-03-12"])
    _ = try newCase(
      in: store, name: "Nguyễn محمد ትግርኛ", question: "één\nvraag",
      extra: ["--source", "signal", "--date", "2026-02-01"])
    let files = store.caseFiles()
    try #require(files.count == 2, "expected two case files, found \(store.caseFileNames())")
    let report = try SchemaValidator.validate(files)
    #expect(report.status == 0, "schema violations:\n\(report.stdout)\(report.stderr)")
  }

  @Test("a garbage file is named on stderr by list and fails check, while the others still list")
  func garbageFileIsReported() throws {
    let store = try TemporaryStore("cli-garbage")
    let first = try newCase(in: store, name: "Anna de Vries", question: "hulp bij schulden")
    let second = try newCase(in: store, name: "Bram Jansen", question: "hulp bij wonen")
    let bad = "C-ZZZZZZZZ.json"
    try FileManager.default.createDirectory(at: store.casesURL, withIntermediateDirectories: true)
    try Data(#"{"schemaVersion": 1, "id": "C-ZZZZ"#.utf8)
      .write(to: store.casesURL.appendingPathComponent(bad))

    let (result, list) = try listJSON(store)
    #expect(result.status == 0, "list must survive one bad file: \(result)")
    let cases = try #require(list["cases"] as? [[String: Any]])
    #expect(Set(cases.compactMap { $0["id"] as? String }) == [first, second])
    let problems = try #require(list["problems"] as? [[String: Any]])
    #expect(
      problems.contains { ($0["file"] as? String)?.contains(bad) == true }, "problems: \(problems)")
    #expect(result.stderr.contains(bad), "stderr should name the bad file: \(result)")

    let plain = try runCasus(["list", "--store", store.path])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains(first) && plain.stdout.contains(second))
    #expect(plain.stderr.contains(bad))

    let check = try runCasus(["check", "--store", store.path])
    #expect(check.status == 1, "check must fail on a bad file: \(check)")
    let lines = (check.stdout + check.stderr).split(separator: "\n")
    #expect(lines.contains { $0.contains(bad) }, "check should name the bad file: \(check)")
    #expect(
      !lines.contains { $0.contains(first) || $0.contains(second) },
      "good files are not problems: \(check)")
  }

  @Test("check says OK on a healthy store")
  func checkOnHealthyStore() throws {
    let store = try TemporaryStore("cli-check")
    _ = try newCase(in: store, name: "Anna de Vries", question: "hulp bij schulden")
    let check = try runCasus(["check", "--store", store.path])
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.hasPrefix("OK: "), "\(check)")
  }

  @Test("--headless --size 80x24 --keys q exits 0 and prints a 24-line screen")
  func headlessQuit() throws {
    let store = try TemporaryStore("cli-headless")
    let result = try runCasus([
      "--store", store.path, "--headless", "--size", "80x24", "--keys", "q",
    ])
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.screenLines
    #expect(lines.count == 24, "\(result.stdout)")
    #expect(lines.first?.contains("Casus") == true, "\(result.stdout)")
    #expect(result.stdout.contains("Dossiers (0)"))
    #expect(result.stdout.contains("Nog geen dossiers in deze opslag."))
    #expect(
      result.stdout.contains(
        "n nieuw  g gesprek  m meten  l ladder  p plan  / zoek  q stop"))
    #expect(!result.stdout.hasTerminalControls)
  }

  @Test("CASUS_STORE chooses the store like --store")
  func storeFromEnvironment() throws {
    let store = try TemporaryStore("cli-env")
    let result = try runCasus(
      ["--headless", "--size", "80x24", "--keys", "q"], env: ["CASUS_STORE": store.path])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.screenLines.first?.contains(store.path) == true, "\(result.stdout)")
  }

  @Test(
    "without a terminal, casus exits 2 and points to --headless",
    arguments: [["TERM": "xterm"], ["TERM": "dumb"], [:]] as [[String: String]])
  func noTerminal(env: [String: String]) throws {
    let store = try TemporaryStore("cli-notty")
    let result = try runCasus(
      ["--store", store.path], env: env, unset: env.isEmpty ? ["TERM"] : [])
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.contains("--headless"), "\(result)")
    #expect(!result.stderr.contains("Fatal error"), "\(result)")
    #expect(!result.stdout.hasTerminalControls, "no escape codes on a redirected stdout: \(result)")
  }

  static let unicodeNames: [(name: String, question: String)] = [
    ("Cliënt Brouwer-Öztürk", "ik wil graag hulp bij één ding"),
    ("Nguyễn", "ik wil graag hulp bij één ding"),
    ("محمد", "ik wil graag hulp bij één ding"),
    ("ትግርኛ", "ik wil graag hulp bij één ding"),
  ]

  @Test("names and questions round-trip as exact UTF-8", arguments: unicodeNames)
  func unicodeRoundTrip(name: String, question: String) throws {
    let store = try TemporaryStore("cli-utf8")
    let id = try newCase(
      in: store, name: name, question: question, extra: ["--born", "1980-03-12"])

    let file = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    #expect(
      file.raw.contains("\"\(name)\""), "exact UTF-8 in the file, not \\u escapes:\n\(file.raw)")
    #expect(file.raw.contains("\"\(question)\""))
    #expect(Array(file.question?.utf8 ?? "".utf8) == Array(question.utf8))
    #expect(Array((file.members.first?["name"] as? String ?? "").utf8) == Array(name.utf8))

    let (_, list) = try listJSON(store)
    let entry = try #require((list["cases"] as? [[String: Any]])?.first)
    #expect(entry["question"] as? String == question)
    #expect(entry["household"] as? String == name)

    let show = try runCasus(["show", id, "--json", "--store", store.path])
    #expect(show.status == 0, "\(show)")
    #expect(
      show.stdout.contains("\"\(name)\"") && show.stdout.contains("\"\(question)\""), "\(show)")
  }

  @Test(
    "names typed into the form keep their exact characters on the headless screen",
    arguments: unicodeNames)
  func unicodeTypedHeadless(name: String, question: String) throws {
    let store = try TemporaryStore("cli-utf8-typed")
    let result = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30",
      "--keys", "n\(name)<Tab>12-03-1980<Tab><Tab><Tab><Tab>\(question)",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("Nieuwe melding"), "\(result.stdout)")
    #expect(result.stdout.contains(name), "\(result.stdout)")
    #expect(result.stdout.contains(question), "\(result.stdout)")
  }

  @Test("a name with terminal escape sequences is shown without any ESC byte")
  func escapeSequencesAreNeutralised() throws {
    let store = try TemporaryStore("cli-escape")
    let name = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J Name"
    let id = try newCase(in: store, name: name, question: "x\u{1B}[31mred")

    let screen = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30", "--keys", "",
    ])
    #expect(screen.status == 0, "\(screen)")
    #expect(screen.stdout.contains("Evil"), "the case is listed: \(screen.stdout)")
    #expect(screen.stdout.contains("pwned"), "the text is shown, made harmless: \(screen.stdout)")
    #expect(!screen.stdout.hasTerminalControls)

    let list = try runCasus(["list", "--store", store.path])
    #expect(list.stdout.contains(id) && !list.stdout.hasTerminalControls, "\(list)")
    let show = try runCasus(["show", id, "--store", store.path])
    #expect(show.status == 0 && !show.stdout.hasTerminalControls, "\(show)")

    // The file itself keeps the exact name (JSON escapes the control characters).
    let file = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    #expect(file.members.first?["name"] as? String == name)
  }
}
