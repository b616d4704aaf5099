/// A handover of a case to another team, with the same states on both sides.
///
/// Primero's transfer model (accept or decline with a reason, consent or an explicit override,
/// a preview of exactly what goes along) applied to the Dutch lanes: the Meer-team
/// ("meerdere problemen tegelijk … de hulp stagneert … een onorthodoxe oplossing",
/// Haarlemmermeer 2019 B:1130-1136), procescoördinatie (Zoetermeer 2019 l.1334-1352, at most
/// half a year) and "erbij halen" (consult without handing over regie, B:920-936).
public struct Handover: Hashable, Sendable, Codable {
  /// `H1`, `H2`, … within the case.
  public var id: String
  public var lane: MunicipalityProfile.Lane.Kind
  /// The lane's name in the profile, kept so the history reads well after a profile change.
  public var laneName: String
  public var state: HandoverState
  /// Who registered it.
  public var from: String
  /// The team or professional it goes to.
  public var to: String
  /// The lane's criteria or registration reasons that apply (the profile's wording).
  public var reasons: [String]
  /// Why the case is stuck, in the sender's words ("hoeft niet alles te weten").
  public var whyStuck: String
  /// What the sender asks of the team.
  public var question: String
  /// The ground for sharing the data.
  public var consent: HandoverConsent?
  /// The parts of the case that go along (see ``HandoverPackage/Section``).
  public var sections: [HandoverPackage.Section]
  /// When it was registered, accepted, started, returned or closed.
  public var submitted: LocalDate?
  public var accepted: LocalDate?
  public var returned: LocalDate?
  /// Why the receiver declined it.
  public var declineReason: String?
  /// To whom the case was handed back.
  public var returnedTo: String?
  /// The evaluation at hand-back (procescoördinatie).
  public var evaluation: HandoverEvaluation?
  /// The Meer-team's doorbraak decision.
  public var doorbraak: Doorbraak?

  public init(
    id: String, lane: MunicipalityProfile.Lane.Kind, laneName: String, from: String, to: String,
    reasons: [String] = [], whyStuck: String = "", question: String = "",
    sections: [HandoverPackage.Section] = HandoverPackage.Section.allCases
  ) {
    self.id = id
    self.lane = lane
    self.laneName = laneName
    self.state = .concept
    self.from = from
    self.to = to
    self.reasons = reasons
    self.whyStuck = whyStuck
    self.question = question
    self.consent = nil
    self.sections = sections
  }

  /// Whether the handover still needs someone to act (it is in a queue).
  public var isOpen: Bool { ![.closed, .returned].contains(state) }
}

/// The states of a handover, the same for sender and receiver.
public enum HandoverState: String, Hashable, Sendable, Codable, CaseIterable {
  /// Being prepared by the sender; nothing has gone out.
  case concept
  /// Registered with the receiving team (aangemeld).
  case submitted
  /// Accepted by the receiver (geaccepteerd).
  case accepted
  /// Declined by the receiver, with a reason: back in the sender's queue (afgewezen).
  case declined
  /// The receiver is working on it (in behandeling).
  case inProgress
  /// Handed back to a professional already involved (teruggegeven).
  case returned
  /// Closed without hand-back (afgesloten), e.g. withdrawn or a consult that is done.
  case closed

  /// The states a handover may move to from this one.
  public var next: Set<HandoverState> {
    switch self {
    case .concept: return [.submitted, .closed]
    case .submitted: return [.accepted, .declined, .closed]
    case .accepted: return [.inProgress, .returned, .closed]
    case .declined: return [.submitted, .closed]
    case .inProgress: return [.returned, .closed]
    case .returned, .closed: return []
    }
  }
}

/// On what ground the data may go along.
public struct HandoverConsent: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The client agreed.
    case consent
    /// A legal ground (Wmo 2015 art. 5.2.1, Jeugdwet art. 7.4.0, the meldcode).
    case legalGround
    /// Shared without consent or ground, with the reason (e.g. acute danger).
    case override
  }

  public var kind: Kind
  /// The ground or the reason, in words.
  public var detail: String
  public var date: LocalDate

  public init(kind: Kind, detail: String, date: LocalDate) {
    self.kind = kind
    self.detail = detail
    self.date = date
  }
}

/// The evaluation when a procescoördinator hands a case back (Zoetermeer 2019 l.1381-1400).
public struct HandoverEvaluation: Hashable, Sendable, Codable {
  /// There is movement in the stuck case again.
  public var movement: Bool
  /// The professionals work together better.
  public var cooperation: Bool
  /// Professionals and household share a perspective.
  public var sharedPerspective: Bool
  /// The professionals found the procescoördinatie of added value.
  public var addedValue: Bool
  /// 1–10, as the professionals rate it.
  public var rating: Int
  /// Yearly cost of all care before and after, in whole euros.
  public var costBefore: Int
  public var costAfter: Int
  public var note: String

  public init(
    movement: Bool, cooperation: Bool, sharedPerspective: Bool, addedValue: Bool, rating: Int,
    costBefore: Int, costAfter: Int, note: String = ""
  ) {
    self.movement = movement
    self.cooperation = cooperation
    self.sharedPerspective = sharedPerspective
    self.addedValue = addedValue
    self.rating = rating
    self.costBefore = costBefore
    self.costAfter = costAfter
    self.note = note
  }
}

/// The Meer-team's doorbraak: an unorthodox, lasting solution with its reason and mandate.
///
/// "zoeken naar onorthodoxe, duurzame oplossingen (een zogenaamde 'doorbraak')" and "het
/// mandaat om alle vormen van zorg en ondersteuning in te zetten" (Haarlemmermeer 2017 A:66,
/// 2019 B:1136-1140).
public struct Doorbraak: Hashable, Sendable, Codable {
  public var solution: String
  public var reason: String
  public var mandate: String
  /// One-off or yearly cost in whole euros.
  public var cost: Int
  public var decided: LocalDate
  /// When to look for relapse and arrange aftercare.
  public var relapseCheck: LocalDate
  public var aftercare: String

  public init(
    solution: String, reason: String,
    mandate: String = "alle vormen van zorg en ondersteuning", cost: Int, decided: LocalDate,
    relapseCheck: LocalDate, aftercare: String = ""
  ) {
    self.solution = solution
    self.reason = reason
    self.mandate = mandate
    self.cost = cost
    self.decided = decided
    self.relapseCheck = relapseCheck
    self.aftercare = aftercare
  }
}
