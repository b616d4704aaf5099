import CasusCore

extension DutchStrings: LadderStrings {
  public var keyEditRung: String { "bewerk" }
  public var keySearchKaart: String { "sociale kaart" }
  public var keyNetworkOnRung: String { "netwerk" }
  public var keyNewNeed: String { "hulpvraag erbij" }
  public var keyOtherPane: String { "andere kant" }
  public var keyOfferStatus: String { "status" }
  public var keyChangeNeed: String { "op-/afschalen" }
  public var keyRemoveOffer: String { "aanbod weg" }
  public var keyCloseNeed: String { "hulpvraag afsluiten" }
  public var keyCloseScreen: String { "sluit de ladder" }
  public var keyLadder: String { "ladder" }
  public var keySafetyLane: String { "veiligheidsspoor" }
  public var keyNextOrSave: String { "volgend veld (op het laatste: opslaan)" }
  public var keyTick: String { "aanvinken" }
  public var keyChooseItem: String { "kies" }
  public var keyNextReason: String { "volgende reden" }
  public var keyPreviousReason: String { "vorige reden" }
  public var keyRecordStep: String { "stap vastleggen" }
  public var keySafetyReason: String { "reden" }
  public var keyOpenSafetyLane: String { "openen" }
  public var keyCloseSafetyLane: String { "sluiten" }
  public var commandLadder: String { "ladder" }
  public var commandSafety: String { "veiligheid" }

  public var needsTitle: String { "Hulpvragen" }
  public var arrangementEntry: String { "= Arrangement" }
  public var arrangementTitle: String { "Arrangement" }
  public var noNeedsHint: String {
    "Nog geen hulpvragen. n voegt een levensgebied of een eigen vraag toe."
  }
  public var closedMarker: String { "afgesloten" }
  public var ladderSafetyBanner: String {
    "! Veiligheidsspoor open: zet meteen in wat nodig is; de lichtere treden hoeven niet eerst."
  }
  public var domainLabel: String { "Levensgebied" }
  public func matrixScoreShort(_ score: Int?, target: Int?) -> String {
    var text = score.map { "matrix: niveau \($0)" } ?? "matrix: niet besproken"
    if let target { text += ", doel \(target)" }
    return text
  }
  public func changeLine(_ change: LadderChange) -> String {
    switch change.direction {
    case .up: return "↑ Opgeschaald op \(change.date.dutch): \(change.reason)"
    case .down: return "↓ Afgeschaald op \(change.date.dutch): \(change.reason)"
    }
  }
  public var needClosedLine: String { "Afgesloten: hiervoor is geen ondersteuning meer nodig." }
  public func rungStatus(_ d: RungDecision, lighterSuffices: Bool) -> String {
    if d.considered {
      switch d.suffices {
      case .yes: return "bekeken, volstaat"
      case .partly: return "bekeken, volstaat deels"
      case .no: return "bekeken, volstaat niet"
      case nil: return "bekeken"
      }
    }
    if !d.reason.trimmingCharacters(in: .whitespaces).isEmpty {
      return d.offers.isEmpty ? "overgeslagen" : "direct ingezet"
    }
    if !d.offers.isEmpty { return "direct ingezet" }
    return lighterSuffices ? "niet nodig" : "nog niet bekeken"
  }
  public var beschikkingRungNote: String { "met aanvraag en beschikking" }
  public var networkLabel: String { "Netwerk" }
  public func unreachableName(_ name: String) -> String { "\(name) (niet bereikbaar)" }
  public var whyNotEnough: String { "Waarom niet genoeg" }
  public var skippedBecause: String { "Waarom dit niet volstaat" }
  public func offerStatus(_ o: ArrangedOffer) -> String {
    switch o.status {
    case .requested: return o.requested.map { "gevraagd \($0.dutch)" } ?? "gevraagd"
    case .active: return o.started.map { "loopt sinds \($0.dutch)" } ?? "loopt"
    case .ended: return o.ended.map { "gestopt \($0.dutch)" } ?? "gestopt"
    }
  }
  public func offerHistory(_ o: ArrangedOffer) -> String {
    var parts: [String] = []
    if let d = o.requested { parts.append("gevraagd op \(d.dutch)") }
    if let d = o.started {
      parts.append(o.status == .requested ? "begint \(d.dutch)" : "loopt sinds \(d.dutch)")
    }
    if let d = o.ended { parts.append("gestopt op \(d.dutch)") }
    if parts.isEmpty { parts.append(offerStatusName(o.status)) }
    if o.status == .requested, o.started == nil { parts.append("nog niet begonnen") }
    return parts.joined(separator: ", ")
  }
  public func offerStatusName(_ status: ArrangedOffer.Status) -> String {
    switch status {
    case .requested: return "gevraagd"
    case .active: return "loopt"
    case .ended: return "gestopt"
    }
  }
  public func decisionName(_ decision: Voorziening.Decision?) -> String {
    switch decision {
    case nil: return "nog geen besluit"
    case .granted: return "toegekend"
    case .partly: return "deels toegekend"
    case .refused: return "afgewezen"
    }
  }
  public func voorzieningForm(_ form: Voorziening.Form?) -> String {
    switch form {
    case nil: return "nog niet bekend"
    case .zin: return "zorg in natura"
    case .pgb: return "pgb"
    }
  }
  public func sufficiency(_ value: Sufficiency?) -> String {
    switch value {
    case nil: return "nog niet beoordeeld"
    case .yes: return "ja"
    case .partly: return "deels"
    case .no: return "nee"
    }
  }
  public func clockShort(_ c: ClockStatus) -> String {
    switch c.state {
    case .running:
      let n = c.daysLeft ?? 0
      return "beschikking " + (n == 1 ? "nog 1 dag" : "nog \(n) dagen")
    case .dueToday: return "beschikking vandaag"
    case .overdue:
      let n = -(c.daysLeft ?? 0)
      return "! beschikking " + (n == 1 ? "1 dag" : "\(n) dagen") + " over tijd"
    case .met: return "beschikking op tijd"
    case .metLate: return "! beschikking te laat"
    case .notStarted, .closed: return ""
    }
  }
  public func clockTitle(_ clock: CaseClock) -> String {
    clock.subject.map { "Beschikking \($0)" } ?? clockLabel(clock.status)
  }
  public func laneLine(_ name: String, _ criteria: [String]) -> String {
    let when = criteria.map { $0.prefix(1).lowercased() + $0.dropFirst() }
    return "Route ernaast: \(name)"
      + (when.isEmpty ? "" : " — als: " + when.joined(separator: "; "))
  }
  public var arrangementIntro: String {
    "Alles wat voor dit huishouden loopt of is gevraagd, over alle hulpvragen, van licht naar zwaar."
  }
  public var arrangementEmpty: String {
    "Nog niets gearrangeerd. Kies links een hulpvraag en zoek met / in de sociale kaart."
  }
  public var arrangementEnded: String { "Gestopt" }
  public var chooseNeedFirst: String { "Kies eerst een hulpvraag (n voegt er een toe)." }
  public var statusNeedsOffer: String {
    "s werkt op een aanbod: ga met j/k naar een regel met •."
  }
  public var confirmRemoveOffer: String { "Nogmaals x haalt dit aanbod uit het arrangement." }
  public func offerRemoved(_ name: String) -> String { "\(name) uit het arrangement gehaald." }
  public var offerAlreadyEnded: String {
    "Dit aanbod is al gestopt; Enter om de gegevens te wijzigen."
  }
  public func offerStatusChanged(_ name: String, _ status: String) -> String {
    "\(name): \(status)."
  }
  public var noProfile: String {
    "Er is geen gemeenteprofiel geladen; de ladder is niet beschikbaar."
  }

