import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `casus demo` in a real terminal: the banner, the narration panel and the trainer's keys,
/// and the user's real store untouched even when the demo is killed.
@Suite(
  "casus demo in a real terminal (tmux)",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct DemoTerminalTests {
  static let timeout = 10.0

  /// A temporary HOME with a real store at the default location
  /// (`$XDG_DATA_HOME/casus`) holding one case, and a private `$TMPDIR` for sandboxes.
  final class World: Sendable {
    let home: TemporaryStore
    let tmp: TemporaryStore
    var data: String { home.path + "/.local/share" }
    var store: String { data + "/casus" }
    var env: [String: String] {
      ["HOME": home.path, "XDG_DATA_HOME": data, "TMPDIR": tmp.path]
    }

    init() throws {
      home = try TemporaryStore("demo-home")
      tmp = try TemporaryStore("demo-tmp")
      let made = try runCasus(
        [
          "new", "--name", "Fenna Öztürk", "--question", "Echte casus, niet aanraken",
          "--date", "2026-11-20",
        ], env: env)
      try #require(made.status == 0, "\(made)")
    }

    /// The sandbox folders in `$TMPDIR`.
    func sandboxes() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? [])
        .filter { $0.hasPrefix("casus-demo-") }.sorted()
    }
  }

  private func start(
    _ world: World, _ args: [String], width: Int, height: Int, env: [String: String] = [:]
  )
    throws -> TmuxSession
  {
    var environment = CasusBinary.environment(world.env)
    environment.merge(env) { _, new in new }
    let keep = [
      "HOME", "XDG_DATA_HOME", "TMPDIR", "LANG", "SWIFT_BACKTRACE", "CASUS_USER", "NO_COLOR",
      "PATH",
    ]
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["demo"] + args, width: width, height: height,
      env: environment.filter { keep.contains($0.key) })
    try session.waitFor(text: "stap 1 van", timeout: Self.timeout)
    return session
  }

  /// Every row of the screen that is the title bar says DEMO.
  private func expectBanner(_ screen: String, _ when: String) {
    let first = screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    #expect(first.hasPrefix(" DEMO "), "\(when): \(screen)")
  }

  @Test(
    "stepping, taking over, handing back and resetting, then SIGKILL: the real store is unchanged")
  func killedDemoLeavesTheRealStoreAlone() throws {
    let world = try World()
    let before = try checksums(world.store)
    #expect(before.keys.contains { $0.hasPrefix("cases/") && $0.hasSuffix(".json") }, "\(before)")

    let session = try start(world, ["de-jong"], width: 120, height: 40)
    var screen = try session.capture()
    expectBanner(screen, "at the start")
    #expect(screen.contains("Meneer de Jong is 81"), "\(screen)")
    #expect(screen.contains("Speelt: <Enter>"), "\(screen)")
    #expect(!screen.contains("Fenna"), "the real store's case is on screen: \(screen)")

    // Space plays step 1 and 2: the conversation opens in the sandbox.
    try session.send("Space")
    try session.waitFor(text: "stap 2 van 10", timeout: Self.timeout)
    try session.send("Space")
    screen = try session.waitFor(text: "stap 3 van 10", timeout: Self.timeout)
    #expect(screen.contains("Kennismaking en toestemming"), "\(screen)")
    expectBanner(screen, "in the conversation")

    // Take over: keys go to the app (Esc pauses the conversation, m opens the matrix).
    try session.send("t")
    try session.waitFor(text: "u typt zelf", timeout: Self.timeout)
    try session.send("Escape")
    try session.waitFor(text: "Dossiers", timeout: Self.timeout)
    try session.send("m")
    screen = try session.waitFor(text: "Meetmoment", timeout: Self.timeout)
    expectBanner(screen, "taken over")
    try session.type("4")
    try session.waitFor(text: "1 van 13 gescoord", timeout: Self.timeout)

    // Hand back with F2, then reset to a fresh copy.
    try session.send("F2")
    try session.waitFor(text: "De demo heeft het toetsenbord weer", timeout: Self.timeout)
    try session.send("r")
    screen = try session.waitFor(text: "Opnieuw begonnen", timeout: Self.timeout)
    expectBanner(screen, "after the reset")
    #expect(screen.contains("stap 1 van 10"), "\(screen)")

    // Kill it hard: the sandbox's marker names the process.
    let sandboxes = world.sandboxes()
    try #require(sandboxes.count == 1, "\(sandboxes)")
    let marker = world.tmp.path + "/" + sandboxes[0] + "/.casus-demo"
    let text = try String(contentsOfFile: marker, encoding: .utf8)
    let pid = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(kill(pid, SIGKILL) == 0)
    #expect(try session.waitForExit(timeout: Self.timeout) == 128 + SIGKILL)

    let after = try checksums(world.store)
    #expect(after == before, "the real store changed")
    // A killed demo leaves only its temporary folder, which --clean removes.
    #expect(world.sandboxes().count == 1)
    let clean = try runCasus(["demo", "--clean"], env: world.env)
    #expect(clean.status == 0, "\(clean)")
    #expect(clean.stdout.contains("1 stale demo folders removed"), "\(clean.stdout)")
    #expect(world.sandboxes().isEmpty)
  }

  @Test("at 80×24 without colour the banner is the word DEMO, and q removes the sandbox")
  func narrowNoColorQuit() throws {
    let world = try World()
    let before = try checksums(world.store)
    let session = try start(world, ["veiligheid"], width: 80, height: 24, env: ["NO_COLOR": "1"])
    var screen = try session.capture()
    expectBanner(screen, "at 80x24")
    #expect(screen.contains("Spatie volgende"), "\(screen)")
    #expect(screen.contains("t zelf typen"), "\(screen)")
    try session.send("Space")
    try session.waitFor(text: "stap 2 van 11", timeout: Self.timeout)
    try session.send("Space")
    screen = try session.waitFor(text: "stap 3 van 11", timeout: Self.timeout)
    #expect(screen.contains("Veiligheidsspoor"), "\(screen)")
    try session.send("?")
    screen = try session.waitFor(text: "toetsen van de trainer", timeout: Self.timeout)
    expectBanner(screen, "over the help box")
    try session.send("Escape")
    try session.waitFor(timeout: Self.timeout, "the help to close") {
      !$0.contains("toetsen van de trainer")
    }
    try session.send("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)
    #expect(world.sandboxes().isEmpty, "\(world.sandboxes())")
    #expect(try checksums(world.store) == before)
  }

  @Test("casus demo lists the scenarios and refuses --store")
  func listAndRefuseStore() throws {
    let world = try World()
    let list = try runCasus(["demo"], env: world.env)
    #expect(list.status == 0, "\(list)")
    for id in ["de-jong", "van-velzen", "achttien", "procescoordinatie", "veiligheid", "meer-team"]
    {
      #expect(list.stdout.contains(id), "\(list.stdout)")
    }
    #expect(list.stdout.contains("min)"), "\(list.stdout)")
    let refused = try runCasus(["demo", "de-jong", "--store", world.store], env: world.env)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--store"), "\(refused.stderr)")
  }

  @Test("casus demo --check passes every shipped scenario and counts expectations")
  func checkAll() throws {
    let world = try World()
    let result = try runCasus(["demo", "--check"], env: world.env)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.contains(" passed, 0 failed (expectations, 6 scenarios)"), "\(result.stdout)")
    #expect(world.sandboxes().isEmpty)
  }
}
