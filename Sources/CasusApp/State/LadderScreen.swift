import CasusCore
import TerminalUI

/// The ladder screen of one case: its hulpvragen on the left, the rungs of the highlighted one
/// on the right, lightest first, with what was decided and arranged on each.
public struct LadderScreen: Equatable {
  /// Which pane has the keyboard.
  public enum Focus: Equatable, Sendable { case needs, rungs }

  public var caseID: CaseID
  public var focus: Focus
  /// The highlighted entry of the needs list: an index into the case's needs; the entry
  /// after the last need is the arrangement across all of them.
  public var need: Int
  /// The highlighted row of the rung pane (see ``LadderItem``).
  public var row: Int
  /// A form, a list to choose from or the comply-or-explain question over the screen.
  public var overlay: LadderOverlay?
  /// Set after a first `x` on an offer: a second one removes it.
  public var confirmingRemove: Bool

  public init(caseID: CaseID, need: Int = 0) {
    self.caseID = caseID
    self.focus = .needs
    self.need = need
    self.row = 0
    self.overlay = nil
    self.confirmingRemove = false
  }

  /// The rows of the rung pane for a need: each rung, then the offers chosen on it.
  public static func items(for need: SupportNeed, profile: MunicipalityProfile) -> [LadderItem] {
    profile.rungs.flatMap { rung in
      [LadderItem.rung(rung.id)]
        + need.decision(on: rung.id).offers.indices.map { .offer(rung: rung.id, index: $0) }
    }
  }
}

/// One row of the rung pane that the cursor can be on.
public enum LadderItem: Equatable, Sendable {
  case rung(String)
  /// An offer on a rung, by its position in the rung's decision.
  case offer(rung: String, index: Int)

  /// The rung the row belongs to.
  public var rung: String {
    switch self {
    case .rung(let id), .offer(let id, _): return id
    }
  }
}

/// What is drawn over the ladder screen.
public indirect enum LadderOverlay: Equatable {
  /// Choosing a life domain (or typing a question) for a new hulpvraag.
  case needPicker(Picker)
  /// Searching the sociale kaart for an offer on a rung.
  case kaart(Picker, rung: String)
  /// Ticking the people from the network who help on a rung.
  case network(Picker, rung: String)
  case form(EntryForm, LadderForm)
  /// Comply or explain: the reasons for the lighter rungs that were passed over.
  case reasons(ReasonsPrompt)
}

/// What a form on the ladder screen records.
public enum LadderForm: Equatable, Sendable {
  /// What was decided on a rung: looked at, the note, whether it suffices and why.
  case rung(String)
  /// An offer on a rung: a new one (`index` nil, from the kaart when `offerID` is set) or an
  /// existing one.
  case offer(rung: String, index: Int?, offerID: String?)
  /// Op- of afschalen for the need.
  case change
  /// No support needed any more.
  case close
}

/// The comply-or-explain question: why each passed-over lighter rung does not suffice.
///
/// Asked for every lighter rung that was neither looked at nor explained. Nothing is blocked:
/// when every reason is in, the reasons and the help on the heavier rung are saved together.
public struct ReasonsPrompt: Equatable {
  public var need: String
  /// The heavier rung and the decision that is waiting to be saved on it.
  public var rung: String
  public var decision: RungDecision
  /// The lighter rungs to explain, lightest first.
  public var rungs: [String]
  /// The reasons given so far, by rung.
  public var answers: [String: String]
  /// Which of ``rungs`` is asked now.
  public var index: Int
  public var input: TextInput
  /// Where Esc goes back to (the offer form, with everything typed in it).
  public var returnTo: LadderOverlay?

  public init(
    need: String, rung: String, decision: RungDecision, rungs: [String],
    returnTo: LadderOverlay?
  ) {
    self.need = need
    self.rung = rung
    self.decision = decision
    self.rungs = rungs
    self.answers = [:]
    self.index = 0
    self.input = TextInput()
    self.returnTo = returnTo
  }

  /// The rung asked about now.
  public var current: String? { rungs.indices.contains(index) ? rungs[index] : nil }
}
