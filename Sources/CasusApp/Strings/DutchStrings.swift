import CasusCore
import CasusStore

/// The Dutch user interface: the default.
public struct DutchStrings: StringTable {
  public init() {}

  public var appName: String { "Casus" }
  public var readOnlyBadge: String { "ALLEEN LEZEN" }
  public var caseListTitle: String { "Dossiers" }
  public var detailTitle: String { "Dossier" }
  public func caseCount(_ n: Int) -> String { n == 1 ? "1 dossier" : "\(n) dossiers" }
  public func filterSummary(shown: Int, total: Int) -> String { "\(shown) van \(total)" }
  public var noCasesYet: String { "Nog geen dossiers in deze opslag." }
  public var noCasesHint: String { "Druk op n om de eerste melding te registreren." }
  public var noMatches: String { "Geen dossiers gevonden. Esc wist het filter." }
  public var saved: String { "opgeslagen" }
  public func savedAt(_ time: String) -> String { "opgeslagen om \(time)" }
  public var unsaved: String { "niet opgeslagen" }
  public func registered(_ id: String) -> String { "Melding geregistreerd als dossier \(id)." }
  public var changesSaved: String { "Wijzigingen opgeslagen." }
  public func tooSmall(_ size: String, minimum: String) -> String {
    "Venster te klein: \(size). Casus heeft minstens \(minimum) nodig."
  }
  public var tooSmallHint: String { "Maak het venster groter; er gaat niets verloren." }

  public var phaseLabel: String { "Fase" }
  public var meldingLabel: String { "Melding" }
  public var regieLabel: String { "Regie" }
  public var questionHeading: String { "Vraag in eigen woorden" }
  public var householdHeading: String { "Huishouden" }
  public var historyHeading: String { "Geschiedenis" }
  public var revisionLabel: String { "revisie" }
  public func age(_ years: Int) -> String { "\(years) jr" }
  public func phase(_ phase: Phase) -> String {
    switch phase {
    case .melding: return "melding"
    case .gesprek: return "keukentafelgesprek"
    case .onderzoek: return "onderzoek"
    case .plan: return "plan"
    case .uitvoering: return "uitvoering"
    case .afgesloten: return "afgesloten"
    }
  }
  public func source(_ source: Melding.Source) -> String {
    switch source {
    case .self: return "inwoner zelf"
    case .network: return "netwerk"
    case .professional: return "professional"
    case .signal: return "signaal"
    }
  }
  public func role(_ role: Member.Role) -> String {
    switch role {
    case .client: return "cliënt"
    case .partner: return "partner"
    case .child: return "kind"
    case .parent: return "ouder"
    case .other: return "huisgenoot"
    }
  }
  public func regieHolder(_ holder: Regie.Holder) -> String {
    switch holder {
    case .resident: return "inwoner"
    case .network: return "iemand uit het netwerk"
    case .clientSupport: return "cliëntondersteuner"
    case .professional: return "professional"
    }
  }
  public func eventSummary(_ event: CaseEvent) -> String {
    switch event.type {
    case CaseEventType.opened: return "melding geregistreerd"
    case CaseEventType.conversationStarted: return "keukentafelgesprek begonnen"
    case CaseEventType.noteChanged:
      let item = (try? event.payload.decode(NoteChanged.self))?.item ?? ""
      return "aantekening bij \(item)"
    case CaseEventType.stepStatusChanged:
      let p = try? event.payload.decode(StepStatusChanged.self)
      return "stap \(p?.item ?? ""): \(p.map { stepStatus($0.new) } ?? "")"
    case CaseEventType.positionSaved: return "gesprek gepauzeerd"
    case CaseEventType.consentChanged: return "toestemming vastgelegd"
    case CaseEventType.networkChanged: return "netwerk bijgewerkt"
    case CaseEventType.safetyChanged:
      let raised = (try? event.payload.decode(SafetyChanged.self))?.new?.raised ?? false
      return raised ? "zorg over veiligheid gemeld" : "zorg over veiligheid ingetrokken"
    case CaseEventType.responseRecorded: return "reactie op verslag vastgelegd"
    case CaseEventType.exported:
      let p = try? event.payload.decode(CaseExported.self)
      return "\(p?.document ?? "document") geëxporteerd (\(p?.format ?? ""))"
    case CaseEventType.matrixMeasured: return matrixMeasuredSummary(event)
    case CaseEventType.closed:
      let p = try? event.payload.decode(Closure.self)
      return "dossier afgesloten (bewaren tot \(p?.retainUntil.dutch ?? "?"))"
    case CaseEventType.reopened: return "dossier heropend"
    case CaseEventType.edited:
      let fields = (try? event.payload.decode(CaseEdited.self))?.changes.map { field($0.field) }
      return "gewijzigd: " + (fields ?? []).joined(separator: ", ")
    default: return handoverEventSummary(event) ?? ladderEventSummary(event) ?? event.type
    }
  }
  public func field(_ field: CaseField) -> String {
    switch field {
    case .householdName: return "naam huishouden"
    case .members: return "gezinsleden"
    case .question: return "vraag"
    case .meldingDate: return "meldingsdatum"
    case .meldingSource: return "bron"
    case .regie: return "regie"
    case .phase: return "fase"
    case .law: return "wet"
    case .clientSupportOffered: return "cliëntondersteuning aangeboden"
    case .onderzoekFinished: return "onderzoek afgerond"
    case .verslagSent: return "verslag verstuurd"
    case .persoonlijkPlan: return "persoonlijk plan ontvangen"
    case .aanvraag: return "aanvraag"
    case .beschikking: return "beschikking"
    }
  }
  public func stepStatus(_ status: StepStatus) -> String {
    switch status {
    case .notStarted: return "nog niet begonnen"
    case .inProgress: return "bezig"
    case .done: return "klaar"
    case .skipped: return "overgeslagen"
    }
  }
  public func law(_ law: Law) -> String {
    switch law {
    case .wmo: return "Wmo 2015"
    case .jeugdwet: return "Jeugdwet"
    case .participatiewet: return "Participatiewet"
    }
  }
  public var readOnlyCase: String {
    "Dit dossier komt uit een nieuwere versie van Casus en is alleen te lezen."
  }

