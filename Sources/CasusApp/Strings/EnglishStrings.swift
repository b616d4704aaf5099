import CasusCore
import CasusStore

/// The English user interface (`--lang en` or an English `LANG`).
public struct EnglishStrings: StringTable {
  public init() {}

  public var appName: String { "Casus" }
  public var readOnlyBadge: String { "READ ONLY" }
  public var caseListTitle: String { "Cases" }
  public var detailTitle: String { "Case" }
  public func caseCount(_ n: Int) -> String { n == 1 ? "1 case" : "\(n) cases" }
  public func filterSummary(shown: Int, total: Int) -> String { "\(shown) of \(total)" }
  public var noCasesYet: String { "No cases in this store yet." }
  public var noCasesHint: String { "Press n to register the first melding." }
  public var noMatches: String { "No cases match. Esc clears the filter." }
  public var saved: String { "saved" }
  public func savedAt(_ time: String) -> String { "saved at \(time)" }
  public var unsaved: String { "not saved" }
  public func registered(_ id: String) -> String { "Melding registered as case \(id)." }
  public var changesSaved: String { "Changes saved." }
  public func tooSmall(_ size: String, minimum: String) -> String {
    "Window too small: \(size). Casus needs at least \(minimum)."
  }
  public var tooSmallHint: String { "Make the window larger; nothing is lost." }

  public var phaseLabel: String { "Phase" }
  public var meldingLabel: String { "Melding" }
  public var regieLabel: String { "Regie" }
  public var questionHeading: String { "Question in their own words" }
  public var householdHeading: String { "Household" }
  public var historyHeading: String { "History" }
  public var revisionLabel: String { "revision" }
  public func age(_ years: Int) -> String { "\(years) y" }
  public func phase(_ phase: Phase) -> String {
    switch phase {
    case .melding: return "melding"
    case .gesprek: return "kitchen-table conversation"
    case .onderzoek: return "assessment"
    case .plan: return "plan"
    case .uitvoering: return "in progress"
    case .afgesloten: return "closed"
    }
  }
  public func source(_ source: Melding.Source) -> String {
    switch source {
    case .self: return "resident"
    case .network: return "network"
    case .professional: return "professional"
    case .signal: return "signal"
    }
  }
  public func role(_ role: Member.Role) -> String {
    switch role {
    case .client: return "client"
    case .partner: return "partner"
    case .child: return "child"
    case .parent: return "parent"
    case .other: return "housemate"
    }
  }
  public func regieHolder(_ holder: Regie.Holder) -> String {
    switch holder {
    case .resident: return "resident"
    case .network: return "someone from the network"
    case .clientSupport: return "client supporter"
    case .professional: return "professional"
    }
  }
  public func eventSummary(_ event: CaseEvent) -> String {
    switch event.type {
    case CaseEventType.opened: return "melding registered"
    case CaseEventType.conversationStarted: return "conversation started"
    case CaseEventType.noteChanged:
      let item = (try? event.payload.decode(NoteChanged.self))?.item ?? ""
      return "note on \(item)"
    case CaseEventType.stepStatusChanged:
      let p = try? event.payload.decode(StepStatusChanged.self)
      return "step \(p?.item ?? ""): \(p.map { stepStatus($0.new) } ?? "")"
    case CaseEventType.positionSaved: return "conversation paused"
    case CaseEventType.consentChanged: return "consent recorded"
    case CaseEventType.networkChanged: return "network updated"
    case CaseEventType.safetyChanged:
      let raised = (try? event.payload.decode(SafetyChanged.self))?.new?.raised ?? false
      return raised ? "safety concern raised" : "safety concern withdrawn"
    case CaseEventType.responseRecorded: return "response to the report recorded"
    case CaseEventType.exported:
      let p = try? event.payload.decode(CaseExported.self)
      return "\(p?.document ?? "document") exported (\(p?.format ?? ""))"
    case CaseEventType.matrixMeasured: return matrixMeasuredSummary(event)
    case CaseEventType.closed:
      let p = try? event.payload.decode(Closure.self)
      return "case closed (kept until \(p?.retainUntil.dutch ?? "?"))"
    case CaseEventType.reopened: return "case reopened"
    case CaseEventType.edited:
      let fields = (try? event.payload.decode(CaseEdited.self))?.changes.map { field($0.field) }
      return "changed: " + (fields ?? []).joined(separator: ", ")
    default: return handoverEventSummary(event) ?? ladderEventSummary(event) ?? event.type
    }
  }
  public func field(_ field: CaseField) -> String {
    switch field {
    case .householdName: return "household name"
    case .members: return "members"
    case .question: return "question"
    case .meldingDate: return "melding date"
    case .meldingSource: return "source"
    case .regie: return "regie"
    case .phase: return "phase"
    case .law: return "law"
    case .clientSupportOffered: return "client support offered"
    case .onderzoekFinished: return "assessment finished"
    case .verslagSent: return "report sent"
    case .persoonlijkPlan: return "personal plan received"
    case .aanvraag: return "application"
    case .beschikking: return "decision"
    }
  }
  public func stepStatus(_ status: StepStatus) -> String {
    switch status {
    case .notStarted: return "not started"
    case .inProgress: return "in progress"
    case .done: return "done"
    case .skipped: return "skipped"
    }
  }
  public func law(_ law: Law) -> String {
    switch law {
    case .wmo: return "Wmo 2015"
    case .jeugdwet: return "Jeugdwet"
    case .participatiewet: return "Participatiewet"
    }
  }
  public var readOnlyCase: String { "This case comes from a newer Casus and is read-only." }

