/// A date a handover must be looked at again: the end of procescoördinatie, or the Meer-team's
/// check for relapse and aftercare.
///
/// Derived from the case, never stored. "De coördinator is maximaal een half jaar betrokken;
/// na deze periode wordt de coördinatie overgedragen aan een reeds betrokken professional"
/// (Zoetermeer 2019 l.1349-1352). The relapse check comes from the doorbraak ("Hoe kunnen we
/// de resultaten van de inzet van het Meer-team en de nazorg duurzaam borgen?", Haarlemmermeer
/// 2019 B:2120-2128); dealing with it records a plan monitoring with ``reminderID``.
public struct HandoverDeadline: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Six months after acceptance the case goes back to a professional already involved.
    case procescoordinatie
    /// The doorbraak's date to look for relapse and arrange aftercare.
    case relapseCheck
  }

  public var kind: Kind
  /// The handover it belongs to (`H1`).
  public var handover: String
  public var due: LocalDate

  public init(kind: Kind, handover: String, due: LocalDate) {
    self.kind = kind
    self.handover = handover
    self.due = due
  }

  /// Days from `today` to the due date: 0 on the day, negative when it has passed.
  public func daysLeft(on today: LocalDate) -> Int { today.days(until: due) }

  /// The id a ``HouseholdPlan/Monitoring`` records when the relapse check was done.
  public var reminderID: String { "relapse:\(handover)" }
}

extension CaseState {
  /// The handover dates still to come or overdue, earliest first.
  public var handoverDeadlines: [HandoverDeadline] {
    let done = Set(plan.monitoring.map(\.reminder))
    var out: [HandoverDeadline] = []
    for h in handovers {
      if h.lane == .procescoordinatie, [.accepted, .inProgress].contains(h.state),
        let accepted = h.accepted
      {
        out.append(
          HandoverDeadline(
            kind: .procescoordinatie, handover: h.id,
            due: accepted.adding(months: StuckSignals.procescoordinatieMonths)))
      }
      if let doorbraak = h.doorbraak {
        let check = HandoverDeadline(
          kind: .relapseCheck, handover: h.id, due: doorbraak.relapseCheck)
        if !done.contains(check.reminderID) { out.append(check) }
      }
    }
    return out.sorted { ($0.due, $0.handover) < ($1.due, $1.handover) }
  }
}
