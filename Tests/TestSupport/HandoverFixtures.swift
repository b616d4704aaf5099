import CasusApp
import CasusCore
import Foundation
import TerminalUI

/// App states with a user and a municipality profile, and a driver that answers every save
/// the way the runner would, so a test can play a whole story through the reducer.
public enum HandoverFixtures {
  public static let consulent = LocalUser(name: "Anna de Vries", role: .consulent)
  public static let coordinator = LocalUser(name: "Anna de Vries", role: .procescoordinator)
  public static let meerteam = LocalUser(name: "Bo Kramer", role: .meerteam)

  /// A shipped profile (`zoetermeer` has procescoördinatie, `haarlemmermeer` the Meer-team).
  public static func profile(_ id: String) -> MunicipalityProfile? {
    try? ProcessData.load(profile: id).profile
  }

  /// ``Fixtures/state(size:cases:language:)`` with a user working and the profile's lanes.
  public static func state(
    size: Size = Size(width: 80, height: 24), cases: [CaseFile] = [],
    user: LocalUser? = consulent, profile id: String = "zoetermeer", language: Language = .nl
  ) -> AppState {
    var state = Fixtures.state(size: size, cases: cases, language: language)
    state.user = user
    state.process = ProcessLibrary.load(active: id, ownKaart: nil).library
    if let user { state.mode = AppState.startMode(for: user.role) }
    return state
  }

  /// Plays keys through the reducer, answering effects as the runner would.
  ///
  /// Every save succeeds at once (revision + 1), and so do a recorded view and a new user.
  /// Returns every effect asked for.
  @discardableResult
  public static func drive(_ keys: String, on state: inout AppState, id: String = "C-TEST0001")
    -> [Effect]
  {
    var all: [Effect] = []
    for event in (try? KeyNotation.parse(keys)) ?? [] {
      var pending = reduce(&state, .event(event), context(state, id: id))
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        all.append(effect)
        switch effect {
        case .save(var file):
          file.revision += 1
          pending += reduce(&state, .saved(file), context(state, id: id))
        case .saveQuietly(var file):
          file.revision += 1
          pending += reduce(&state, .savedQuietly(file), context(state, id: id))
        case .saveUser(let user):
          pending += reduce(&state, .userSaved(user), context(state, id: id))
        default:
          break
        }
      }
    }
    return all
  }

  /// The context the runner would give: the user working is the actor.
  public static func context(_ state: AppState, id: String = "C-TEST0001") -> ReduceContext {
    Fixtures.context(id: id, actor: state.user?.actor ?? "consulent")
  }

  /// The saved cases among the effects, in order.
  public static func saves(_ effects: [Effect]) -> [CaseFile] {
    effects.compactMap { effect in
      if case .save(let file) = effect { return file }
      return nil
    }
  }

  /// Keys that register a household with a name and a question only ("almost no data").
  public static let melding = "nEl Amrani-Visser<Tab><Tab><Tab><Tab><Tab>het loopt vast<C-s>"

  /// Keys in the handover form: tick the second reason, say how consent was given, preview.
  public static let oneReason = "o<Tab><Tab><Tab><Space><Tab><Tab><Tab><Tab><Tab>mondeling<C-s>"
}