  public var newMeldingTitle: String { "Nieuwe melding" }
  public func editTitle(_ name: String) -> String { "Wijzig \(name)" }
  public var membersHeading: String { "Gezinsleden" }
  public func memberHeading(_ n: Int) -> String { "Gezinslid \(n)" }
  public var memberName: String { "Naam" }
  public var memberBorn: String { "Geboortedatum" }
  public var memberRole: String { "Rol" }
  public var addMember: String { "+ gezinslid toevoegen (Enter of Ctrl-N)" }
  public var householdName: String { "Naam huishouden" }
  public var householdNamePlaceholder: String { "leeg: naam van het eerste gezinslid" }
  public var question: String { "Vraag in eigen woorden" }
  public var questionPlaceholder: String { "wat vraagt de inwoner, in eigen woorden?" }
  public var sourceLabel: String { "Bron" }
  public var meldingDate: String { "Meldingsdatum" }
  public var regieHolderLabel: String { "Regie bij" }
  public var regieNameLabel: String { "Naam regiehouder" }
  public var dateFormatHint: String { "dd-mm-jjjj" }
  public func badDate(_ field: String) -> String {
    "\(field): geen geldige datum. Gebruik dd-mm-jjjj, bijvoorbeeld 03-02-1958."
  }
  public var discardChanges: String { "Wijzigingen weggooien? j = weggooien, n = verder werken" }
  public var nothingChanged: String { "Niets gewijzigd." }
  public var cancelled: String { "Geannuleerd; er is niets opgeslagen." }
  public func caseError(_ error: CaseError) -> String {
    switch error {
    case .emptyHouseholdName: return "Geef het huishouden een naam."
    case .noMembers: return "Een huishouden heeft minstens één gezinslid."
    case .emptyMemberName(let i): return "Gezinslid \(i + 1) heeft nog geen naam."
    case .emptyQuestion: return "Noteer de vraag van de inwoner in eigen woorden."
    case .meldingInFuture(let d): return "De meldingsdatum \(d.dutch) ligt in de toekomst."
    case .birthDateInFuture(let n, let d):
      return "Geboortedatum \(d.dutch) van \(n) ligt in de toekomst."
    case .birthDateImplausible(let n, let d):
      return "Geboortedatum \(d.dutch) van \(n) ligt voor 1900."
    case .regieNameMissing: return "Noteer wie de regie heeft."
    case .nothingChanged: return nothingChanged
    case .caseNotClosed: return "Dit dossier is niet afgesloten."
    case .caseClosed: return "Dit dossier is afgesloten."
    case .conversationNotStarted: return "Het gesprek is nog niet begonnen."
    case .conversationAlreadyStarted: return "Het gesprek is al begonnen."
    case .emptyResponse: return "De reactie is leeg."
    case .milestoneBeforeMelding(let f): return "De datum \(field(f)) ligt vóór de meldingsdatum."
    case .emptyNeedTitle: return "Geef de vraag of het levensgebied een naam."
    case .needExists(let t): return "\(t) staat al op de ladder."
    case .unknownNeed(let id): return "Dit dossier heeft geen hulpvraag \(id)."
    case .unknownRung(let id): return "Trede \(id) hoort niet bij deze ladder."
    case .lighterRungsNotAccountedFor(let rungs):
      return "Noteer eerst waarom deze lichtere treden niet volstaan: "
        + rungs.joined(separator: ", ") + "."
    case .emptyReason: return "Geef een reden."
    case .safetyLaneAlreadyOpen: return "Het veiligheidsspoor is al geopend."
    case .noSafetyLane: return "Het veiligheidsspoor is niet geopend."
    case .emptyPlanItem: return "Vul eerst iets in."
    case .badTargetLevel(let n): return "Doelniveau \(n) ligt niet tussen 1 en 5."
    case .matrix(let error): return matrixError(error)
    case .handoverExists, .unknownHandover, .handoverNeedsReceiver, .handoverNeedsConsent,
      .handoverNeedsReason, .handoverNeedsEvaluation, .handoverTransition, .badRating,
      .doorbraakNotAllowed, .relapseCheckBeforeDecision, .negativeCost:
      return handoverError(error)
    }
  }
  public func storeError(_ error: StoreError) -> String {
    switch error {
    case .staleRevision(let id, _, let onDisk):
      return
        "Dossier \(id) is intussen elders opgeslagen (revisie \(onDisk)); niets is overschreven."
    case .alreadyExists(let id): return "Er bestaat al een dossier \(id); niets is overschreven."
    case .notFound(let id): return "Dossier \(id) is niet (meer) in de opslag."
    case .newerSchema(let id, _): return "Dossier \(id) komt uit een nieuwere Casus: alleen lezen."
    case .unreadable(let file, let reason): return "\(file) is onleesbaar: \(reason)"
    case .readOnly: return "Alleen lezen: er wordt niets opgeslagen."
    case .locked: return storeLocked
    case .historyChanged(let id, let seq): return historyChanged(id.rawValue, seq)
    case .io(let path, _, let reason):
      let reason = systemReason(reason)
      return
        "Opslaan mislukt (\(reason), \(path)). Uw invoer is bewaard; probeer opnieuw met Ctrl-S."
    }
  }
  public var quitUnsaved: String {
    "Er is een niet-opgeslagen formulier. Nogmaals Ctrl-C om toch te stoppen, Esc om terug te gaan."
  }

