import Foundation

/// The local offers a professional can arrange, per profile (`Resources/sociale-kaart/<id>.json`).
///
/// "een goede digitale sociale kaart" (Haarlem 2013 S1:651). An organisation adds its own offers
/// in a file of the same shape (`<store>/sociale-kaart.json`); both are searched together.
public struct SocialeKaart: Hashable, Sendable, Codable {
  /// The profile the offers belong to.
  public var profile: String
  public var version: Int
  public var offers: [Offer]

  public init(profile: String, version: Int, offers: [Offer]) {
    self.profile = profile
    self.version = version
    self.offers = offers
  }

  /// One offer: a voorziening, a volunteer project, a team, a provider.
  public struct Offer: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The rung of the profile's ladder the offer belongs to.
    public var rung: String
    /// The life domains it helps with (ids of the profile's matrix domains).
    public var domains: [String]
    /// What it offers, in a sentence.
    public var offers: LocalizedText
    /// How to reach it: a phone number, an address, a website.
    public var contact: String
    public var cost: Cost
    /// A word on the cost: "onkostenvergoeding", "eigen bijdrage".
    public var costNote: LocalizedText?

    public init(
      id: String, name: String, rung: String, domains: [String], offers: LocalizedText,
      contact: String, cost: Cost, costNote: LocalizedText? = nil
    ) {
      self.id = id
      self.name = name
      self.rung = rung
      self.domains = domains
      self.offers = offers
      self.contact = contact
      self.cost = cost
      self.costNote = costNote
    }

    /// What the client pays.
    public enum Cost: String, Hashable, Sendable, Codable, CaseIterable { case free, paid }
  }

  /// Decodes and validates a sociale kaart against the profile it belongs to.
  public static func decode(_ data: Data, profile: MunicipalityProfile) throws(ProfileError)
    -> SocialeKaart
  {
    let kaart: SocialeKaart
    do {
      kaart = try JSONDecoder().decode(SocialeKaart.self, from: data)
    } catch {
      throw ProfileError(DataFileError.describe(error))
    }
    if kaart.profile != profile.id {
      throw ProfileError("profile \"\(kaart.profile)\" is not \"\(profile.id)\"")
    }
    var ids: Set<String> = []
    for (i, offer) in kaart.offers.enumerated() {
      let at = "offers[\(i)]"
      try DataFileError.check(id: offer.id, at: at + ".id")
      if !ids.insert(offer.id).inserted { throw ProfileError("\(at).id \(offer.id) is used twice") }
      if offer.name.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ProfileError("\(at).name is empty")
      }
      if profile.rung(offer.rung) == nil {
        throw ProfileError(
          "\(at).rung \"\(offer.rung)\" is not a rung of \(profile.id) ("
            + profile.rungs.map(\.id).joined(separator: ", ") + ")")
      }
      if offer.offers.nl.isEmpty || offer.offers.en.isEmpty {
        throw ProfileError("\(at).offers needs nl and en")
      }
    }
    return kaart
  }

  /// This kaart with the offers of another added (an organisation's own file).
  public func merging(_ other: SocialeKaart) -> SocialeKaart {
    let own = Set(offers.map(\.id))
    return SocialeKaart(
      profile: profile, version: version,
      offers: offers + other.offers.filter { !own.contains($0.id) })
  }

  /// The offers on one rung, those for `domain` first, then matching every word of `query`
  /// (case- and diacritic-insensitive) in name, description or contact.
  public func search(rung: String?, domain: String?, query: String, language: String)
    -> [Offer]
  {
    let words = fold(query).split(separator: " ").map(String.init)
    let hits = offers.filter { offer in
      guard rung == nil || offer.rung == rung else { return false }
      let text = fold(
        [
          offer.name, offer.offers.text(language), offer.contact,
          offer.domains.joined(separator: " "),
        ]
        .joined(separator: " "))
      return words.allSatisfy { text.contains($0) }
    }
    guard let domain else { return hits }
    return hits.filter { $0.domains.contains(domain) }
      + hits.filter { !$0.domains.contains(domain) }
  }

  private func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