  public var newNeedTitle: String { "Hulpvraag toevoegen" }
  public var newNeedPrompt: String { "Levensgebied of eigen vraag: " }
  public var newNeedEmpty: String { "Typ een eigen vraag; Enter voegt hem toe." }
  public func suggestedByScore(_ score: Int) -> String { "matrix: niveau \(score)" }
  public var suggestedByConversation: String { "besproken in het gesprek" }
  public var suggestedTag: String { "voorgesteld" }
  public func ownQuestion(_ text: String) -> String { "Eigen vraag: \(text)" }
  public var ownQuestionDetail: String {
    "Een vraag die niet onder één levensgebied valt, in de woorden van de inwoner."
  }
  public func kaartTitle(_ rung: String) -> String { "Sociale kaart · \(rung)" }
  public var kaartPrompt: String { "Zoek: " }
  public var kaartEmpty: String {
    "Niets gevonden op deze trede. Typ een naam om eigen aanbod toe te voegen."
  }
  public var alreadyChosen: String { "al gekozen" }
  public func cost(_ cost: SocialeKaart.Offer.Cost) -> String {
    cost == .free ? "gratis" : "met kosten"
  }
  public func ownOffer(_ text: String) -> String { "Eigen aanbod: \(text)" }
  public var ownOfferDetail: String {
    "Aanbod dat niet op de sociale kaart staat: een vrijwilliger, een buurtgenoot, een eigen oplossing."
  }
  public var notReachable: String { "niet bereikbaar" }
  public var notInNetworkList: String { "niet in de netwerklijst" }
  public var networkPickerTitle: String { "Wie uit het netwerk doet hier mee?" }
  public var networkPickerPrompt: String {
    "Spatie vinkt aan of uit, Enter legt vast. Mensen voegt u toe in het gesprek (g, stap Netwerk)."
  }
  public var networkPickerEmpty: String {
    "Er staat nog niemand in de netwerklijst. Voeg mensen toe in het keukentafelgesprek "
      + "(g, stap Netwerk), of beschrijf het netwerk bij de trede (Enter)."
  }
  public var networkSaved: String { "Netwerk bij deze trede vastgelegd." }

