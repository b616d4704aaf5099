/// Something to look at again on a date: the arrangement, an unanswered request, an action.
///
/// "Na een aantal weken krijgt Peter een herinnering om het arrangement rond de heer de Jong te
/// monitoren. Hij kijkt in het systeem en ziet dat er nog een vraag uitstaat in Buuv" (Haarlem
/// 2013 S1:528). Reminders are derived from the case, never stored: dealing with one records a
/// ``HouseholdPlan/Monitoring`` with its id.
public struct Reminder: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Look at how an offer in the arrangement is going.
    case monitor
    /// An offer was asked for and has not started.
    case openRequest
    /// A plan action is due.
    case action
  }

  /// Stable: `monitor:<need>/<offer>`, `request:<need>/<offer>`, `action:<id>`.
  public var id: String
  public var kind: Kind
  public var due: LocalDate
  /// The offer's name or the action's text.
  public var subject: String
  /// The need it belongs to, if any.
  public var need: String?

  public init(id: String, kind: Kind, due: LocalDate, subject: String, need: String? = nil) {
    self.id = id
    self.kind = kind
    self.due = due
    self.subject = subject
    self.need = need
  }
}

extension CaseState {
  /// The reminders not dealt with yet, earliest first.
  public func reminders(rules: MunicipalityProfile.ReminderRules) -> [Reminder] {
    let done = Set(plan.monitoring.map(\.reminder))
    var out: [Reminder] = []
    for need in needs where !need.closed {
      for (_, offer) in need.offers {
        let key = "\(need.id)/\(offer.id)"
        switch offer.status {
        case .active:
          if let started = offer.started {
            out.append(
              Reminder(
                id: "monitor:" + key, kind: .monitor,
                due: started.adding(days: rules.monitorAfterDays), subject: offer.name,
                need: need.id))
          }
        case .requested:
          if let requested = offer.requested {
            out.append(
              Reminder(
                id: "request:" + key, kind: .openRequest,
                due: requested.adding(days: rules.openRequestDays), subject: offer.name,
                need: need.id))
          }
        case .ended:
          break
        }
      }
    }
    for action in plan.actions where action.status == .open {
      if let due = action.due {
        out.append(
          Reminder(id: "action:" + action.id, kind: .action, due: due, subject: action.what))
      }
    }
    return out.filter { !done.contains($0.id) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
  }

  /// Whether the case must be treated as urgent: an open safety lane, a safety concern raised
  /// in the conversation, or a domain at level 1 (see ``urgencyReasons``).
  public var isUrgent: Bool { !urgencyReasons.isEmpty }

  /// Every aanvraag of the arrangement, with the dates its beschikking clock reads.
  public var aanvragen: [(need: String, offer: ArrangedOffer, dates: CaseDates)] {
    needs.flatMap { need in
      need.offers.compactMap { _, offer in
        guard let v = offer.voorziening else { return nil }
        return (
          need.id, offer,
          CaseDates(melding: melding.date, aanvraag: v.aanvraag, beschikking: v.decided)
        )
      }
    }
  }

  /// Every offer of the arrangement that is asked for or running, across needs and rungs.
  public var arrangement: [(need: SupportNeed, rung: String, offer: ArrangedOffer)] {
    needs.filter { !$0.closed }.flatMap { need in
      need.offers.filter { $0.offer.status != .ended }.map { (need, $0.rung, $0.offer) }
    }
  }
}