  public var newMeldingTitle: String { "New melding" }
  public func editTitle(_ name: String) -> String { "Edit \(name)" }
  public var membersHeading: String { "Household members" }
  public func memberHeading(_ n: Int) -> String { "Member \(n)" }
  public var memberName: String { "Name" }
  public var memberBorn: String { "Date of birth" }
  public var memberRole: String { "Role" }
  public var addMember: String { "+ add a member (Enter or Ctrl-N)" }
  public var householdName: String { "Household name" }
  public var householdNamePlaceholder: String { "empty: the first member's name" }
  public var question: String { "Question in own words" }
  public var questionPlaceholder: String { "what does the resident ask, in their own words?" }
  public var sourceLabel: String { "Source" }
  public var meldingDate: String { "Melding date" }
  public var regieHolderLabel: String { "Regie held by" }
  public var regieNameLabel: String { "Name of regie holder" }
  public var dateFormatHint: String { "dd-mm-yyyy" }
  public func badDate(_ field: String) -> String {
    "\(field): not a valid date. Use dd-mm-yyyy, for example 03-02-1958."
  }
  public var discardChanges: String { "Discard changes? y = discard, n = keep working" }
  public var nothingChanged: String { "Nothing changed." }
  public var cancelled: String { "Cancelled; nothing was saved." }
  public func caseError(_ error: CaseError) -> String {
    switch error {
    case .emptyHouseholdName: return "Give the household a name."
    case .noMembers: return "A household needs at least one member."
    case .emptyMemberName(let i): return "Member \(i + 1) has no name yet."
    case .emptyQuestion: return "Record the resident's question in their own words."
    case .meldingInFuture(let d): return "The melding date \(d.dutch) is in the future."
    case .birthDateInFuture(let n, let d):
      return "Date of birth \(d.dutch) of \(n) is in the future."
    case .birthDateImplausible(let n, let d):
      return "Date of birth \(d.dutch) of \(n) is before 1900."
    case .regieNameMissing: return "Record who holds regie."
    case .nothingChanged: return nothingChanged
    case .caseNotClosed: return "This case is not closed."
    case .caseClosed: return "This case is closed."
    case .conversationNotStarted: return "The conversation has not started yet."
    case .conversationAlreadyStarted: return "The conversation has already started."
    case .emptyResponse: return "The response is empty."
    case .milestoneBeforeMelding(let f): return "The \(field(f)) date lies before the melding date."
    case .emptyNeedTitle: return "Name the question or life domain."
    case .needExists(let t): return "\(t) is already on the ladder."
    case .unknownNeed(let id): return "This case has no need \(id)."
    case .unknownRung(let id): return "Rung \(id) is not on this ladder."
    case .lighterRungsNotAccountedFor(let rungs):
      return "First record why these lighter rungs do not suffice: "
        + rungs.joined(separator: ", ") + "."
    case .emptyReason: return "Give a reason."
    case .safetyLaneAlreadyOpen: return "The safety lane is already open."
    case .noSafetyLane: return "The safety lane is not open."
    case .emptyPlanItem: return "Fill something in first."
    case .badTargetLevel(let n): return "Target level \(n) is not between 1 and 5."
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
        "Case \(id) was saved elsewhere meanwhile (revision \(onDisk)); nothing was overwritten."
    case .alreadyExists(let id): return "A case \(id) already exists; nothing was overwritten."
    case .notFound(let id): return "Case \(id) is not in the store (any more)."
    case .newerSchema(let id, _): return "Case \(id) comes from a newer Casus: read-only."
    case .unreadable(let file, let reason): return "\(file) is unreadable: \(reason)"
    case .readOnly: return "Read-only: nothing will be saved."
    case .locked: return storeLocked
    case .historyChanged(let id, let seq): return historyChanged(id.rawValue, seq)
    case .io(let path, _, let reason):
      let reason = systemReason(reason)
      return "Saving failed (\(reason), \(path)). Your input is kept; try again with Ctrl-S."
    }
  }
  public var quitUnsaved: String {
    "There is an unsaved form. Ctrl-C again to quit anyway, Esc to go back."
  }

