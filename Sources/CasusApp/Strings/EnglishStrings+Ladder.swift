import CasusCore

extension EnglishStrings: LadderStrings {
  public var keyEditRung: String { "edit" }
  public var keySearchKaart: String { "local offers" }
  public var keyNetworkOnRung: String { "network" }
  public var keyNewNeed: String { "add a need" }
  public var keyOtherPane: String { "other pane" }
  public var keyOfferStatus: String { "status" }
  public var keyChangeNeed: String { "step up/down" }
  public var keyRemoveOffer: String { "remove offer" }
  public var keyCloseNeed: String { "close the need" }
  public var keyCloseScreen: String { "close the ladder" }
  public var keyLadder: String { "ladder" }
  public var keySafetyLane: String { "safety lane" }
  public var keyNextOrSave: String { "next field (on the last: save)" }
  public var keyTick: String { "tick" }
  public var keyChooseItem: String { "choose" }
  public var keyNextReason: String { "next reason" }
  public var keyPreviousReason: String { "previous reason" }
  public var keyRecordStep: String { "record step" }
  public var keySafetyReason: String { "reason" }
  public var keyOpenSafetyLane: String { "open" }
  public var keyCloseSafetyLane: String { "close" }
  public var commandLadder: String { "ladder" }
  public var commandSafety: String { "safety" }

