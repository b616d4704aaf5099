import Foundation
import TestSupport
import Testing

/// The real binary in a real terminal: a private tmux server per test.
///
/// Skipped when tmux is missing, unless `CASUS_REQUIRE_TMUX=1` (CI), which makes it fail.
@Suite(
  "casus in a real terminal (tmux)",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct TerminalTests {
  /// Generous for a shared 2-core machine; a condition normally holds within 50 ms.
  static let timeout = 10.0

  /// Starts casus on `store` at `width`×`height` and waits for the main screen.
  private func start(
    _ store: TemporaryStore, width: Int = 100, height: Int = 30, env: [String: String] = [:],
    args: [String] = []
  ) throws -> TmuxSession {
    var environment = [
      "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "CASUS_USER": "Consulent Test",
    ]
    environment.merge(env) { _, new in new }
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path] + args, width: width, height: height,
      env: environment)
    try session.waitFor(text: "Dossiers", timeout: Self.timeout)
    return session
  }

  /// Quits from the list with `q` and checks exit 0 and a restored terminal.
  private func quit(_ session: TmuxSession) throws {
    try session.send("q")
    #expect(
      try session.waitForExit(timeout: Self.timeout) == 0, "\((try? session.capture()) ?? "")")
    #expect(try session.display("#{alternate_on}") == "0", "the alternate screen was left on")
  }

  @Test("a melding typed in the form is saved with its exact characters")
  func typeAndSaveMelding() throws {
    let store = try TemporaryStore("tmux-save")
    let session = try start(store)
    let screen = try session.capture()
    #expect(screen.contains("Casus · \(store.path)"), "\(screen)")
    #expect(screen.contains("Nog geen dossiers in deze opslag."), "\(screen)")

    try session.send("n")
    try session.waitFor(text: "Nieuwe melding", timeout: Self.timeout)
    try session.type("Cliënt Brouwer-Öztürk")
    try session.waitFor(text: "Brouwer-Öztürk", timeout: Self.timeout)
    try session.send("Tab")
    try session.type("12-03-1980")
    try session.waitFor(text: "12-03-1980", timeout: Self.timeout)
    try session.send("Tab", "Tab", "Tab", "Tab")
    try session.type("ik wil graag hulp bij één ding")
    try session.waitFor(text: "één ding", timeout: Self.timeout)
    try session.send("C-s")
    try session.waitFor(text: "Melding geregistreerd", timeout: Self.timeout)
    try quit(session)

    let files = store.caseFiles()
    try #require(files.count == 1, "expected one case file, found \(store.caseFileNames())")
    let file = try CaseFileJSON(contentsOf: try #require(files.first))
    #expect(file.revision == 1)
    #expect(file.raw.contains(#""type" : "case.opened""#), "\(file.raw)")
    #expect(file.events.first?["type"] as? String == "case.opened")
    let member = try #require(file.members.first)
    #expect(Array((member["name"] as? String ?? "").utf8) == Array("Cliënt Brouwer-Öztürk".utf8))
    #expect(member["born"] as? String == "1980-03-12")
    #expect(member["role"] as? String == "client")
    #expect(Array((file.question ?? "").utf8) == Array("ik wil graag hulp bij één ding".utf8))
    #expect(file.raw.contains("\"Cliënt Brouwer-Öztürk\""), "exact UTF-8, not \\u escapes")
  }

  @Test("? opens the help box and Escape closes it")
  func helpOpensAndCloses() throws {
    let store = try TemporaryStore("tmux-help")
    let session = try start(store)
    try session.send("?")
    try session.waitFor(text: "Hulp", timeout: Self.timeout)
    try session.send("Escape")
    try session.waitFor(timeout: Self.timeout, "the help box to close") {
      !$0.contains("Hulp") && $0.contains("Dossiers")
    }
    try quit(session)
  }

  @Test("shrinking below 80×24 shows a notice, growing back redraws the screen")
  func resizeTooSmallAndBack() throws {
    let store = try TemporaryStore("tmux-resize")
    let session = try start(store, width: 100, height: 30)
    try session.resize(width: 60, height: 20)
    let small = try session.waitFor(text: "Venster te klein", timeout: Self.timeout)
    #expect(
      small.contains("Venster te klein: 60×20. Casus heeft minstens 80×24 nodig."), "\(small)")
    try session.resize(width: 100, height: 30)
    try session.waitFor(timeout: Self.timeout, "the normal screen after growing back") {
      $0.contains("Dossiers") && !$0.contains("Venster te klein")
    }
    try quit(session)
  }

  @Test(
    "starts and quits cleanly with NO_COLOR and on xterm, screen and linux terminals",
    arguments: [["NO_COLOR": "1"], ["TERM": "xterm"], ["TERM": "screen"], ["TERM": "linux"]]
      as [[String: String]])
  func terminalTypes(env: [String: String]) throws {
    let store = try TemporaryStore("tmux-term")
    let session = try start(store, env: env)
    let screen = try session.capture()
    #expect(screen.contains("Dossiers (0)"), "\(screen)")
    #expect(screen.contains("q stop"), "\(screen)")
    try quit(session)
  }

  @Test("Ctrl-C in the list quits with exit 0 and restores the terminal")
  func controlCQuits() throws {
    let store = try TemporaryStore("tmux-ctrlc")
    let session = try start(store)
    try session.send("C-c")
    #expect(
      try session.waitForExit(timeout: Self.timeout) == 0, "\((try? session.capture()) ?? "")")
    #expect(try session.display("#{alternate_on}") == "0", "the alternate screen was left on")
  }

  @Test("the headless frame equals the real terminal's frame for the same keys")
  func headlessMatchesTerminal() throws {
    let store = try TemporaryStore("tmux-headless")
    let headless = try runCasus([
      "--store", store.path, "--headless", "--size", "100x30", "--keys", "?",
    ])
    try #require(headless.status == 0, "\(headless)")
    let session = try start(store)
    try session.send("?")
    let real = try session.waitFor(text: "Hulp", timeout: Self.timeout)
    let trim = { (text: String) in
      text.screenLines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
    }
    #expect(trim(real) == trim(headless.stdout), "tmux:\n\(real)\nheadless:\n\(headless.stdout)")
    try session.send("Escape")
    try session.waitFor(timeout: Self.timeout, "the help box to close") { !$0.contains("Hulp") }
    try quit(session)
  }
}
