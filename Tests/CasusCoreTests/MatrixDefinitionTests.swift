import CasusApp
import CasusCore
import CasusResources
import Foundation
import TestSupport
import Testing

@Suite("Matrix definitions as data")
struct MatrixDefinitionTests {
  static let shippedFiles = CasusResources.files(in: "matrices")

  @Test("every shipped definition file loads and validates", arguments: shippedFiles)
  func shippedFileValidates(_ name: String) throws {
    let data = try CasusResources.data("matrices/\(name)")
    let definition = try MatrixDefinition.decode(data, file: name)
    #expect(name == "\(definition.id).json")
    #expect(definition.levels.map(\.score) == [1, 2, 3, 4, 5])
    #expect(
      definition.levels.map(\.name.nl) == [
        "acute problematiek", "niet zelfredzaam", "beperkt zelfredzaam", "voldoende zelfredzaam",
        "volledig zelfredzaam",
      ])
    #expect(definition.notDiscussed.nl == "niet besproken")
    for domain in definition.domains {
      // Our own guidance only: the ZRM descriptor texts are not shipped.
      #expect(domain.levels.allSatisfy { $0.descriptor == nil }, "\(domain.id)")
      #expect(Set(domain.levels.map(\.guidance.nl)).count == 5, "\(domain.id) repeats a line")
    }
  }

  @Test("the three shipped sets are there, with the domains the sources name")
  func shippedSets() throws {
    #expect(Self.shippedFiles == ["haarlemmermeer-5.json", "zrm-2013.json", "zrm-2017.json"])
    #expect(MatrixChoice.shipped().problems.isEmpty)
    let zrm2017 = Fixtures.matrix("zrm-2017").domains.map(\.name.nl)
    #expect(
      zrm2017 == [
        "Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
        "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
        "Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie",
      ])
    let zrm2013 = Fixtures.matrix("zrm-2013").domains.map(\.id)
    #expect(
      zrm2013 == [
        "financien", "dagbesteding", "huisvesting", "huiselijke-relaties",
        "geestelijke-gezondheid", "lichamelijke-gezondheid", "verslaving", "adl",
        "sociaal-netwerk", "maatschappelijke-participatie", "justitie",
      ])
    let five = Fixtures.matrix("haarlemmermeer-5").domains.map(\.id)
    #expect(five == ["meedoen", "inkomen", "veiligheid", "gezondheid", "wonen"])
  }

  @Test("the 2017 domain ids are the conversation guide's default domains")
  func guideDomainsMatch() throws {
    let guide = try #require(Fixtures.guide)
    #expect(Fixtures.matrix("zrm-2017").guideDomains == guide.defaultDomains)
  }

  /// The shipped 2017 file as a mutable JSON object.
  static func shippedJSON() throws -> [String: Any] {
    let data = try CasusResources.data("matrices/zrm-2017.json")
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func encode(_ object: [String: Any]) throws -> Data {
    try JSONSerialization.data(withJSONObject: object)
  }

  /// Changes one cell: `domains[d].levels[l]` through `change`.
  static func editing(
    domain d: Int, level l: Int, _ change: (inout [String: Any]) -> Void
  ) throws -> [String: Any] {
    var root = try shippedJSON()
    var domains = try #require(root["domains"] as? [[String: Any]])
    var levels = try #require(domains[d]["levels"] as? [[String: Any]])
    change(&levels[l])
    domains[d]["levels"] = levels
    root["domains"] = domains
    return root
  }

  @Test("an organisation's file with its own descriptor texts loads and keeps them")
  func descriptorsLoad() throws {
    let root = try Self.editing(domain: 0, level: 2) {
      $0["descriptor"] = ["nl": "Tekst uit de eigen licentie.", "en": "Licensed text."]
    }
    let definition = try MatrixDefinition.decode(try Self.encode(root), file: "eigen.json")
    #expect(definition.domains[0].level(3)?.descriptor?.nl == "Tekst uit de eigen licentie.")
    var library = Fixtures.matrices
    try library.add(definition)
    #expect(library.definition(definition.reference)?.domains[0].level(3)?.descriptor != nil)
  }

  @Test(
    "a malformed definition is refused with the file and the field",
    arguments: [
      ("domains[3].levels[2].guidance.nl is empty", 3, 2, "guidance", ["nl": " ", "en": "x"]),
      ("domains[1].levels[4].guidance.en is empty", 1, 4, "guidance", ["nl": "x", "en": ""]),
    ] as [(String, Int, Int, String, [String: String])])
  func malformedCell(
    expected: String, domain: Int, level: Int, key: String, value: [String: String]
  ) throws {
    let root = try Self.editing(domain: domain, level: level) { $0[key] = value }
    #expect(throws: MatrixDefinitionError.self) {
      try MatrixDefinition.decode(try Self.encode(root), file: "eigen.json")
    }
    do {
      _ = try MatrixDefinition.decode(try Self.encode(root), file: "eigen.json")
    } catch {
      #expect("\(error)" == "eigen.json: \(expected)")
    }
  }

  @Test("missing fields, wrong types, levels out of order and bad ids are refused by name")
  func malformedShape() throws {
    func refusal(_ change: (inout [String: Any]) throws -> Void) throws -> String {
      var root = try Self.shippedJSON()
      try change(&root)
      do {
        _ = try MatrixDefinition.decode(try Self.encode(root), file: "f.json")
        return "accepted"
      } catch {
        return "\(error)"
      }
    }
    #expect(try refusal { $0["title"] = nil } == "f.json: title is missing")
    #expect(try refusal { $0["version"] = "één" } == "f.json: version must be a whole number")
    #expect(try refusal { $0["version"] = 0 } == "f.json: version must be 1 or higher")
    #expect(
      try refusal { $0["id"] = "zrm 2017" }
        == "f.json: id must be 1 to 64 letters, digits, - or _")
    #expect(
      try refusal { root in
        var levels = try #require(root["levels"] as? [[String: Any]])
        levels.swapAt(0, 1)
        root["levels"] = levels
      } == "f.json: levels must be the scores 1, 2, 3, 4, 5 in that order")
    #expect(
      try refusal { root in
        var domains = try #require(root["domains"] as? [[String: Any]])
        domains[4]["id"] = domains[0]["id"]
        root["domains"] = domains
      } == "f.json: domains[4].id financien is used twice")
    #expect(
      try refusal { root in
        var domains = try #require(root["domains"] as? [[String: Any]])
        domains[2]["levels"] = nil
        root["domains"] = domains
      } == "f.json: domains[2].levels is missing")
    let notJSON: String
    do {
      _ = try MatrixDefinition.decode(Data("{".utf8), file: "f.json")
      notJSON = "accepted"
    } catch {
      notJSON = "\(error)"
    }
    #expect(notJSON == "f.json: is not JSON")
  }

  @Test("a file with a shipped id and version but other domains cannot replace it")
  func sameVersionOtherDomains() throws {
    var definition = Fixtures.matrix("zrm-2017")
    definition.domains.removeLast()
    var library = Fixtures.matrices
    #expect(throws: MatrixDefinitionError.self) { try library.add(definition) }
    definition.version = 2
    try library.add(definition)
    #expect(library.latest("zrm-2017")?.domains.count == 12)
    #expect(library.definition(MatrixReference(id: "zrm-2017", version: 1))?.domains.count == 13)
  }
}
