import CasusApp
import CasusCore
import Foundation
import TestSupport
import Testing

@Suite("Choosing the active matrix")
struct MatrixChoiceTests {
  func resolve(
    option: String? = nil, profile: String? = nil, setting: String? = nil,
    files: [String: Data] = [:]
  ) throws(MatrixChoice.Failure) -> MatrixDefinition {
    var library = Fixtures.matrices
    return try MatrixChoice.resolve(
      option: option, profile: profile, setting: setting, library: &library,
      storeRoot: URL(fileURLWithPath: "/store")
    ) { path in
      guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
      return data
    }
  }

  @Test("the option wins over the store setting, the setting over the profile, then zrm-2017")
  func order() throws {
    #expect(try resolve().id == "zrm-2017")
    #expect(try resolve(setting: "zrm-2013").id == "zrm-2013")
    #expect(try resolve(profile: "haarlemmermeer-5").id == "haarlemmermeer-5")
    #expect(try resolve(profile: "haarlemmermeer-5", setting: "zrm-2013").id == "zrm-2013")
    #expect(try resolve(option: "zrm-2013", profile: "haarlemmermeer-5").id == "zrm-2013")
    #expect(try resolve(option: "", setting: "zrm-2013").id == "zrm-2013")
  }

  @Test("an unknown id names the known ones")
  func unknown() {
    #expect(
      throws: MatrixChoice.Failure.unknownID(
        "zrm-2030", known: ["haarlemmermeer-5", "zrm-2013", "zrm-2017"])
    ) {
      try resolve(option: "zrm-2030")
    }
  }

  @Test("a file in the setting is found relative to the store; a broken one names the field")
  func files() throws {
    var json = try MatrixDefinitionTests.shippedJSON()
    json["id"] = "eigen-zrm"
    let good = try MatrixDefinitionTests.encode(json)
    let definition = try resolve(
      setting: "matrices/eigen.json", files: ["/store/matrices/eigen.json": good])
    #expect(definition.id == "eigen-zrm")
    var broken = try MatrixDefinitionTests.editing(domain: 3, level: 2) {
      $0["guidance"] = ["nl": "", "en": "x"]
    }
    broken["id"] = "eigen-zrm"
    let data = try MatrixDefinitionTests.encode(broken)
    do {
      _ = try resolve(option: "/tmp/eigen.json", files: ["/tmp/eigen.json": data])
      Issue.record("a broken file was accepted")
    } catch {
      #expect("\(error)" == "/tmp/eigen.json: domains[3].levels[2].guidance.nl is empty")
    }
    #expect(throws: MatrixChoice.Failure.self) { try resolve(option: "./weg.json") }
  }
}