  public var filterPrompt: String { "Zoek: " }
  public func unknownCommand(_ text: String) -> String {
    "Onbekende opdracht: \(text). Typ :hulp voor de lijst."
  }
  public var helpTitle: String { "Hulp" }
  public var helpCommandsHeading: String { "Opdrachten (na :)" }
  public var helpClose: String { "Esc, q of ? sluit de hulp" }
  public var problemsTitle: String { "Problemen met bestanden" }
  public func problemsNotice(_ n: Int) -> String {
    n == 1
      ? "1 bestand kon niet worden gelezen; zie :problemen."
      : "\(n) bestanden konden niet worden gelezen; zie :problemen."
  }
  public func problemKind(_ kind: StoreProblem.Kind) -> String {
    switch kind {
    case .unreadable: return "onleesbaar"
    case .newerVersion: return "nieuwere versie, alleen lezen"
    case .invalid: return "ongeldig"
    case .quarantined: return "in quarantaine"
    case .conflict: return problemConflict
    }
  }
  public var noProblems: String { "Alle dossiers zijn in orde." }

  public var keyUp: String { "omhoog" }
  public var keyDown: String { "omlaag" }
  public var keyTop: String { "naar het begin" }
  public var keyBottom: String { "naar het eind" }
  public var keyPageUp: String { "pagina terug" }
  public var keyPageDown: String { "pagina verder" }
  public var keyOpen: String { "open" }
  public var keyNew: String { "nieuw" }
  public var keyEdit: String { "wijzig" }
  public var keyFilter: String { "zoek" }
  public var keyCommand: String { "opdracht" }
  public var keyHelp: String { "hulp" }
  public var keyQuit: String { "stop" }
  public var keyRedraw: String { "scherm opnieuw tekenen" }
  public var keyProblems: String { "problemen met bestanden" }
  public var keyBack: String { "terug" }
  public var keyNextField: String { "volgend veld" }
  public var keyPreviousField: String { "vorig veld" }
  public var keySave: String { "opslaan" }
  public var keyCancel: String { "annuleer" }
  public var keyChoose: String { "kies" }
  public var keyAddMember: String { "gezinslid erbij" }
  public var keyRemoveMember: String { "gezinslid weg" }
  public var keyAccept: String { "klaar" }
  public var keyClear: String { "wis" }
  public var keyRun: String { "uitvoeren" }

