import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// Everything the app shows and remembers between keys: one value, changed only by
/// ``reduce(_:_:_:)``.
public struct AppState: Equatable {
  public var language: Language
  public var size: Size
  /// The store path as shown in the status line.
  public var storeDescription: String
  public var readOnly: Bool
  /// Every case in the store as the lists need it, newest melding first (from the index).
  public internal(set) var list: CaseList
  /// Positions in ``list`` of the cases that pass the filter, in list order.
  public internal(set) var visible: [Int]
  /// The case files read so far: the selected and the open case at least (see
  /// ``casesToLoad``); the runner reads the others when they are needed.
  public var loaded: [CaseID: CaseFile]
  /// Cases in the list whose file could not be read when they were needed (not tried again).
  public var unreadable: [CaseID: String]
  public var readOnlyCases: Set<CaseID>
  public var problems: [StoreProblem]
  public var selection: CaseID?
  /// The `/` filter; changing it recomputes ``visible`` (a longer filter only looks at the
  /// cases still shown).
  public var filter: String {
    didSet {
      guard filter != oldValue else { return }
      let narrowing =
        !oldValue.isEmpty && CaseFilter.fold(filter).hasPrefix(CaseFilter.fold(oldValue))
      visible = list.matching(filter, within: narrowing ? visible : nil)
    }
  }
  public var focus: Focus
  public var detailScroll: Int
  public var mode: Mode
  public var overlay: Overlay?
  /// How far the overlay box is scrolled (help is taller than 24 rows).
  public var overlayScroll: Int
  public var message: StatusMessage?
  public var lastSave: SaveStamp?
  /// Set after a first Ctrl-C with unsaved work: a second one quits.
  public var confirmingQuit: Bool
  public var today: LocalDate
  public var colors: Bool
  /// The conversation guide, loaded from the resources at start.
  public var guide: ConversationGuide?
  /// The legal clock definitions, loaded from the resources at start.
  public var clocks: LegalClockSet?
  /// Drafts found at start that the user has not decided about yet.
  public var drafts: [ConversationDraft]
  /// The time of the last action (for the conversation timer).
  public var now: Date
  /// Set while a conversation save is under way that should close the screen.
  public var leavingConversation: Bool
  /// The user's time zone, for showing event times.
  public var timeZone: TimeZone
  /// The idle lock (see ``IdleLock``).
  public var lock: IdleLock
  /// Saves that another copy of the app beat, waiting for the user's choice.
  public var conflicts: [CaseConflict]
  /// What the status line says when the save under way succeeds (instead of "saved").
  public var pendingSaveMessage: String?
  /// Every matrix definition the app knows (shipped, and any loaded from a file).
  public var matrices: MatrixLibrary
  /// The definition new meetmomenten use (see ``MatrixChoice``).
  public var matrix: MatrixDefinition?
  /// The municipality profiles and their sociale kaart (the store's own is the active one).
  public var process: ProcessLibrary
  /// Who is working, and in which role (``LocalUser/actor`` names them in every event).
  public var user: LocalUser?
  /// The cases whose view was recorded in this session (`case.viewed`, at most once each).
  public var viewed: Set<CaseID>
  /// Views to record once the case's file is read (opened from a list over the index).
  public var pendingViews: [CaseID: String]
  /// A trainer's demo on a sandbox store (`casus demo`); `nil` in normal work.
  public var demo: DemoSession?

  public init(
    language: Language = .nl, size: Size, storeDescription: String, readOnly: Bool = false,
    cases: [CaseFile] = [], summaries: [CaseSummary] = [], searchTexts: [[UInt8]]? = nil,
    readOnlyCases: Set<CaseID> = [], problems: [StoreProblem] = [], today: LocalDate,
    colors: Bool = true,
    timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
  ) {
    self.language = language
    self.size = size
    self.storeDescription = storeDescription
    self.readOnly = readOnly
    var list = CaseList(summaries, searchTexts: searchTexts)
    for file in cases { list.upsert(CaseSummary(file)) }
    self.list = list
    self.visible = Array(list.summaries.indices)
    self.loaded = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    self.unreadable = [:]
    self.readOnlyCases = readOnlyCases
    self.problems = problems
    self.selection = list.summaries.first?.id
    self.filter = ""
    self.focus = .list
    self.detailScroll = 0
    self.mode = .browse
    self.overlay = nil
    self.overlayScroll = 0
    self.message = nil
    self.lastSave = nil
    self.confirmingQuit = false
    self.today = today
    self.colors = colors
    self.guide = nil
    self.clocks = nil
    self.drafts = []
    self.now = Date(timeIntervalSince1970: 0)
    self.leavingConversation = false
    self.timeZone = timeZone
    self.lock = IdleLock()
    self.conflicts = []
    self.pendingSaveMessage = nil
    self.matrices = MatrixLibrary()
    self.matrix = nil
    self.process = ProcessLibrary()
    self.user = nil
    self.viewed = []
    self.pendingViews = [:]
    self.demo = nil
    if !problems.isEmpty {
      message = StatusMessage(language.strings.problemsNotice(problems.count), kind: .error)
    }
  }

