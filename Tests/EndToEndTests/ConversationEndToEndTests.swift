import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The keukentafelgesprek in the real binary: typing, skipping, quitting mid-sentence,
/// `kill -9`, and the verslag on the command line.
@Suite(
  "The keukentafelgesprek end to end",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct ConversationEndToEndTests {
  static let timeout = 10.0

  /// A store with one registered case; returns its id.
  private func newCase(_ store: TemporaryStore) throws -> String {
    let result = try runCasus([
      "new", "--store", store.path, "--name", "Cliënt Brouwer-Öztürk",
      "--question", "ik wil graag hulp bij één ding", "--date", "2026-11-20",
    ])
    try #require(result.status == 0, "\(result)")
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private func start(_ store: TemporaryStore) throws -> TmuxSession {
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path], width: 100, height: 30,
      env: ["SWIFT_BACKTRACE": "interactive=no", "CASUS_USER": "Consulent Jansen"])
    try session.waitFor(text: "Dossiers", timeout: Self.timeout)
    return session
  }

  /// The pid of the program running in the pane (a child of the wrapper shell).
  private func programPID(_ session: TmuxSession) throws -> pid_t {
    let shell = try session.display("#{pane_pid}")
    let result = try Spawn.run("/usr/bin/pgrep", ["-P", shell], environment: [:])
    let pid = result.stdout.split(separator: "\n").first.flatMap { pid_t($0) }
    return try #require(pid, "no child of pane \(shell): \(result)")
  }

  /// The text of every page, as typed in the walk below.
  static func page(_ n: Int) -> String { "Stap \(n): één cliënt zegt „het gaat wél” (Öztürk)." }

  @Test("walk all steps, skip one and return, quit mid-paragraph: the draft comes back intact")
  func walkQuitAndRecover() throws {
    let store = try TemporaryStore("e2e-walk")
    let id = try newCase(store)
    var session = try start(store)
    try session.send("g")
    try session.waitFor(text: "Kennismaking en toestemming", timeout: Self.timeout)
    // 20 pages: 7 steps, and after the broad sweep's own page one page per domain (13).
    for n in 1...20 {
      if n == 2 {
        try session.send("C-k", "C-n")  // skip the question step for now
        continue
      }
      try session.type(Self.page(n))
      try session.waitFor(text: "Stap \(n):", timeout: Self.timeout)
      if n < 20 { try session.send("C-n") }
    }
    // Back to the skipped step through the steps list, and write it after all.
    try session.send("Tab")
    for _ in 0..<18 { try session.send("k") }
    try session.send("Enter")
    try session.waitFor(text: "Wat is de aanleiding", timeout: Self.timeout)
    try session.type(Self.page(2))
    try session.waitFor(text: "Stap 2:", timeout: Self.timeout)
    try session.send("C-s")
    try session.waitFor(text: "Gesprek opgeslagen", timeout: Self.timeout)
    // A half-typed paragraph, then Ctrl-C in the middle of it.
    try session.type("Nog één zin die half af is, over de trap en de buurvrouw Nguyễn")
    try session.waitFor(text: "buurvrouw Nguyễn", timeout: Self.timeout)
    try session.send("C-c")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)

    let file = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    let notes = (file.state["conversation"] as? [String: Any])?["notes"] as? [String: String]
    #expect(notes?.count == 20, "\(notes ?? [:])")
    #expect(notes?["hulpvraag"] == Self.page(2))
    #expect(notes?["afspraken"] == Self.page(20))

    session = try start(store)
    let offer = try session.waitFor(text: "niet-opgeslagen gesprek", timeout: Self.timeout)
    #expect(offer.contains("Cliënt Brouwer-Öztürk"), "\(offer)")
    try session.send("h")
    let recovered = try session.waitFor(text: "buurvrouw Nguyễn", timeout: Self.timeout)
    #expect(recovered.contains("Nog één zin die"), "\(recovered)")
    #expect(recovered.contains("[~] Aanleiding en hulpvraag"), "writing un-skips a step")
    try session.send("Escape")
    try session.waitFor(text: "Gesprek opgeslagen", timeout: Self.timeout)
    try session.send("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)
    let after = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    let saved = (after.state["conversation"] as? [String: Any])?["notes"] as? [String: String]
    #expect(
      saved?["hulpvraag"]
        == Self.page(2) + "Nog één zin die half af is, over de trap en de buurvrouw Nguyễn")
    #expect(!store.caseFileNames().contains { $0.hasSuffix(".draft.json") })
  }

  @Test("kill -9 while typing loses at most the last two seconds")
  func killWhileTyping() throws {
    let store = try TemporaryStore("e2e-kill")
    _ = try newCase(store)
    let session = try start(store)
    try session.send("g")
    try session.waitFor(text: "Kennismaking en toestemming", timeout: Self.timeout)
    let early = "Wat ruim twee seconden voor de crash getypt is, blijft: één, cliënt, Öztürk."
    try session.type(early)
    try session.waitFor(text: "Öztürk.", timeout: Self.timeout)
    // The loop ticks every second and writes the draft once two seconds have passed.
    usleep(3_200_000)
    try session.type(" En dit kwam vlak voor de crash")
    kill(try programPID(session), SIGKILL)
    _ = try session.waitForExit(timeout: Self.timeout)

    let drafts = store.caseFileNames().filter { $0.hasSuffix(".draft.json") }
    try #require(drafts.count == 1, "\(store.caseFileNames())")
    let data = try Data(contentsOf: store.casesURL.appendingPathComponent(drafts[0]))
    let draft = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let update = draft?["update"] as? [String: Any]
    let note = (update?["notes"] as? [String: String])?["kennismaking"] ?? ""
    #expect(note.hasPrefix(early), "draft holds: \(note)")

    let again = try start(store)
    try again.waitFor(text: "niet-opgeslagen gesprek", timeout: Self.timeout)
    try again.send("h")
    try again.waitFor(text: "Öztürk.", timeout: Self.timeout)
    try again.send("Escape")
    try again.waitFor(text: "Gesprek opgeslagen", timeout: Self.timeout)
    try again.send("q")
    #expect(try again.waitForExit(timeout: Self.timeout) == 0)
  }

  @Test("casus export writes every answer verbatim, in step order, with dates and clocks")
  func exportVerslag() throws {
    let store = try TemporaryStore("e2e-export")
    let id = try newCase(store)
    let answers = [
      "Mevrouw geeft toestemming; zoon Nguyễn mag meepraten.",
      "„Ik wil zelf blijven koken.” De trap is zwaar.",
      "Overzicht: geldzorgen en eenzaamheid.",
      "Huur twee maanden achter; één brief van de corporatie.",
    ]
    let keys =
      "g" + answers.map { $0 + "<C-n>" }.joined() + "<C-t><Esc>"
    let played = try runCasus(
      [
        "--store", store.path, "--headless", "--keys", keys,
      ], env: ["CASUS_USER": "Consulent Jansen"])
    try #require(played.status == 0, "\(played)")

    let md = try runCasus(["export", id, "--format", "md", "--store", store.path])
    try #require(md.status == 0, "\(md)")
    var position = md.stdout.startIndex
    for answer in answers {
      let found = try #require(
        md.stdout.range(of: "> " + answer, range: position..<md.stdout.endIndex),
        "missing or out of order: \(answer)\n\(md.stdout)")
      position = found.upperBound
    }
    #expect(md.stdout.contains("| Meldingsdatum | 20-11-2026 |"))
    #expect(md.stdout.contains("Onderzoek afgerond |"))
    #expect(md.stdout.contains("Wmo 2015 art. 2.3.2 lid 1"))
    #expect(md.stdout.contains("| Gesprek gevoerd door | Consulent Jansen (consulent) |"))
    #expect(md.stdout.contains("**!** Let op: in dit gesprek is een zorg over de veiligheid"))
    #expect(!md.stdout.hasTerminalControls)

    let txt = try runCasus(["export", id, "--format", "txt", "--store", store.path])
    try #require(txt.status == 0, "\(txt)")
    #expect(txt.stdout.contains("Huur twee maanden achter; één brief van de corporatie."))
    for line in txt.stdout.screenLines {
      #expect(line.count <= 80, "wider than 80: \(line)")
    }
    // Both exports are in the case's history, with who did them.
    let file = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    let exports = file.events.filter { $0["type"] as? String == "case.exported" }
    #expect(exports.count == 2)
    #expect(
      exports.compactMap { ($0["payload"] as? [String: Any])?["format"] as? String } == [
        "md", "txt",
      ])

    // Read-only: the export works, and nothing is written.
    let before = try Data(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    let readonly = try runCasus(["export", id, "--readonly", "--store", store.path])
    #expect(readonly.status == 0, "\(readonly)")
    #expect(try Data(contentsOf: store.casesURL.appendingPathComponent("\(id).json")) == before)
  }
}
