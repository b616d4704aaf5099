import CasusCore
import CasusStore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Kill -9 at random points of bursts of saves, 200 times: an acknowledged save is never
/// lost, and the store is never left in a state `casus check` complains about.
@Suite("Crash safety of the store")
struct CrashSafetyTests {
  /// `CASUS_CRASH_ROUNDS` (default 200) kills in all, half on a plain and half on an encrypted
  /// store; `CASUS_CRASH_SEED` repeats a run.
  static let rounds = Int(ProcessInfo.processInfo.environment["CASUS_CRASH_ROUNDS"] ?? "") ?? 200
  static let seed =
    UInt64(ProcessInfo.processInfo.environment["CASUS_CRASH_SEED"] ?? "") ?? 0xCA5E_5AFE

  /// The revision in the last complete `saved <n> revision <r>` line, if any.
  static func lastAcknowledgedRevision(_ output: String) -> Int? {
    var last: Int?
    // Only complete lines count: a line cut off by the kill was not fully acknowledged.
    for line in output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      let words = line.split(separator: " ")
      if words.count == 4, words[0] == "saved", words[2] == "revision", let r = Int(words[3]) {
        last = r
      }
    }
    return last
  }

  @Test(
    "SIGKILL at random points of save bursts never loses an acknowledged save",
    arguments: [false, true])
  func killDuringSaves(encrypted: Bool) throws {
    let store = try TemporaryStore(encrypted ? "crash-enc" : "crash")
    var env: [String: String] = [:]
    let secret = try PassphraseFile("geheim wachtwoord")
    if encrypted {
      env = ["CASUS_PASSPHRASE_FILE": secret.path, "CASUS_TEST_SCRYPT_LOGN": "10"]
      let created = try runCasus(["init", "--encrypt", "--store", store.path], env: env)
      try #require(created.status == 0, "\(created)")
    }
    let created = try runCasus(
      ["new", "--store", store.path, "--name", "Cliënt Brouwer-Öztürk", "--question", "één vraag"],
      env: env)
    try #require(created.status == 0, "\(created)")
    let id = try #require(CaseID(created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    let key =
      encrypted
      ? try CaseStore.unlock(
        root: store.url, passphrase: try #require(Passphrase("geheim wachtwoord")))
      : nil
    let reader = try CaseStore(root: store.url, readOnly: true, key: key)

    var random = SeededGenerator(seed: Self.seed &+ (encrypted ? 1 : 0))
    var floor = try reader.load(id).revision
    var acknowledgedRounds = 0
    let rounds = max(1, Self.rounds / 2)
    for round in 1...rounds {
      let child = try Spawn.Child.start(
        CasusBinary.path, ["stress", id.rawValue, "--saves", "5000", "--store", store.path],
        environment: CasusBinary.environment(env))
      // Most kills land inside the burst: after the first acknowledged save, plus 0–60 ms
      // (a save takes a few ms here). One in five lands anywhere in the first 150 ms, while
      // the process starts, unlocks and loads.
      let early = Int.random(in: 0..<5, using: &random) == 0
      let delay = Int.random(in: 0...(early ? 150 : 60), using: &random)
      if !early {
        let deadline = Date().addingTimeInterval(10)
        while !child.stdoutSoFar.contains("\n"), Date() < deadline { usleep(2000) }
      }
      usleep(useconds_t(delay * 1000))
      child.kill(SIGKILL)
      let result = child.wait()
      let acknowledged = Self.lastAcknowledgedRevision(result.stdout)
      if let acknowledged {
        acknowledgedRounds += 1
        floor = max(floor, acknowledged)
      }
      let context =
        "seed \(Self.seed), round \(round), killed \(delay) ms after "
        + (early ? "the start, " : "the first save, ")
        + "last acknowledged \(acknowledged.map(String.init) ?? "none")"
      #expect(
        result.status == 128 + SIGKILL || result.status == 0,
        "\(context): stress ended on its own with an error: \(result)")
      // The store's own check after every kill (cheap, in this process) …
      let problems = reader.check()
      #expect(problems.isEmpty, "\(context): \(problems)")
      let file = try reader.load(id)
      #expect(
        file.revision >= floor, "\(context): revision \(file.revision), acknowledged \(floor)")
      #expect(file.events.map(\.seq) == Array(1...file.events.count), "\(context)")
      floor = max(floor, file.revision)
      // … and the real `casus check` every 25 kills and at the end.
      if round % 25 == 0 || round == rounds {
        let check = try runCasus(["check", "--store", store.path], env: env)
        #expect(check.status == 0, "\(context): check failed after the kill: \(check)")
        let list = try runCasus(["list", "--json", "--store", store.path], env: env)
        #expect(list.status == 0 && list.stderr.isEmpty, "\(context): \(list)")
      }
      if problems.isEmpty == false { break }
    }
    #expect(
      acknowledgedRounds > rounds / 2,
      "only \(acknowledgedRounds) of \(rounds) rounds acknowledged a save before the kill")
    #expect(
      store.caseFiles().map(\.lastPathComponent) == ["\(id).json"], "\(store.caseFileNames())")
    if encrypted {
      #expect(filesContaining("Brouwer", under: store.url).isEmpty)
    }
  }
}
