import Foundation
import TestSupport
import Testing

/// `casus import DIR`: cases from another laptop, compared by revision and history.
@Suite("Importing another store")
struct StoreImportTests {
  private func new(_ store: TemporaryStore, _ name: String) throws -> String {
    let result = try runCasus(["new", "--store", store.path, "--name", name, "--question", "hulp"])
    try #require(result.status == 0, "\(result)")
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private func copy(_ from: TemporaryStore, _ id: String, to: TemporaryStore) throws {
    try FileManager.default.createDirectory(at: to.casesURL, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: from.casesURL.appendingPathComponent("\(id).json"),
      to: to.casesURL.appendingPathComponent("\(id).json"))
  }

  @Test("new cases are added, longer histories move forward, split histories keep both")
  func compareAndKeepBoth() throws {
    let laptop = try TemporaryStore("import-laptop")
    let office = try TemporaryStore("import-office")
    let onlyThere = try new(laptop, "Anna de Vries")
    let ahead = try new(laptop, "Bram Jansen")
    let split = try new(laptop, "Chantal Öztürk")
    let same = try new(laptop, "Daan Nguyễn")
    for id in [ahead, split, same] { try copy(laptop, id, to: office) }
    // The laptop goes on with two cases; the office also changes one of them.
    for id in [ahead, split] {
      let r = try runCasus(["stress", id, "--saves", "2", "--store", laptop.path])
      try #require(r.status == 0, "\(r)")
    }
    let officeEdit = try runCasus(["close", split, "--reason", "verhuisd", "--store", office.path])
    try #require(officeEdit.status == 0, "\(officeEdit)")
    let officeSplit = try Data(contentsOf: office.casesURL.appendingPathComponent("\(split).json"))

    let result = try runCasus(["import", laptop.path, "--store", office.path])
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout.contains("cases/\(onlyThere).json  added"), "\(result.stdout)")
    #expect(result.stdout.contains("cases/\(ahead).json  updated"), "\(result.stdout)")
    #expect(result.stdout.contains("cases/\(same).json  same"), "\(result.stdout)")
    #expect(result.stdout.contains("cases/\(split).json  conflict"), "\(result.stdout)")
    // The office's own version of the split case is untouched; the laptop's sits beside it.
    #expect(
      try Data(contentsOf: office.casesURL.appendingPathComponent("\(split).json")) == officeSplit)
    #expect(office.caseFileNames().contains { $0.hasPrefix(".\(split).conflict-") })
    let aheadHere = try CaseFileJSON(
      contentsOf: office.casesURL.appendingPathComponent("\(ahead).json"))
    let aheadThere = try CaseFileJSON(
      contentsOf: laptop.casesURL.appendingPathComponent("\(ahead).json"))
    #expect(aheadHere.events.count == aheadThere.events.count)
    let check = try runCasus(["check", "--store", office.path])
    #expect(check.stdout.contains("conflict"), "check names the conflict copy: \(check)")

    // Importing again changes nothing more.
    let again = try runCasus(["import", laptop.path, "--store", office.path])
    #expect(!again.stdout.contains("added") && !again.stdout.contains("updated"), "\(again.stdout)")
  }
}
