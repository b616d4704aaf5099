import CasusCore
import CasusStore
import Foundation

extension AppRunner {
  /// Who is working at start: `--user`/`CASUS_USER` and `--role` win, then the store's
  /// settings; with no one known the form asks (never in a read-only store).
  ///
  /// A preset user is written to the settings when the store had none, so the next start
  /// knows them; the effects returned do that.
  static func startAsUser(_ state: inout AppState, store: CaseStore, preset: UserPreset?)
    -> [Effect]
  {
    var saved: LocalUser?
    do {
      saved = try store.loadSettings().user
    } catch {
      state.message = StatusMessage(state.strings.storeError(error), kind: .error)
    }
    let name = preset?.name ?? saved?.name
    let role = preset?.role ?? saved?.role
    if let name, !name.isEmpty {
      let user = LocalUser(name: name, role: role ?? .consulent)
      state.user = user
      state.mode = AppState.startMode(for: user.role)
      if case .triage(let screen) = state.mode { state.mode = .triage(state.cachingTriage(screen)) }
      return saved == nil && !store.readOnly ? [.saveUser(user)] : []
    }
    guard !store.readOnly else {
      if let role { state.mode = AppState.startMode(for: role) }
      state.user = nil
      return []
    }
    state.mode = .user(UserSetup(form: userForm(state, first: true, role: role), first: true))
    return []
  }
}
