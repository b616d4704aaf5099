import CasusCore
import CasusResources
import Foundation
import Testing

@Suite("Municipality profiles and the sociale kaart as data")
struct ProfileTests {
  static func profile(_ id: String) throws -> MunicipalityProfile {
    try MunicipalityProfile.decode(CasusResources.data("profiles/\(id).v1.json"))
  }

  @Test("every shipped profile and its sociale kaart validate")
  func everyShippedFile() throws {
    let files = CasusResources.files(in: "profiles")
    #expect(files.count == 4)
    for name in files {
      let profile = try MunicipalityProfile.decode(CasusResources.data("profiles/" + name))
      let kaart = try SocialeKaart.decode(
        CasusResources.data("sociale-kaart/" + name), profile: profile)
      #expect(kaart.offers.count >= 20, "\(name)")
      // Every rung has something to offer, and the heaviest needs a beschikking.
      for rung in profile.rungs where rung.kind != .ownNetwork {
        #expect(kaart.offers.contains { $0.rung == rung.id }, "\(name): nothing on \(rung.id)")
      }
      #expect(profile.rungs.last?.needsBeschikking == true)
    }
  }

  @Test("the generic ladder runs own network, basic infrastructure, wijkteam, specialist care")
  func generic() throws {
    let p = try Self.profile("generiek")
    #expect(p.rungs.map(\.kind) == [.ownNetwork, .basic, .team, .specialist])
    #expect(p.rungs.map(\.needsBeschikking) == [false, false, false, true])
  }

  @Test("Haarlemmermeer has no wijkteam rung and offers the Meer-team lane")
  func haarlemmermeer() throws {
    let p = try Self.profile("haarlemmermeer")
    #expect(!p.rungs.contains { $0.kind == .team })
    #expect(
      p.rungs.map(\.id) == [
        "eigen-netwerk", "sociale-basis", "lichte-ondersteuning", "geindiceerde-zorg",
      ])
    #expect(p.lane(.meerTeam)?.criteria.count == 3)
    #expect(p.matrix == "haarlemmermeer-5")
  }

  @Test("Haarlem starts at IAD; Zoetermeer has procescoördinatie as a lane")
  func haarlemAndZoetermeer() throws {
    #expect(try Self.profile("haarlem").entry?.nl.contains("IAD") == true)
    #expect(try Self.profile("zoetermeer").lane(.procescoordinatie) != nil)
  }

  @Test(
    "a malformed profile is refused with a message naming the field",
    arguments: [
      (#""needsBeschikking": true"#, #""needsBeschikking": false"#, "needsBeschikking"),
      (#""kind": "ownNetwork""#, #""kind": "basic""#, "rungs[0].kind"),
      (#""id": "basisinfrastructuur""#, #""id": "eigen-kracht""#, "used twice"),
      (#""monitorAfterDays": 42"#, #""monitorAfterDays": 0"#, "reminders.monitorAfterDays"),
      (#""short""#, #""kort""#, "short"),
    ])
  func malformed(from: String, to: String, expected: String) throws {
    let text = String(decoding: try CasusResources.data("profiles/generiek.v1.json"), as: UTF8.self)
    #expect(text.contains(from))
    var broken = text
    if let range = broken.range(of: from) { broken.replaceSubrange(range, with: to) }
    let error = #expect(throws: ProfileError.self) {
      try MunicipalityProfile.decode(Data(broken.utf8))
    }
    #expect(error?.description.contains(expected) == true, "\(error?.description ?? "")")
  }

  @Test("an offer on a rung the profile does not have is refused, naming the rung")
  func offerOnUnknownRung() throws {
    let p = try Self.profile("haarlemmermeer")
    let bad =
      #"{"profile":"haarlemmermeer","version":1,"offers":[{"id":"wijkteam","name":"Wijkteam","rung":"sociaal-wijkteam","domains":[],"offers":{"nl":"x","en":"x"},"contact":"","cost":"free"}]}"#
    let error = #expect(throws: ProfileError.self) {
      try SocialeKaart.decode(Data(bad.utf8), profile: p)
    }
    #expect(error?.description.contains("offers[0].rung \"sociaal-wijkteam\"") == true)
  }

  @Test("searching the kaart: per rung, diacritics ignored, the need's domain first")
  func search() throws {
    let p = try Self.profile("generiek")
    let kaart = try SocialeKaart.decode(
      CasusResources.data("sociale-kaart/generiek.v1.json"), profile: p)
    let basic = kaart.search(rung: "basisinfrastructuur", domain: nil, query: "", language: "nl")
    #expect(basic.allSatisfy { $0.rung == "basisinfrastructuur" })
    #expect(
      kaart.search(rung: nil, domain: nil, query: "societeit", language: "nl").map(\.id) == [
        "societeit-ontmoeting"
      ])
    let lonely = kaart.search(
      rung: "basisinfrastructuur", domain: "sociaal-netwerk", query: "", language: "nl")
    #expect(lonely.first?.domains.contains("sociaal-netwerk") == true)
    // An organisation's own offers are added, its duplicates of shipped ids are not.
    let own = SocialeKaart(
      profile: "generiek", version: 1,
      offers: [
        .init(
          id: "koor-de-lindeboom", name: "Buurtkoor De Lindeboom", rung: "basisinfrastructuur",
          domains: ["sociaal-netwerk"], offers: .init(nl: "Zingen op dinsdag", en: "Singing"),
          contact: "", cost: .free),
        basic[0],
      ])
    let merged = kaart.merging(own)
    #expect(merged.offers.count == kaart.offers.count + 1)
  }
}
