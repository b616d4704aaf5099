import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Kill -9 in the middle of a burst of saves: an acknowledged save is never lost, and the
/// store is never left in a state `casus check` complains about.
@Suite("Crash safety of the store")
struct CrashSafetyTests {
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

  @Test("SIGKILL during repeated saves never loses an acknowledged save")
  func killDuringSaves() throws {
    let store = try TemporaryStore("crash")
    let created = try runCasus(
      ["new", "--store", store.path, "--name", "Cliënt Brouwer-Öztürk", "--question", "één vraag"])
    try #require(created.status == 0, "\(created)")
    let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let caseURL = store.casesURL.appendingPathComponent("\(id).json")

    var floor = try #require(
      try CaseFileJSON(contentsOf: caseURL).revision, "no revision in \(caseURL.path)")
    var acknowledgedInTotal = 0
    for round in 1...15 {
      let child = try Spawn.Child.start(
        CasusBinary.path, ["stress", id, "--saves", "2000", "--store", store.path],
        environment: CasusBinary.environment())
      let delay = Int.random(in: 20...300)
      usleep(useconds_t(delay * 1000))
      child.kill(SIGKILL)
      let result = child.wait()
      let acknowledged = Self.lastAcknowledgedRevision(result.stdout)
      if let acknowledged { acknowledgedInTotal += 1; floor = max(floor, acknowledged) }
      let context =
        "round \(round), killed after \(delay) ms, last acknowledged \(acknowledged.map(String.init) ?? "none")"
      #expect(
        result.status == 128 + SIGKILL || result.status == 0,
        "\(context): stress ended on its own with an error: \(result)")

      let check = try runCasus(["check", "--store", store.path])
      #expect(check.status == 0, "\(context): check failed after the kill: \(check)")
      // A temp file left by the kill is ignored by check (the store path itself may be in /tmp).
      #expect(
        !check.stdout.contains(".json.tmp") && !check.stderr.contains(".json.tmp"),
        "\(context): \(check)")

      let file = try CaseFileJSON(contentsOf: caseURL)
      let revision = try #require(file.revision, "\(context): no revision in the file")
      #expect(revision >= floor, "\(context): file has revision \(revision), acknowledged \(floor)")
      let seqs = file.events.compactMap { $0["seq"] as? Int }
      #expect(seqs == Array(1...max(1, seqs.count)), "\(context): event seqs \(seqs)")
      floor = max(floor, revision)

      let list = try runCasus(["list", "--json", "--store", store.path])
      #expect(
        list.status == 0 && list.stderr.isEmpty, "\(context): list reported problems: \(list)")
    }
    #expect(
      acknowledgedInTotal > 0,
      "no round acknowledged a save before the kill; the test proved nothing")
    #expect(
      store.caseFiles().map(\.lastPathComponent) == ["\(id).json"], "\(store.caseFileNames())")
  }
}
