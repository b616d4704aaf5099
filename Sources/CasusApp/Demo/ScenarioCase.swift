import CasusCore
import Foundation

/// A starting case of a scenario: its id and its history, which the engine replays into a
/// valid case file.
///
/// Events are given as in a case file (`at`, `actor`, `type`, `payload`); `seq` is numbered on
/// load and the hash chain is made when the sandbox saves the case.
public struct ScenarioCase: Equatable, Sendable {
  public var id: CaseID
  public var events: [CaseEvent]
  /// The case as the engine replays it (revision 0, not yet saved).
  public var file: CaseFile

  public init(id: CaseID, events: [CaseEvent]) throws(ReplayError) {
    let numbered = events.enumerated().map { i, event in
      CaseEvent(
        seq: i + 1, at: event.at, actor: event.actor, type: event.type, payload: event.payload)
    }
    self.id = id
    self.events = numbered
    let state = try CaseState.replay(id: id, events: numbered)
    self.file = CaseFile(id: id, revision: 0, state: state, events: numbered)
  }
}