  /// The strings table for the current language.
  public var strings: any StringTable { language.strings }

  /// How many cases the store has.
  public var caseCount: Int { list.count }

  /// The ids of the cases that pass the filter, in list order.
  public var visibleCaseIDs: [CaseID] { visible.map { list.summaries[$0].id } }

  /// The summary of the `i`th case that passes the filter.
  public func visibleSummary(_ i: Int) -> CaseSummary { list.summaries[visible[i]] }

  /// Where a case is among those that pass the filter, if it is one of them.
  public func visibleIndex(of id: CaseID?) -> Int? {
    guard let position = list.position(id) else { return nil }
    let i = visible.partitionPoint { $0 < position }
    return i < visible.count && visible[i] == position ? i : nil
  }

  /// The summary of the selected case, if it is visible.
  public var selectedSummary: CaseSummary? {
    visibleIndex(of: selection).map(visibleSummary)
  }

  /// The selected case, if it is visible (and read: see ``casesToLoad``).
  public var selectedCase: CaseFile? {
    guard let selection, visibleIndex(of: selection) != nil else { return nil }
    return loaded[selection]
  }

  /// A case file the app has read.
  public func caseFile(_ id: CaseID?) -> CaseFile? { id.flatMap { loaded[$0] } }

  /// The name of a case's household, from the list (no file needed).
  public func householdName(_ id: CaseID?) -> String? { list.summary(id)?.householdName }

  /// The smallest terminal the layout is drawn for.
  public static let minimumSize = Size(width: 80, height: 24)

  public var isTooSmall: Bool {
    // In a demo the app draws above the narration panel: the terminal is what must fit.
    let whole = demo?.terminal ?? size
    return whole.width < AppState.minimumSize.width || whole.height < AppState.minimumSize.height
  }

  /// Whether there is typed work that is not saved yet.
  public var hasUnsavedWork: Bool {
    if case .form(let form) = mode { return form.isDirty }
    if case .document(let viewer) = mode, let response = viewer.response {
      return !response.text.isEmpty
    }
    if case .scoring(let session) = mode { return session.isDirty }
    return workflowHasUnsavedWork || hasUnsavedHandoverWork
  }
}

/// Which pane has the keyboard in the browse view.
public enum Focus: Equatable, Sendable { case list, detail }

/// What the keyboard is doing: browsing, typing a filter or a command, or filling a form.
public enum Mode: Equatable {
  case browse
  case filtering(TextInput)
  case command(TextInput)
  case form(MeldingForm)
  case conversation(ConversationSession)
  /// The Termijnen view across all cases, with the highlighted row.
  case deadlines(Int)
  /// A document about a case (the verslag), with its own keys.
  case document(DocumentViewer)
  /// Scoring a new matrix meetmoment.
  case scoring(ScoringSession)
  /// Comparing a case's meetmomenten.
  case comparison(ComparisonScreen)
  /// The ladder of a case: hulpvragen, rungs, the arrangement.
  case ladder(LadderScreen)
  /// The veiligheidsspoor of a case.
  case safety(SafetyScreen)
  /// The household plan of a case.
  case plan(PlanScreen)
  /// Every reminder across the cases.
  case agenda(AgendaScreen)
  /// Who is working (first start, `:rol`, `:naam`).
  case user(UserSetup)
  /// The handovers that came in for the role and those the user sent.
  case handovers(HandoverQueue)
  /// Registering a handover, and its preview.
  case handoverForm(HandoverForm)
  /// The procescoördinator's triage queue.
  case triage(TriageScreen)
  /// The receiving side's workspace for one handover.
  case workspace(Workspace)
  /// Every event of one case.
  case history(HistoryScreen)
  /// The monitoring report over the whole store, with its trends.
  case rapport(RapportScreen)
}

/// A box drawn over the current view.
public enum Overlay: Equatable, Sendable { case help, problems, recover, conflict }

/// A line of feedback in the status bar.
public struct StatusMessage: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case info, error }
  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}

/// When the last save happened, in the user's local time.
public struct SaveStamp: Equatable, Sendable {
  public var time: String
  public init(time: String) { self.time = time }
}