  public var commandNew: String { "nieuw" }
  public var commandSearch: String { "zoek" }
  public var commandEdit: String { "wijzig" }
  public var commandHelp: String { "hulp" }
  public var commandProblems: String { "problemen" }
  public var commandQuit: String { "stop" }
  public var keyConversation: String { "gesprek" }
  public var keyNextStep: String { "volgende" }
  public var keyPreviousStep: String { "vorige" }
  public var keyStepsList: String { "stappen" }
  public var keyEditor: String { "tekst" }
  public var keyMarkDone: String { "klaar" }
  public var keySkip: String { "overslaan" }
  public var keySafety: String { "veiligheid" }
  public var keyConsentRecord: String { "toestemming vastleggen" }
  public var keyConsentInvolve: String { "toestemming anderen betrekken" }
  public var keyExternalEditor: String { "open in $EDITOR" }
  public var keyPause: String { "pauze" }
  public var keyAddPerson: String { "persoon erbij" }
  public var keyRemovePerson: String { "persoon weg" }
  public var commandConversation: String { "gesprek" }
  public var conversationTitle: String { "Keukentafelgesprek" }
  public func conversationTimer(_ text: String) -> String { "gesprek \(text)" }
  public var notesHeading: String { "Aantekeningen" }
  public var safetyBadge: String { "! ZORG OVER VEILIGHEID" }
  public var safetyRaised: String {
    "Zorg over veiligheid gemarkeerd. Er wordt niets tegengehouden."
  }
  public var safetyWithdrawn: String { "Zorg over veiligheid ingetrokken." }
  public var consentRecord: String { "Toestemming om vast te leggen (Ctrl-R)" }
  public var consentInvolve: String { "Toestemming om anderen te betrekken (Ctrl-O)" }
  public var networkHeading: String { "Netwerk" }
  public var networkEmpty: String {
    "Nog niemand genoteerd. Tab naar de lijst, dan a om iemand toe te voegen."
  }
  public var networkName: String { "Naam" }
  public var networkRelation: String { "Relatie" }
  public var networkCanDo: String { "Kan" }
  public var networkCannotDo: String { "Kan niet" }
  public var networkReachable: String { "Bereikbaar" }
  public var yes: String { "ja" }
  public var no: String { "nee" }
  public var networkNameMissing: String { "Geef de persoon een naam." }
  public var conversationSaved: String { "Gesprek opgeslagen." }
  public var noGuide: String {
    "De gespreksleidraad kon niet worden geladen; het gesprek is niet beschikbaar."
  }
  public func recoverPrompt(_ name: String, _ time: String) -> String {
    "Er is een niet-opgeslagen gesprek met \(name) gevonden, bewaard op \(time)."
  }
  public var recoverKeys: String { "h = herstellen · w = weggooien · l = later" }
  public var recoverTitle: String { "Gesprek herstellen" }
  public var draftRecovered: String { "Gesprek hersteld. Ctrl-S slaat het op in het dossier." }
  public var draftDiscarded: String { "Concept weggegooid." }
  public var editorUnavailable: String {
    "Geen externe editor beschikbaar; de tekst is niet veranderd."
  }
  public func draftFailed(_ reason: String) -> String { "Concept bewaren mislukt: \(reason)" }
  public func clockSummary(_ c: ClockStatus) -> String {
    let due = c.dueDate.map { $0.dutch } ?? ""
    switch c.state {
    case .notStarted: return "start nog niet (geen \(startName(c)))"
    case .running:
      let n = c.daysLeft ?? 0
      return (n == 1 ? "nog 1 dag" : "nog \(n) dagen") + " (uiterlijk \(due))"
    case .dueToday: return "vandaag (\(due))"
    case .overdue:
      let n = -(c.daysLeft ?? 0)
      return "! " + (n == 1 ? "1 dag" : "\(n) dagen") + " over tijd (uiterlijk \(due))"
    case .met: return "op tijd (\(c.stoppedDate?.dutch ?? ""))"
    case .metLate: return "! te laat afgerond (\(c.stoppedDate?.dutch ?? ""), uiterlijk \(due))"
    case .closed: return "termijn voorbij (\(due))"
    }
  }
  private func startName(_ c: ClockStatus) -> String {
    switch c.definition.start {
    case .melding: return "melding"
    case .aanvraag: return "aanvraag"
    case .onderzoekFinished: return "onderzoek"
    case .verslagSent: return "verslag"
    case .persoonlijkPlan: return "persoonlijk plan"
    case .beschikking: return "beschikking"
    }
  }
  public func clockLabel(_ c: ClockStatus) -> String { c.definition.label.nl }
  public var clocksHeading: String { "Termijnen" }
  public var noClocks: String { "Voor deze wet houdt Casus geen wettelijke termijnen bij." }
  public var deadlinesTitle: String { "Termijnen van alle dossiers" }
  public var deadlinesEmpty: String { "Er lopen geen termijnen." }
  public var keyDeadlines: String { "termijnen" }
  public var commandDeadlines: String { "termijnen" }
  public var lawLabel: String { "Wet" }
  public var clientSupportLabel: String { "Cliëntondersteuning aangeboden" }
  public func optionalBool(_ value: Bool?) -> String {
    value.map { $0 ? "ja" : "nee" } ?? "nog niet vastgelegd"
  }
  public var milestonesHeading: String { "Data (dd-mm-jjjj)" }
  public var clientSupportShort: String { "Cliëntondersteuning" }
  public func clientSupportValue(_ value: Bool?) -> String {
    value.map { $0 ? "aangeboden" : "niet aangeboden" } ?? "nog niet vastgelegd"
  }
}
