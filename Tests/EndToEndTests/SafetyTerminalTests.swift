import Foundation
import TestSupport
import Testing

/// The safety lane in the real binary in tmux: a domain scored 1 opens it, the case is urgent
/// in the list and in `casus list --json`, the chain step is on disk; at 80×24 without colour.
@Suite(
  "The safety lane and the ladder in a real terminal (tmux)",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct SafetyTerminalTests {
  static let timeout = 10.0

  @Test("a domain at level 1 opens the safety lane; urgent in the list and in list --json")
  func acuteOpensLane() throws {
    let store = try TemporaryStore("tmux-safety")
    for (name, question) in [
      ("Cliënt Brouwer-Öztürk", "de huur is al maanden niet betaald"),
      ("محمد العلي", "ik zoek werk"),
    ] {
      let created = try runCasus([
        "new", "--store", store.path, "--name", name, "--question", question,
      ])
      try #require(created.status == 0, "\(created)")
    }
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path], width: 80, height: 24,
      env: [
        "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "NO_COLOR": "1",
        "CASUS_USER": "Consulent Öztürk",
      ])
    try session.waitFor(text: "Dossiers (2)", timeout: Self.timeout)
    // Select Brouwer-Öztürk (the list is sorted by melding date, then id).
    let list = try session.capture()
    if !(list.split(separator: "\n").first { $0.contains("▸") }?.contains("Brouwer") ?? false) {
      try session.type("j")
      try session.waitFor(timeout: Self.timeout, "the selection on Brouwer") { screen in
        screen.split(separator: "\n").first { $0.contains("▸") }?.contains("Brouwer") ?? false
      }
    }
    // Financiën 1 (acute), Werk & opleiding 3; the rest not discussed.
    try session.type("m13")
    try session.waitFor(text: "2 van 13 gescoord", timeout: Self.timeout)
    try session.send("C-s")
    try session.waitFor(text: "Ctrl-S nogmaals", timeout: Self.timeout)
    try session.send("C-s")
    try session.waitFor(text: "eiligheidsspoor geopend", timeout: Self.timeout)
    try session.send("Escape")
    let urgent = try session.waitFor(text: "! urgent", timeout: Self.timeout)
    // The list is the left pane: at 80 columns the name is cut, the marker is not.
    let rows = urgent.split(separator: "\n").map { String($0.prefix(36)) }
    let row = rows.first { $0.contains("Cliënt") } ?? ""
    #expect(row.contains("! urgent"), "\(urgent)")
    let other = rows.first { $0.contains("محمد") } ?? ""
    #expect(!other.contains("urgent"), "\(urgent)")
    #expect(urgent.contains("! URGENT: veiligheidsspoor open."))
    // The safety screen: the chain checklist; record the first step.
    try session.type("s")
    try session.waitFor(text: "Keten: datum en uitkomst per stap", timeout: Self.timeout)
    try session.send("Enter")
    try session.waitFor(text: "Uitkomst", timeout: Self.timeout)
    try session.type("besproken; Veilig Thuis om advies gevraagd")
    try session.send("C-s")
    let chain = try session.waitFor(text: "[x] Aandachtsfunctionaris", timeout: Self.timeout)
    #expect(chain.contains("! Veiligheidsspoor open sinds"), "\(chain)")
    // NO_COLOR: no colour codes reach the terminal; the marker is words.
    let escapes = try session.capture(escapes: true)
    let colour = escapes.range(
      of: #"\x1B\[([0-9;]*;)?(3[0-7]|4[0-7]|38|48|9[0-7])(;[0-9;]*)?m"#, options: .regularExpression
    )
    #expect(colour == nil, "colour codes with NO_COLOR")
    try session.send("Escape")
    try session.waitFor(text: "Dossiers (2)", timeout: Self.timeout)
    try session.type("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)

    // On disk: the lane with its source and the chain step.
    let file = try #require(
      try store.caseFiles().map(CaseFileJSON.init).first { $0.raw.contains("Brouwer") })
    let lane = try #require(file.state["safetyLane"] as? [String: Any])
    #expect(lane["source"] as? String == "matrix")
    #expect((lane["reason"] as? String)?.contains("Financiën") == true)
    let steps = lane["steps"] as? [String: [String: Any]]
    #expect(
      steps?["aandachtsfunctionaris"]?["outcome"] as? String
        == "besproken; Veilig Thuis om advies gevraagd")
    let types = file.events.compactMap { $0["type"] as? String }
    #expect(
      types.suffix(3) == ["matrix.measured", "safety.laneOpened", "safety.chainStepRecorded"])

    // casus list --json and the plain list say it too.
    let json = try runCasus(["list", "--json", "--store", store.path])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let cases = try #require(object?["cases"] as? [[String: Any]])
    let brouwer = try #require(
      cases.first { ($0["household"] as? String)?.contains("Brouwer") == true })
    #expect(brouwer["urgent"] as? Bool == true)
    let reasons = brouwer["urgentReasons"] as? [[String: String]]
    #expect(reasons?.first?["source"] == "safetyLane")
    #expect(reasons?.first?["detail"]?.contains("Financiën") == true)
    let calm = try #require(cases.first { ($0["household"] as? String)?.contains("العلي") == true })
    #expect(calm["urgent"] as? Bool == false)
    #expect((calm["urgentReasons"] as? [Any])?.isEmpty == true)
    let plain = try runCasus(["list", "--store", store.path])
    #expect(
      plain.stdout.split(separator: "\n").first { $0.contains("Brouwer") }?.hasSuffix("! urgent")
        == true)
  }

  @Test("the ladder at 80×24: comply or explain in the flow, diacritics in the reasons")
  func ladder() throws {
    let store = try TemporaryStore("tmux-ladder")
    let created = try runCasus(
      [
        "new", "--store", store.path, "--name", "Nguyễn Thị Lan", "--question",
        "ik kan me niet meer wassen",
      ])
    try #require(created.status == 0, "\(created)")
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path], width: 80, height: 24,
      env: [
        "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "NO_COLOR": "1",
        "CASUS_USER": "Consulent Test",
      ])
    try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    try session.type("l")
    try session.waitFor(text: "Hulpvraag toevoegen", timeout: Self.timeout)
    try session.type("basale")
    try session.send("Enter")
    try session.waitFor(text: "Basale ADL · Generiek", timeout: Self.timeout)
    try session.type("jjj/verzorging")
    try session.waitFor(text: "Persoonlijke verzorging en begeleiding thuis", timeout: Self.timeout)
    try session.send("Enter")
    try session.waitFor(text: "Aanvraag ontvangen", timeout: Self.timeout)
    try session.send("C-s")
    try session.waitFor(text: "(1 van 3)", timeout: Self.timeout)
    try session.type("dochter woont in Đà Nẵng")
    try session.send("Enter")
    try session.waitFor(text: "(2 van 3)", timeout: Self.timeout)
    try session.type("vrijwilligers wassen niet")
    try session.send("Enter")
    try session.waitFor(text: "(3 van 3)", timeout: Self.timeout)
    try session.type("wijkteam kan dit niet")
    try session.send("Enter")
    let saved = try session.waitFor(
      text: "De 3 redenen en de hulp zijn opgeslagen.", timeout: Self.timeout)
    #expect(saved.contains("Waarom dit niet volstaat: dochter woont in Đà"), "\(saved)")
    // The cursor sits on the new offer's row.
    let cursor = try session.display("#{cursor_y}")
    let line = saved.split(separator: "\n", omittingEmptySubsequences: false)[Int(cursor) ?? 0]
    #expect(line.contains("▸ • Persoonlijke verzorging"), "cursor on \(line)")
    try session.type("q")
    try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    try session.type("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)
    let file = try CaseFileJSON(contentsOf: try #require(store.caseFiles().first))
    #expect(file.raw.contains("\"dochter woont in Đà Nẵng\""), "exact UTF-8")
  }
}
