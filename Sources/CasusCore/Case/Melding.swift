/// The first contact that starts a case and its clocks.
public struct Melding: Hashable, Sendable, Codable {
  public var date: LocalDate
  public var source: Source

  public init(date: LocalDate, source: Source) {
    self.date = date
    self.source = source
  }

  /// Who made the melding.
  public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
    /// The resident themselves.
    case `self`
    /// Someone from the resident's own network.
    case network
    /// A professional (huisarts, school, wijkagent, …).
    case professional
    /// A signal (from a woningcorporatie, an energy company, a debt signal).
    case signal
  }
}

/// Who holds regie: één gezin, één plan, één regisseur.
public struct Regie: Hashable, Sendable, Codable {
  public var holder: Holder
  /// The name of the person, when it is not the resident.
  public var name: String?

  public init(holder: Holder, name: String? = nil) {
    self.holder = holder
    self.name = name
  }

  /// The kinds of people who can hold regie.
  public enum Holder: String, Hashable, Sendable, Codable, CaseIterable {
    case resident, network, clientSupport, professional
  }
}

/// Where a case is in its life.
public enum Phase: String, Hashable, Sendable, Codable, CaseIterable {
  case melding, gesprek, onderzoek, plan, uitvoering, afgesloten
}