  public var needsTitle: String { "Needs" }
  public var arrangementEntry: String { "= Arrangement" }
  public var arrangementTitle: String { "Arrangement" }
  public var noNeedsHint: String { "No needs yet. n adds a life domain or a question of its own." }
  public var closedMarker: String { "closed" }
  public var ladderSafetyBanner: String {
    "! Safety lane open: arrange what is needed now; the lighter rungs need not come first."
  }
  public var domainLabel: String { "Life domain" }
  public func matrixScoreShort(_ score: Int?, target: Int?) -> String {
    var text = score.map { "matrix: level \($0)" } ?? "matrix: not discussed"
    if let target { text += ", target \(target)" }
    return text
  }
  public func changeLine(_ change: LadderChange) -> String {
    switch change.direction {
    case .up: return "↑ Stepped up on \(change.date.dutch): \(change.reason)"
    case .down: return "↓ Stepped down on \(change.date.dutch): \(change.reason)"
    }
  }
  public var needClosedLine: String { "Closed: no support is needed for this any more." }
  public func rungStatus(_ d: RungDecision, lighterSuffices: Bool) -> String {
    if d.considered {
      switch d.suffices {
      case .yes: return "looked at, suffices"
      case .partly: return "looked at, partly suffices"
      case .no: return "looked at, does not suffice"
      case nil: return "looked at"
      }
    }
    if !d.reason.trimmingCharacters(in: .whitespaces).isEmpty {
      return d.offers.isEmpty ? "passed over" : "arranged at once"
    }
    if !d.offers.isEmpty { return "arranged at once" }
    return lighterSuffices ? "not needed" : "not looked at yet"
  }
  public var beschikkingRungNote: String { "with an application and a decision" }
  public var networkLabel: String { "Network" }
  public func unreachableName(_ name: String) -> String { "\(name) (cannot be reached)" }
  public var whyNotEnough: String { "Why not enough" }
  public var skippedBecause: String { "Why it does not suffice" }
  public func offerStatus(_ o: ArrangedOffer) -> String {
    switch o.status {
    case .requested: return o.requested.map { "asked \($0.dutch)" } ?? "asked for"
    case .active: return o.started.map { "running since \($0.dutch)" } ?? "running"
    case .ended: return o.ended.map { "ended \($0.dutch)" } ?? "ended"
    }
  }
  public func offerHistory(_ o: ArrangedOffer) -> String {
    var parts: [String] = []
    if let d = o.requested { parts.append("asked for on \(d.dutch)") }
    if let d = o.started {
      parts.append(o.status == .requested ? "starts \(d.dutch)" : "running since \(d.dutch)")
    }
    if let d = o.ended { parts.append("ended on \(d.dutch)") }
    if parts.isEmpty { parts.append(offerStatusName(o.status)) }
    if o.status == .requested, o.started == nil { parts.append("not started yet") }
    return parts.joined(separator: ", ")
  }
  public func offerStatusName(_ status: ArrangedOffer.Status) -> String {
    switch status {
    case .requested: return "asked for"
    case .active: return "running"
    case .ended: return "ended"
    }
  }
  public func decisionName(_ decision: Voorziening.Decision?) -> String {
    switch decision {
    case nil: return "no decision yet"
    case .granted: return "granted"
    case .partly: return "partly granted"
    case .refused: return "refused"
    }
  }
  public func voorzieningForm(_ form: Voorziening.Form?) -> String {
    switch form {
    case nil: return "not known yet"
    case .zin: return "care in kind"
    case .pgb: return "personal budget (pgb)"
    }
  }
  public func sufficiency(_ value: Sufficiency?) -> String {
    switch value {
    case nil: return "not judged yet"
    case .yes: return "yes"
    case .partly: return "partly"
    case .no: return "no"
    }
  }
  public func clockShort(_ c: ClockStatus) -> String {
    switch c.state {
    case .running:
      let n = c.daysLeft ?? 0
      return "decision " + (n == 1 ? "in 1 day" : "in \(n) days")
    case .dueToday: return "decision due today"
    case .overdue:
      let n = -(c.daysLeft ?? 0)
      return "! decision " + (n == 1 ? "1 day" : "\(n) days") + " overdue"
    case .met: return "decided in time"
    case .metLate: return "! decided late"
    case .notStarted, .closed: return ""
    }
  }
  public func clockTitle(_ clock: CaseClock) -> String {
    clock.subject.map { "Decision \($0)" } ?? clockLabel(clock.status)
  }
  public func laneLine(_ name: String, _ criteria: [String]) -> String {
    let when = criteria.map { $0.prefix(1).lowercased() + $0.dropFirst() }
    return "Route beside the ladder: \(name)"
      + (when.isEmpty ? "" : " — when: " + when.joined(separator: "; "))
  }
  public var arrangementIntro: String {
    "Everything running or asked for in this household, across all needs, from light to heavy."
  }
  public var arrangementEmpty: String {
    "Nothing arranged yet. Choose a need on the left and search the local offers with /."
  }
  public var arrangementEnded: String { "Ended" }
  public var chooseNeedFirst: String { "Choose a need first (n adds one)." }
  public var statusNeedsOffer: String { "s acts on an offer: move with j/k to a row with •." }
  public var confirmRemoveOffer: String { "x again takes this offer out of the arrangement." }
  public func offerRemoved(_ name: String) -> String { "\(name) taken out of the arrangement." }
  public var offerAlreadyEnded: String { "This offer has ended; Enter to change its details." }
  public func offerStatusChanged(_ name: String, _ status: String) -> String {
    "\(name): \(status)."
  }
  public var noProfile: String { "No municipality profile is loaded; the ladder is not available." }

  public var newNeedTitle: String { "Add a need" }
  public var newNeedPrompt: String { "Life domain or own question: " }
  public var newNeedEmpty: String { "Type a question of its own; Enter adds it." }
  public func suggestedByScore(_ score: Int) -> String { "matrix: level \(score)" }
  public var suggestedByConversation: String { "discussed in the conversation" }
  public var suggestedTag: String { "suggested" }
  public func ownQuestion(_ text: String) -> String { "Own question: \(text)" }
  public var ownQuestionDetail: String {
    "A question that does not belong to one life domain, in the resident's words."
  }
  public func kaartTitle(_ rung: String) -> String { "Local offers · \(rung)" }
  public var kaartPrompt: String { "Search: " }
  public var kaartEmpty: String {
    "Nothing found on this rung. Type a name to add an offer of your own."
  }
  public var alreadyChosen: String { "chosen" }
  public func cost(_ cost: SocialeKaart.Offer.Cost) -> String { cost == .free ? "free" : "paid" }
  public func ownOffer(_ text: String) -> String { "Own offer: \(text)" }
  public var ownOfferDetail: String {
    "An offer not in the local offers: a volunteer, a neighbour, a solution of their own."
  }
  public var notReachable: String { "cannot be reached" }
  public var notInNetworkList: String { "not in the network list" }
  public var networkPickerTitle: String { "Who from the network takes part here?" }
  public var networkPickerPrompt: String {
    "Space ticks or unticks, Enter records. Add people in the conversation (g, step Network)."
  }
  public var networkPickerEmpty: String {
    "Nobody is in the network list yet. Add people in the conversation (g, step Network), or "
      + "describe the network on the rung (Enter)."
  }
  public var networkSaved: String { "Network on this rung recorded." }