  public var discardForm: String {
    "Wijzigingen weggooien? Nogmaals Esc gooit ze weg; Ctrl-S slaat op."
  }
  public var reasonLabel: String { "Reden" }
  public var dateLabel: String { "Datum" }
  public var noteLabel: String { "Notitie" }
  public func rungFormTitle(_ rung: String) -> String { "Trede: \(rung)" }
  public var consideredLabel: String { "Bekeken met de inwoner" }
  public var networkNoteLabel: String { "Wat kunnen inwoner en netwerk" }
  public var rungNoteLabel: String { "Notitie" }
  public var sufficesLabel: String { "Volstaat dit" }
  public func offerFormTitle(_ rung: String) -> String { "Aanbod · \(rung)" }
  public var beschikkingIntro: String {
    "Op deze trede hoort een aanvraag en een beschikking. De aanvraag start de beslistermijn "
      + "(Wmo 2015: twee weken; Jeugdwet: acht weken)."
  }
  public var offerNameLabel: String { "Naam" }
  public var offerStatusLabel: String { "Status" }
  public var requestedLabel: String { "Gevraagd op" }
  public var startedLabel: String { "Gestart op" }
  public var endedLabel: String { "Gestopt op" }
  public var aanvraagLabel: String { "Aanvraag ontvangen" }
  public var decisionLabel: String { "Besluit" }
  public var decidedLabel: String { "Beschikking verstuurd" }
  public var motivationLabel: String { "Motivering" }
  public var voorzieningStartLabel: String { "Ingangsdatum" }
  public var voorzieningEndLabel: String { "Einddatum" }
  public var voorzieningFormLabel: String { "Vorm" }
  public func changeTitle(_ need: String) -> String { "Op- of afschalen: \(need)" }
  public var changeIntro: String {
    "De situatie is veranderd: de ladder gaat voor deze hulpvraag weer open. "
      + "Noteer de richting en waarom."
  }
  public var directionLabel: String { "Richting" }
  public func direction(_ direction: LadderChange.Direction) -> String {
    direction == .up ? "opschalen (zwaardere hulp)" : "afschalen (lichtere hulp)"
  }
  public func closeNeedTitle(_ need: String) -> String { "Hulpvraag afsluiten: \(need)" }
  public var closeNeedIntro: String {
    "Is hiervoor geen ondersteuning meer nodig? Noteer waarom. De hulpvraag blijft zichtbaar "
      + "en gaat met o (op- of afschalen) weer open."
  }

  public func rungSaved(_ rung: String) -> String { "Trede \(rung) vastgelegd." }
  public var offerNameMissing: String { "Geef het aanbod een naam." }
  public var aanvraagMissing: String {
    "Vul de datum van de aanvraag in: zonder aanvraag is er geen besluit."
  }
  public func offerSaved(_ name: String) -> String { "\(name) vastgelegd." }
  public func changeSaved(_ direction: LadderChange.Direction) -> String {
    direction == .up
      ? "Opgeschaald; de ladder staat weer open voor deze hulpvraag."
      : "Afgeschaald; de ladder staat weer open voor deze hulpvraag."
  }
  public func needClosed(_ need: String) -> String { "Hulpvraag \(need) afgesloten." }
  public func needOpened(_ need: String) -> String {
    "Hulpvraag \(need) toegevoegd. Begin bij de lichtste trede."
  }

  public var reasonsTitle: String { "Pas toe of leg uit" }
  public func reasonsIntro(_ heavier: String) -> String {
    "U zet hulp in op \(heavier). Licht als het kan, zwaar als het moet: noteer voor elke "
      + "lichtere trede die niet is bekeken waarom die niet volstaat. Daarna wordt alles opgeslagen."
  }
  public func reasonQuestion(_ rung: String, _ n: Int, of total: Int) -> String {
    "Waarom volstaat \(rung) niet? (\(n) van \(total))"
  }
  public var reasonsKeys: String {
    "Enter: volgende · S-Tab: vorige · Esc: terug naar het formulier"
  }
  public func reasonRequired(_ rung: String) -> String {
    "Noteer waarom \(rung) niet volstaat; Esc gaat terug."
  }
  public var reasonsNotSaved: String { "Nog niets opgeslagen." }
  public func reasonsSaved(_ count: Int) -> String {
    count == 1
      ? "De reden en de hulp zijn opgeslagen." : "De \(count) redenen en de hulp zijn opgeslagen."
  }
}
