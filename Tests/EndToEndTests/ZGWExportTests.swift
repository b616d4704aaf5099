import Foundation
import TestSupport
import Testing

/// `casus export ID --format zgw`: a zaak a municipal zaaksysteem can read.
@Suite("The ZGW zaak export")
struct ZGWExportTests {
  static let schema = repositoryRoot.appendingPathComponent(
    "docs/schema/zgw-zaak-export.schema.json")

  @Test(
    "every exported zaak validates against the schema written from the ZGW specification",
    .enabled(if: SchemaValidator.hasJSONSchemaModule, "python3 with jsonschema is needed"))
  func validates() throws {
    let store = try TemporaryStore("zgw")
    let made = try runCasus([
      "generate", "--cases", "40", "--seed", "5", "--today", "2026-12-01", "--store", store.path,
    ])
    try #require(made.status == 0, "\(made)")
    var files: [URL] = []
    var besluiten = 0
    var eigenschappen = 0
    for url in store.caseFiles() {
      let id = url.deletingPathExtension().lastPathComponent
      let result = try runCasus(["export", id, "--format", "zgw", "--store", store.path])
      try #require(result.status == 0, "\(result.stderr)")
      let out = store.url.appendingPathComponent("zgw-\(id).json")
      try Data(result.stdout.utf8).write(to: out)
      files.append(out)
      let object =
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
      #expect((object?["zaak"] as? [String: Any])?["identificatie"] as? String == id)
      besluiten += (object?["besluiten"] as? [Any])?.count ?? 0
      eigenschappen += (object?["zaakeigenschappen"] as? [Any])?.count ?? 0
    }
    #expect(
      besluiten > 0 && eigenschappen > 0, "the sample should exercise besluiten and eigenschappen")
    let report = try SchemaValidator.validate(files, against: Self.schema)
    #expect(report.status == 0, "\(report.stdout)")
    // The export is recorded in the case's history.
    let first = try CaseFileJSON(contentsOf: try #require(store.caseFiles().first))
    #expect(first.events.last?["type"] as? String == "case.exported")
  }

  @Test("an RSIN that fails the 11-proef is refused before anything is written")
  func badRSIN() throws {
    let store = try TemporaryStore("zgw-rsin")
    let made = try runCasus(["new", "--store", store.path, "--name", "Anna", "--question", "hulp"])
    let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let before = try Data(contentsOf: try #require(store.caseFiles().first))
    let result = try runCasus([
      "export", id, "--format", "zgw", "--rsin", "123456789", "--store", store.path,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("11-proef"), "\(result)")
    #expect(try Data(contentsOf: try #require(store.caseFiles().first)) == before)
  }
}