  public var discardForm: String { "Discard the changes? Esc again discards; Ctrl-S saves." }
  public var reasonLabel: String { "Reason" }
  public var dateLabel: String { "Date" }
  public var noteLabel: String { "Note" }
  public func rungFormTitle(_ rung: String) -> String { "Rung: \(rung)" }
  public var consideredLabel: String { "Looked at with the resident" }
  public var networkNoteLabel: String { "What resident and network can do" }
  public var rungNoteLabel: String { "Note" }
  public var sufficesLabel: String { "Does it suffice" }
  public func offerFormTitle(_ rung: String) -> String { "Offer · \(rung)" }
  public var beschikkingIntro: String {
    "This rung needs an application and a decision. The application starts the term for the "
      + "decision (Wmo 2015: two weeks; Jeugdwet: eight weeks)."
  }
  public var offerNameLabel: String { "Name" }
  public var offerStatusLabel: String { "Status" }
  public var requestedLabel: String { "Asked for on" }
  public var startedLabel: String { "Started on" }
  public var endedLabel: String { "Ended on" }
  public var aanvraagLabel: String { "Application received" }
  public var decisionLabel: String { "Decision" }
  public var decidedLabel: String { "Decision sent" }
  public var motivationLabel: String { "Grounds" }
  public var voorzieningStartLabel: String { "From" }
  public var voorzieningEndLabel: String { "Until" }
  public var voorzieningFormLabel: String { "Form" }
  public func changeTitle(_ need: String) -> String { "Step up or down: \(need)" }
  public var changeIntro: String {
    "The situation has changed: the ladder opens again for this need. Record the direction and why."
  }
  public var directionLabel: String { "Direction" }
  public func direction(_ direction: LadderChange.Direction) -> String {
    direction == .up ? "step up (heavier help)" : "step down (lighter help)"
  }
  public func closeNeedTitle(_ need: String) -> String { "Close the need: \(need)" }
  public var closeNeedIntro: String {
    "Is no support needed for this any more? Say why. The need stays visible and opens again "
      + "with o (step up or down)."
  }

  public func rungSaved(_ rung: String) -> String { "Rung \(rung) recorded." }
  public var offerNameMissing: String { "Give the offer a name." }
  public var aanvraagMissing: String {
    "Fill in the date of the application: without one there is no decision."
  }
  public func offerSaved(_ name: String) -> String { "\(name) recorded." }
  public func changeSaved(_ direction: LadderChange.Direction) -> String {
    direction == .up
      ? "Stepped up; the ladder is open again for this need."
      : "Stepped down; the ladder is open again for this need."
  }
  public func needClosed(_ need: String) -> String { "Need \(need) closed." }
  public func needOpened(_ need: String) -> String {
    "Need \(need) added. Start at the lightest rung."
  }

  public var reasonsTitle: String { "Comply or explain" }
  public func reasonsIntro(_ heavier: String) -> String {
    "You arrange help on \(heavier). Light where possible, heavy where needed: for every "
      + "lighter rung that was not looked at, say why it does not suffice. Then everything is saved."
  }
  public func reasonQuestion(_ rung: String, _ n: Int, of total: Int) -> String {
    "Why does \(rung) not suffice? (\(n) of \(total))"
  }
  public var reasonsKeys: String { "Enter: next · S-Tab: previous · Esc: back to the form" }
  public func reasonRequired(_ rung: String) -> String {
    "Say why \(rung) does not suffice; Esc goes back."
  }
  public var reasonsNotSaved: String { "Nothing saved yet." }
  public func reasonsSaved(_ count: Int) -> String {
    count == 1
      ? "The reason and the help are saved." : "The \(count) reasons and the help are saved."
  }
}