  public var filterPrompt: String { "Search: " }
  public func unknownCommand(_ text: String) -> String {
    "Unknown command: \(text). Type :help for the list."
  }
  public var helpTitle: String { "Help" }
  public var helpCommandsHeading: String { "Commands (after :)" }
  public var helpClose: String { "Esc, q or ? closes help" }
  public var problemsTitle: String { "Problems with files" }
  public func problemsNotice(_ n: Int) -> String {
    n == 1
      ? "1 file could not be read; see :problems." : "\(n) files could not be read; see :problems."
  }
  public func problemKind(_ kind: StoreProblem.Kind) -> String {
    switch kind {
    case .unreadable: return "unreadable"
    case .newerVersion: return "newer version, read-only"
    case .invalid: return "invalid"
    case .quarantined: return "quarantined"
    case .conflict: return problemConflict
    }
  }
  public var noProblems: String { "All cases are in order." }

  public var keyUp: String { "up" }
  public var keyDown: String { "down" }
  public var keyTop: String { "to the top" }
  public var keyBottom: String { "to the bottom" }
  public var keyPageUp: String { "page up" }
  public var keyPageDown: String { "page down" }
  public var keyOpen: String { "open" }
  public var keyNew: String { "new" }
  public var keyEdit: String { "edit" }
  public var keyFilter: String { "search" }
  public var keyCommand: String { "command" }
  public var keyHelp: String { "help" }
  public var keyQuit: String { "quit" }
  public var keyRedraw: String { "redraw the screen" }
  public var keyProblems: String { "problems with files" }
  public var keyBack: String { "back" }
  public var keyNextField: String { "next field" }
  public var keyPreviousField: String { "previous field" }
  public var keySave: String { "save" }
  public var keyCancel: String { "cancel" }
  public var keyChoose: String { "choose" }
  public var keyAddMember: String { "add member" }
  public var keyRemoveMember: String { "remove member" }
  public var keyAccept: String { "done" }
  public var keyClear: String { "clear" }
  public var keyRun: String { "run" }

