import Foundation
import TestSupport
import Testing

/// Closing, the retention date, and `casus purge`.
@Suite("Retention and purge")
struct RetentionTests {
  @Test("a closed case is kept until its retention date, then purged securely with a log line")
  func closeAndPurge() throws {
    let store = try TemporaryStore("purge")
    let old = try runCasus([
      "new", "--store", store.path, "--name", "Anna de Vries", "--question", "hulp",
    ])
    let keep = try runCasus([
      "new", "--store", store.path, "--name", "Bram Jansen", "--question", "hulp",
    ])
    let oldID = old.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let keepID = keep.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let closed = try runCasus([
      "close", oldID, "--reason", "doel bereikt", "--date", "2026-11-30", "--store", store.path,
    ])
    try #require(closed.status == 0, "\(closed)")
    #expect(closed.stdout.contains("kept until 2041-11-30"), "\(closed.stdout)")
    let state = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(oldID).json"))
      .state
    #expect(state["phase"] as? String == "afgesloten")
    #expect((state["closure"] as? [String: Any])?["retainUntil"] as? String == "2041-11-30")

    let early = try runCasus(["purge", "--dry-run", "--store", store.path])
    #expect(early.stdout.contains("0 case(s)"), "\(early)")
    let before = try Data(contentsOf: store.casesURL.appendingPathComponent("\(keepID).json"))
    let dry = try runCasus(["purge", "--dry-run", "--today", "2041-12-01", "--store", store.path])
    #expect(dry.stdout.contains(oldID) && !dry.stdout.contains(keepID), "\(dry)")
    #expect(
      FileManager.default.fileExists(
        atPath: store.casesURL.appendingPathComponent("\(oldID).json").path))

    let purged = try runCasus(["purge", "--today", "2041-12-01", "--store", store.path])
    try #require(purged.status == 0, "\(purged)")
    #expect(!store.caseFileNames().contains { $0.contains(oldID) }, "\(store.caseFileNames())")
    #expect(try Data(contentsOf: store.casesURL.appendingPathComponent("\(keepID).json")) == before)
    let log = try String(
      contentsOf: store.url.appendingPathComponent("purge-log.jsonl"), encoding: .utf8)
    #expect(log.contains(oldID) && log.contains("2041-11-30"))
    #expect(!log.contains("Anna"), "the log never names anyone")
    #expect(try runCasus(["check", "--store", store.path]).status == 0)

    // Reopening takes the closure back.
    let again = try runCasus(["close", keepID, "--reason", "klaar", "--store", store.path])
    try #require(again.status == 0)
    let reopened = try runCasus([
      "reopen", keepID, "--reason", "nieuwe vraag", "--store", store.path,
    ])
    #expect(reopened.status == 0, "\(reopened)")
    let after = try CaseFileJSON(
      contentsOf: store.casesURL.appendingPathComponent("\(keepID).json")
    ).state
    #expect(after["closure"] == nil && after["phase"] as? String == "melding")
  }
}
