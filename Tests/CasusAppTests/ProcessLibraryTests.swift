import CasusApp
import CasusCore
import Foundation
import TestSupport
import Testing

@Suite("Loading the profiles and the sociale kaart for a store")
struct ProcessLibraryTests {
  @Test("every shipped profile loads; the default is generiek; an unknown one says so")
  func shipped() {
    let (library, problems) = ProcessLibrary.load(active: nil, ownKaart: nil)
    #expect(problems.isEmpty)
    #expect(library.active == "generiek")
    #expect(Set(library.profiles.keys) == ["generiek", "haarlem", "haarlemmermeer", "zoetermeer"])
    let (fallback, unknown) = ProcessLibrary.load(active: "amsterdam", ownKaart: nil)
    #expect(fallback.active == "generiek")
    #expect(
      unknown == [
        .unknownProfile(
          "amsterdam", known: ["generiek", "haarlem", "haarlemmermeer", "zoetermeer"])
      ])
    #expect(Language.nl.strings.processProblem(unknown[0]).contains("Onbekend profiel amsterdam"))
  }

  @Test("an organisation's own offers are added to the kaart and searched with it")
  func ownKaart() throws {
    let own = Data(
      #"""
      {"profile": "haarlemmermeer", "version": 1, "offers": [
        {"id": "eetclub-de-kring", "name": "Eetclub De Kring", "rung": "sociale-basis",
         "domains": ["meedoen", "gezondheid"],
         "offers": {"nl": "Samen eten op dinsdag", "en": "Eating together on Tuesdays"},
         "contact": "dorpshuis (fictief)", "cost": "paid"}
      ]}
      """#.utf8)
    let (library, problems) = ProcessLibrary.load(active: "haarlemmermeer", ownKaart: own)
    #expect(problems.isEmpty)
    let kaart = try #require(library.current?.kaart)
    let hits = kaart.search(rung: "sociale-basis", domain: "meedoen", query: "eten", language: "nl")
    #expect(hits.first?.id == "eetclub-de-kring")
    // Another profile's kaart is not touched.
    #expect(
      library.profiles["generiek"]?.kaart.offers.contains { $0.id == "eetclub-de-kring" } == false)
  }

  @Test("a bad own kaart names the field; the shipped kaart still works")
  func badOwnKaart() throws {
    let own = Data(
      #"""
      {"profile": "generiek", "version": 1, "offers": [
        {"id": "x", "name": "Buurtkamer", "rung": "wijkteam", "domains": [],
         "offers": {"nl": "Koffie", "en": "Coffee"}, "contact": "", "cost": "free"}
      ]}
      """#.utf8)
    let (library, problems) = ProcessLibrary.load(active: nil, ownKaart: own)
    let problem = try #require(problems.first)
    guard case .ownKaart(let detail) = problem else {
      Issue.record("expected an own-kaart problem, got \(problem)")
      return
    }
    #expect(
      detail.contains("sociale-kaart.json: offers[0].rung \"wijkteam\" is not a rung of generiek"))
    #expect(library.current?.kaart.offers.count == Fixtures.process.current?.kaart.offers.count)
    let message = Language.nl.strings.processProblem(problem)
    #expect(message.contains("de meegeleverde kaart werkt wel"))
  }
}
