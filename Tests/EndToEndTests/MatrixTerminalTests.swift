import Foundation
import TestSupport
import Testing

/// The matrix in the real binary in tmux: two meetmomenten a month apart, the comparison
/// without colour, and the JSON on disk.
@Suite(
  "The matrix in a real terminal (tmux)",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct MatrixTerminalTests {
  static let timeout = 10.0

  /// Today as the app sees it (same clock and time zone as this process), `days` from now.
  static func date(_ days: Int) -> (iso: String, dutch: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let day = calendar.date(byAdding: .day, value: days, to: Date()) ?? Date()
    let c = calendar.dateComponents([.year, .month, .day], from: day)
    let y = c.year ?? 0
    let m = c.month ?? 0
    let d = c.day ?? 0
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return ("\(y)-\(two(m))-\(two(d))", "\(two(d))-\(two(m))-\(y)")
  }

  static let first = [2, 3, 3, 4, 2, 3, 4, 5, 5, 4, 2, 2, 5]
  static let second = [3, 3, 2, 4, 3, 3, 4, 5, 5, 4, 1, 3, 5]
  static let notes = [
    "schulden bij de energie, \"te veel\"", "zoekt werk", "zit veel thuis", "huurwoning",
    "ruzie met zoon Emre", "slaapt slecht", "rugpijn", "geen", "redt zich", "post blijft liggen",
    "buurvrouw Öztürk helpt", "geen vereniging", "geen contact",
  ]

  @Test("score 13 domains with notes, a second meetmoment a month later, compare with NO_COLOR")
  func twoMeetmomenten() throws {
    let store = try TemporaryStore("tmux-matrix")
    let melding = Self.date(-40)
    let created = try runCasus([
      "new", "--store", store.path, "--name", "Cliënt Brouwer-Öztürk", "--question",
      "ik wil graag hulp bij één ding", "--date", melding.iso,
    ])
    try #require(created.status == 0, "\(created)")
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path], width: 80, height: 24,
      env: [
        "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "NO_COLOR": "1",
        "CASUS_USER": "Consulent Öztürk",
      ])
    try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)

    // The first meetmoment, dated a month back, with a note on every domain.
    let monthAgo = Self.date(-30)
    try session.type("m")
    try session.waitFor(text: "0 van 13 gescoord", timeout: Self.timeout)
    try session.type("d")
    try session.type(monthAgo.dutch)
    try session.send("Enter")
    try session.waitFor(text: "Datum: \(monthAgo.dutch)", timeout: Self.timeout)
    try session.type("t4")
    for (i, score) in Self.first.enumerated() {
      try session.type("n")
      try session.type(Self.notes[i])
      try session.send("Enter")
      try session.type(String(score))
      try session.waitFor(text: "\(i + 1) van 13 gescoord", timeout: Self.timeout)
    }
    try session.send("C-s")
    try session.waitFor(text: "Meetmoment 1 van 1", timeout: Self.timeout)
    try session.send("Escape")
    try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)

    // The second meetmoment today, with single keys only: this is the full measurement.
    let keys = ["m"] + Self.second.map(String.init) + ["C-s"]
    #expect(keys.count == 15, "a 13-domain meetmoment takes m, 13 digits and Ctrl-S")
    try session.type("m")
    try session.waitFor(text: "vorige \(monthAgo.dutch)", timeout: Self.timeout)
    try session.type(Self.second.map(String.init).joined())
    try session.waitFor(text: "13 van 13 gescoord", timeout: Self.timeout)
    try session.send("C-s")
    let screen = try session.waitFor(text: "Meetmoment 2 van 2", timeout: Self.timeout)
    func row(_ domain: String) -> String {
      screen.split(separator: "\n").first { $0.contains(domain) }.map(String.init) ?? ""
    }
    #expect(row("Financiën").contains("2       3       +1 ▲     →4    ▂▃ 2 3"), "\(screen)")
    #expect(row("Werk & opleiding").contains("3       3        0 ="), "\(screen)")
    #expect(row("Tijdsbesteding").contains("3       2       -1 ▼"), "\(screen)")
    #expect(row("Sociaal netwerk").contains("2       1 acuut -1 ▼"), "\(screen)")
    #expect(screen.contains("Gedaald sinds het vorige meetmoment: Tijdsbesteding, Sociaal"))
    #expect(screen.contains("ACUUT (niveau 1): Sociaal netwerk"), "\(screen)")
    #expect(screen.contains("vorige \(monthAgo.dutch)"), "\(screen)")
    // NO_COLOR: no colour codes reach the terminal.
    let escapes = try session.capture(escapes: true)
    let colour = escapes.range(
      of: #"\x1B\[([0-9;]*;)?(3[0-7]|4[0-7]|38|48|9[0-7])(;[0-9;]*)?m"#, options: .regularExpression
    )
    #expect(colour == nil, "colour codes with NO_COLOR: \(escapes.debugDescription.prefix(400))")

    try session.send("Escape")
    let list = try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    // Level 1 opened the safety lane: the case is urgent, in words.
    #expect(list.contains("! urgent"), "\(list)")
    try session.type("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)

    // On disk: two meetmomenten, each one matrix.measured event, the exact words.
    let file = try CaseFileJSON(contentsOf: try #require(store.caseFiles().first))
    let measurements = try #require(file.state["measurements"] as? [[String: Any]])
    try #require(measurements.count == 2)
    #expect(measurements.map { $0["date"] as? String } == [monthAgo.iso, Self.date(0).iso])
    #expect(measurements.allSatisfy { $0["definitionID"] as? String == "zrm-2017" })
    #expect(
      measurements.allSatisfy { $0["scoredBy"] as? String == "Consulent Öztürk (consulent)" })
    for (m, expected) in zip(measurements, [Self.first, Self.second]) {
      let scores = (m["scores"] as? [[String: Any]]) ?? []
      #expect(scores.compactMap { $0["score"] as? Int } == expected)
    }
    let firstScores = (measurements[0]["scores"] as? [[String: Any]]) ?? []
    #expect(firstScores.compactMap { $0["note"] as? String } == Self.notes)
    #expect(firstScores.first?["target"] as? Int == 4)
    #expect(file.raw.contains("\"buurvrouw Öztürk helpt\""), "exact UTF-8")
    let types = file.events.compactMap { $0["type"] as? String }
    #expect(types == ["case.opened", "matrix.measured", "matrix.measured", "safety.laneOpened"])
    let check = try runCasus(["check", "--store", store.path])
    #expect(check.status == 0, "\(check)")
  }

  @Test("from the conversation's broad sweep, Ctrl-G scores the matrix and Esc comes back")
  func fromConversation() throws {
    let store = try TemporaryStore("tmux-matrix-gesprek")
    let created = try runCasus([
      "new", "--store", store.path, "--name", "Nguyễn Thị Lan", "--question", "hulp",
    ])
    try #require(created.status == 0, "\(created)")
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path, "--matrix", "haarlemmermeer-5"],
      width: 100, height: 30,
      env: ["SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "CASUS_USER": "Consulent Test"])
    try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    try session.type("g")
    try session.waitFor(text: "Meedoen", timeout: Self.timeout)
    try session.send("C-n", "C-n", "C-n", "C-n")
    try session.waitFor(text: "Hoe gaat het met inkomen?", timeout: Self.timeout)
    try session.type("huurachterstand")
    try session.send("C-g")
    try session.waitFor(text: "▸ Inkomen", timeout: Self.timeout)
    try session.type("2")
    try session.send("C-s")
    try session.waitFor(text: "Ctrl-S nogmaals", timeout: Self.timeout)
    try session.send("C-s")
    try session.waitFor(text: "Meetmoment 1 van 1", timeout: Self.timeout)
    try session.send("Escape")
    try session.waitFor(text: "huurachterstand", timeout: Self.timeout)
    try session.send("Escape")
    try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    try session.type("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)
    let file = try CaseFileJSON(contentsOf: try #require(store.caseFiles().first))
    let measurement = (file.state["measurements"] as? [[String: Any]])?.first
    #expect(measurement?["definitionID"] as? String == "haarlemmermeer-5")
    let conversation = file.state["conversation"] as? [String: Any]
    let notes = conversation?["notes"] as? [String: String]
    #expect(notes?["brede-uitvraag/inkomen"] == "huurachterstand")
  }
}