  public var commandNew: String { "new" }
  public var commandSearch: String { "search" }
  public var commandEdit: String { "edit" }
  public var commandHelp: String { "help" }
  public var commandProblems: String { "problems" }
  public var commandQuit: String { "quit" }
  public var keyConversation: String { "conversation" }
  public var keyNextStep: String { "next" }
  public var keyPreviousStep: String { "previous" }
  public var keyStepsList: String { "steps" }
  public var keyEditor: String { "text" }
  public var keyMarkDone: String { "done" }
  public var keySkip: String { "skip" }
  public var keySafety: String { "safety" }
  public var keyConsentRecord: String { "consent to record" }
  public var keyConsentInvolve: String { "consent to involve others" }
  public var keyExternalEditor: String { "open in $EDITOR" }
  public var keyPause: String { "pause" }
  public var keyAddPerson: String { "add person" }
  public var keyRemovePerson: String { "remove person" }
  public var commandConversation: String { "conversation" }
  public var conversationTitle: String { "Kitchen-table conversation" }
  public func conversationTimer(_ text: String) -> String { "conversation \(text)" }
  public var notesHeading: String { "Notes" }
  public var safetyBadge: String { "! SAFETY CONCERN" }
  public var safetyRaised: String { "Safety concern marked. Nothing is blocked." }
  public var safetyWithdrawn: String { "Safety concern withdrawn." }
  public var consentRecord: String { "Consent to record (Ctrl-R)" }
  public var consentInvolve: String { "Consent to involve others (Ctrl-O)" }
  public var networkHeading: String { "Network" }
  public var networkEmpty: String { "Nobody noted yet. Tab to the list, then a to add someone." }
  public var networkName: String { "Name" }
  public var networkRelation: String { "Relation" }
  public var networkCanDo: String { "Can" }
  public var networkCannotDo: String { "Cannot" }
  public var networkReachable: String { "Reachable" }
  public var yes: String { "yes" }
  public var no: String { "no" }
  public var networkNameMissing: String { "Give the person a name." }
  public var conversationSaved: String { "Conversation saved." }
  public var noGuide: String {
    "The conversation guide could not be loaded; the conversation is not available."
  }
  public func recoverPrompt(_ name: String, _ time: String) -> String {
    "An unsaved conversation with \(name) was found, kept at \(time)."
  }
  public var recoverKeys: String { "r = recover · d = discard · l = later" }
  public var recoverTitle: String { "Recover conversation" }
  public var draftRecovered: String { "Conversation recovered. Ctrl-S saves it into the case." }
  public var draftDiscarded: String { "Draft discarded." }
  public var editorUnavailable: String { "No external editor available; the text is unchanged." }
  public func draftFailed(_ reason: String) -> String { "Keeping the draft failed: \(reason)" }
  public func clockSummary(_ c: ClockStatus) -> String {
    let due = c.dueDate.map { $0.dutch } ?? ""
    switch c.state {
    case .notStarted: return "not started (no \(c.definition.start.rawValue) yet)"
    case .running:
      let n = c.daysLeft ?? 0
      return (n == 1 ? "1 day left" : "\(n) days left") + " (by \(due))"
    case .dueToday: return "due today (\(due))"
    case .overdue:
      let n = -(c.daysLeft ?? 0)
      return "! " + (n == 1 ? "1 day" : "\(n) days") + " overdue (was due \(due))"
    case .met: return "in time (\(c.stoppedDate?.dutch ?? ""))"
    case .metLate: return "! finished late (\(c.stoppedDate?.dutch ?? ""), due \(due))"
    case .closed: return "window closed (\(due))"
    }
  }
  public func clockLabel(_ c: ClockStatus) -> String { c.definition.label.en }
  public var clocksHeading: String { "Legal terms" }
  public var noClocks: String { "Casus keeps no legal terms for this law." }
  public var deadlinesTitle: String { "Legal terms of all cases" }
  public var deadlinesEmpty: String { "No terms are running." }
  public var keyDeadlines: String { "terms" }
  public var commandDeadlines: String { "terms" }
  public var lawLabel: String { "Law" }
  public var clientSupportLabel: String { "Client support offered" }
  public func optionalBool(_ value: Bool?) -> String {
    value.map { $0 ? "yes" : "no" } ?? "not recorded yet"
  }
  public var milestonesHeading: String { "Dates (dd-mm-yyyy)" }
  public var clientSupportShort: String { "Client support" }
  public func clientSupportValue(_ value: Bool?) -> String {
    value.map { $0 ? "offered" : "not offered" } ?? "not recorded yet"
  }
}
