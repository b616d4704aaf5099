/// Why a case must be treated as urgent.
///
/// A safety concern lets the professional act at once and marks the case urgent in every
/// list ("veiligheidsrisico's niet samengaan met lange wachttijden", Haarlemmermeer 2019
/// B:3083-3087). Closing the safety lane, with its reason, is the professional's decision that
/// the urgency is over; a later meetmoment with a domain at level 1 makes it urgent again.
public enum UrgencyReason: Hashable, Sendable {
  /// The safety lane is open, with its reason.
  case safetyLane(reason: String)
  /// A safety concern was raised in the keukentafelgesprek and no lane was opened yet.
  case conversation(note: String)
  /// Life domains at level 1 (acute problematiek) in the latest meetmoment, not yet dealt
  /// with in a safety lane.
  case acute(domains: [String])

  /// A stable word for other systems (`casus list --json`).
  public var code: String {
    switch self {
    case .safetyLane: return "safetyLane"
    case .conversation: return "conversation"
    case .acute: return "matrix"
    }
  }
}

extension CaseState {
  /// Every reason the case is urgent now; empty when it is not.
  public var urgencyReasons: [UrgencyReason] {
    var out: [UrgencyReason] = []
    if let lane = safetyLane, lane.isOpen { out.append(.safetyLane(reason: lane.reason)) }
    if safetyLane == nil, let concern = conversation?.safety, concern.raised {
      out.append(.conversation(note: concern.note))
    }
    let acute = acuteDomains
    if !acute.isEmpty, safetyLane?.isOpen != true {
      // A closed lane settles the acute scores it was opened for; a newer meetmoment with a
      // level 1 counts again.
      let settled = safetyLane?.closed.map { (latestMeasurement?.date ?? $0) <= $0 } ?? false
      if !settled { out.append(.acute(domains: acute)) }
    }
    return out
  }
}
