import CasusCore
import TerminalUI

/// Where a handover screen goes back to with Esc, with that screen as it was left.
public indirect enum Back: Equatable {
  case list
  case queue(HandoverQueue)
  case triage(TriageScreen)
  case workspace(Workspace)
}

/// The form that asks who is working: a name for the history, and a role.
public struct UserSetup: Equatable {
  public var form: FieldForm
  /// At first start there is no one yet: Esc stops the app instead of going back.
  public var first: Bool
  public var back: Back

  public init(form: FieldForm, first: Bool, back: Back = .list) {
    self.form = form
    self.first = first
    self.back = back
  }
}

/// A reason typed on one line: why a registration is declined, or why it is closed.
public struct ReasonPrompt: Equatable {
  public enum Purpose: Equatable, Sendable { case decline, close }
  public var purpose: Purpose
  public var caseID: CaseID
  public var handover: String
  public var input: TextInput

  public init(_ purpose: Purpose, caseID: CaseID, handover: String) {
    self.purpose = purpose
    self.caseID = caseID
    self.handover = handover
    self.input = TextInput()
  }
}

/// A line filter being typed (`/`), or the one kept.
public struct LineFilter: Equatable {
  public var text: String = ""
  /// Set while the filter is being typed.
  public var input: TextInput?

  public init() {}

  /// The folded needle, for ``CaseFilter``.
  public var needle: String { CaseFilter.fold(text) }
}

/// The queues of handovers: what came in for the user's role, and what the user sent.
///
/// Both sides read the same handovers from the same cases, so they always show the same
/// states ("visible on both sides", Primero's transfer model).
public struct HandoverQueue: Equatable {
  public enum Tab: Equatable, Sendable, CaseIterable { case incoming, sent }
  public var tab: Tab
  public var row: Int
  public var filter: LineFilter
  /// Only handovers in this state, when set.
  public var state: HandoverState?
  public var prompt: ReasonPrompt?
  /// Whether this is the role's start view (then `q` stops the app).
  public var isHome: Bool

  public init(tab: Tab = .incoming, isHome: Bool = false) {
    self.tab = tab
    self.row = 0
    self.filter = LineFilter()
    self.state = nil
    self.prompt = nil
    self.isHome = isHome
  }
}

/// The procescoördinator's triage queue: every case ranked by its stuck signals.
public struct TriageScreen: Equatable {
  public enum Sort: Equatable, Sendable, CaseIterable {
    /// The highest score first (the default).
    case score
    /// The registration waiting longest first, then the rest by score.
    case waiting
    /// By household name.
    case name
  }

  public var row: Int
  public var filter: LineFilter
  /// Only cases that show this signal.
  public var signal: StuckSignal.Kind?
  /// Only cases with an open registration for procescoördinatie.
  public var onlyRegistered: Bool
  public var sort: Sort
  public var isHome: Bool
  /// The rows as last worked out, with what they were worked out from (see
  /// ``AppState/triageKey(_:)``): ranking every case takes a noticeable moment with tens of
  /// thousands of them, so moving through the list must not redo it.
  public var cache: Cache?

  /// What the rows were worked out from.
  public struct Key: Equatable, Sendable {
    public var cases: Int
    public var revisions: Int
    public var today: LocalDate
    public var filter: String
    public var signal: StuckSignal.Kind?
    public var onlyRegistered: Bool
    public var sort: Sort
    public var language: Language
  }

  /// Rows and the key they belong to, with every open case's entry before the filters.
  public struct Cache: Equatable, Sendable {
    public var key: Key
    public var entries: [TriageEntry]
    public var scored: [CaseID: Scored]

    /// Two caches made from the same key hold the same rows; comparing every scored case
    /// (each time a screen is compared) would cost more than a frame at 100,000 cases.
    public static func == (a: Cache, b: Cache) -> Bool {
      a.key == b.key && a.entries.count == b.entries.count
    }
  }

  /// One case's entry and the revision of the case it was worked out for.
  public struct Scored: Equatable, Sendable {
    public var revision: Int
    public var entry: TriageEntry
  }

  public init(isHome: Bool = false) {
    self.row = 0
    self.filter = LineFilter()
    self.signal = nil
    self.onlyRegistered = false
    self.sort = .score
    self.isHome = isHome
    self.cache = nil
  }
}

/// The registration of a handover: lane, reasons, question, ground, what goes along; then
/// the preview of exactly that, then send.
public struct HandoverForm: Equatable {
  public var caseID: CaseID
  /// The handover's id: new (`H2`) or the concept or declined one being revised.
  public var handover: String
  public var isNew: Bool
  public var form: FieldForm
  /// The lanes offered, in the form's order (the profile's lanes).
  public var lanes: [MunicipalityProfile.Lane]
  /// Set while the preview is shown: how far it is scrolled.
  public var preview: Int?
  public var back: Back

  public init(
    caseID: CaseID, handover: String, isNew: Bool, form: FieldForm,
    lanes: [MunicipalityProfile.Lane], back: Back
  ) {
    self.caseID = caseID
    self.handover = handover
    self.isNew = isNew
    self.form = form
    self.lanes = lanes
    self.preview = nil
    self.back = back
  }
}

/// The workspace of one handover on the receiving side: procescoördinatie (inventory, the
/// basics, the plan, the clock, hand back) or the Meer-team (the doorbraak).
public struct Workspace: Equatable {
  /// What a small form in the workspace is for.
  public enum Purpose: Equatable, Sendable {
    /// Add (nil) or change an involved professional.
    case involvement(String?)
    case basic(Basic)
    /// Add (nil) or change a plan item: `goal:<id>`, `action:<id>`, `agreement:<id>`.
    case plan(String?)
    case handBack
    case doorbraak
    case relapseChecked
  }

  public var caseID: CaseID
  public var handover: String
  /// The selected row among ``AppState/workspaceItems(_:_:)``.
  public var cursor: Int
  public var form: FieldForm?
  public var purpose: Purpose?
  public var prompt: ReasonPrompt?
  /// Set after a first Del: a second one removes the selected row.
  public var confirmingRemove: Bool
  public var back: Back

  public init(caseID: CaseID, handover: String, back: Back) {
    self.caseID = caseID
    self.handover = handover
    self.cursor = 0
    self.confirmingRemove = false
    self.form = nil
    self.purpose = nil
    self.prompt = nil
    self.back = back
  }
}

/// The history of one case: every event, filterable.
public struct HistoryScreen: Equatable {
  public var caseID: CaseID
  public var scroll: Int
  public var filter: LineFilter
  public var back: Back

  public init(caseID: CaseID, back: Back) {
    self.caseID = caseID
    self.scroll = 0
    self.filter = LineFilter()
    self.back = back
  }
}
