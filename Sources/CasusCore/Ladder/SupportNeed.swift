/// One question or life domain that needs support, with what was decided on every rung.
///
/// *Licht als het kan, zwaar als het moet*: rungs are looked at from the lightest; help on a
/// heavier rung records, for each lighter rung that was passed over, why it does not suffice
/// (comply or explain). Combinations across rungs are normal: together they are the arrangement
/// ("een pakket van ondersteunende maatregelen, waaronder eigen kracht, informele zorg,
/// voorzieningen uit de basisinfrastructuur en specialistische voorzieningen", Haarlem 2013 S1:116).
public struct SupportNeed: Hashable, Sendable, Codable {
  /// Unique in the case: a matrix domain id, or `vraag-<n>` for a question without one.
  public var id: String
  /// The life domain (an id of the profile's matrix), when the need is one.
  public var domain: String?
  /// As the professional and the client call it: "Eenzaamheid", "Schulden".
  public var title: String
  /// What was decided per rung, by rung id.
  public var rungs: [String: RungDecision]
  /// Every step up or down after the first arrangement (op- en afschalen).
  public var changes: [LadderChange]
  /// Closed when no support is needed for it any more.
  public var closed: Bool

  public init(
    id: String, domain: String? = nil, title: String, rungs: [String: RungDecision] = [:],
    changes: [LadderChange] = [], closed: Bool = false
  ) {
    self.id = id
    self.domain = domain
    self.title = title
    self.rungs = rungs
    self.changes = changes
    self.closed = closed
  }

  /// The decision on a rung, or an empty one.
  public func decision(on rung: String) -> RungDecision { rungs[rung] ?? RungDecision() }

  /// The offers arranged for this need, on every rung, with the rung they are on.
  public var offers: [(rung: String, offer: ArrangedOffer)] {
    rungs.sorted { $0.key < $1.key }.flatMap { rung, decision in
      decision.offers.map { (rung, $0) }
    }
  }
}

/// What was decided on one rung for one need.
public struct RungDecision: Hashable, Sendable, Codable {
  /// Whether the rung was looked at with the client.
  public var considered: Bool
  /// What the client and the network can do here, in the professional's words.
  public var note: String
  /// People from the conversation's network list who help on this rung.
  public var network: [String]
  /// The offers chosen on this rung.
  public var offers: [ArrangedOffer]
  /// Whether what this rung brings is enough.
  public var suffices: Sufficiency?
  /// Why it is not enough, or why the rung was passed over without looking (comply or explain).
  public var reason: String

  public init(
    considered: Bool = false, note: String = "", network: [String] = [],
    offers: [ArrangedOffer] = [], suffices: Sufficiency? = nil, reason: String = ""
  ) {
    self.considered = considered
    self.note = note
    self.network = network
    self.offers = offers
    self.suffices = suffices
    self.reason = reason
  }

  /// Whether the rung has been dealt with: looked at, or passed over with a reason.
  public var isAccountedFor: Bool { considered || !reason.trimmed.isEmpty }

  /// Whether anything was recorded at all.
  public var isEmpty: Bool { self == RungDecision() }
}

/// Whether a rung's help is enough for the need.
public enum Sufficiency: String, Hashable, Sendable, Codable, CaseIterable { case yes, partly, no }

/// One offer in the arrangement: from the sociale kaart, or named by the professional.
public struct ArrangedOffer: Hashable, Sendable, Codable {
  /// Unique within the need: the sociale-kaart id, or `eigen-<n>`.
  public var id: String
  /// The sociale-kaart offer it came from, if any.
  public var offerID: String?
  public var name: String
  public var status: Status
  /// When it was asked for (a BUUV request, an aanvraag).
  public var requested: LocalDate?
  /// When it started.
  public var started: LocalDate?
  /// When it ended.
  public var ended: LocalDate?
  /// For rungs that need one: the aanvraag and the beschikking.
  public var voorziening: Voorziening?

  public init(
    id: String, offerID: String? = nil, name: String, status: Status = .requested,
    requested: LocalDate? = nil, started: LocalDate? = nil, ended: LocalDate? = nil,
    voorziening: Voorziening? = nil
  ) {
    self.id = id
    self.offerID = offerID
    self.name = name
    self.status = status
    self.requested = requested
    self.started = started
    self.ended = ended
    self.voorziening = voorziening
  }

  /// Where the offer stands.
  public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
    /// Asked for, not started yet.
    case requested
    /// Running.
    case active
    /// Finished, stopped or no longer needed.
    case ended
  }
}

/// A step up or down the ladder after the first arrangement, with its reason.
public struct LadderChange: Hashable, Sendable, Codable {
  public enum Direction: String, Hashable, Sendable, Codable { case up, down }
  public var date: LocalDate
  public var direction: Direction
  public var reason: String

  public init(date: LocalDate, direction: Direction, reason: String) {
    self.date = date
    self.direction = direction
    self.reason = reason
  }
}
