import CasusCore
import CasusStore
import TerminalUI

/// The form that asks who is working, with the focus on `focus` (`name` or `role`).
func userForm(_ state: AppState, first: Bool, role: UserRole? = nil, focus: String = "name")
  -> FieldForm
{
  let s = state.strings
  let current = role ?? state.user?.role ?? .consulent
  var form = FieldForm(
    title: first ? s.userFormFirstTitle : s.userFormTitle,
    notes: first ? [s.userFormWhy] : [],
    fields: [
      .init("name", s.userNameLabel, .text(TextInput(state.user?.name ?? ""))),
      .init(
        "role", s.userRoleLabel,
        .choice(UserRole.allCases.map(s.userRole), UserRole.allCases.firstIndex(of: current) ?? 0)),
    ])
  form.focus(focus)
  return form
}

/// Opens the form for `:rol` / `:naam` without an argument.
func openUserForm(_ state: inout AppState, focus: String) -> [Effect] {
  state.mode = .user(
    UserSetup(form: userForm(state, first: false, focus: focus), first: false, back: .list))
  state.message = nil
  return []
}

/// Keys in the form that asks who is working.
func userKey(_ key: Key, _ setup: inout UserSetup, _ state: inout AppState) -> [Effect] {
  let width = max(10, state.size.width - 30)
  switch fieldFormKey(key, &setup.form, &state, width: width) {
  case .handled, .help:
    return []
  case .interrupt:
    return [.quit]
  case .cancel:
    if setup.first { return [.quit] }
    state.mode = mode(for: setup.back, state)
    state.message = StatusMessage(state.strings.cancelled)
    return []
  case .save:
    let name = setup.form.text("name")
    guard !name.isEmpty else {
      setup.form.focus("name")
      state.message = StatusMessage(state.strings.userNameMissing, kind: .error)
      return []
    }
    let role = UserRole.allCases[min(setup.form.choice("role"), UserRole.allCases.count - 1)]
    return switchUser(to: LocalUser(name: name, role: role), &state)
  }
}

/// Makes `user` the one working: written to the settings, or for this session only when the
/// store is read-only.
func switchUser(to user: LocalUser, _ state: inout AppState) -> [Effect] {
  if state.readOnly {
    userChanged(user, &state)
    state.message = StatusMessage(state.strings.userSessionOnly(state.strings.userLabel(user)))
    return []
  }
  return [.saveUser(user)]
}

/// After the user changed: the new role's start view when the role changed, the same view
/// otherwise.
func userChanged(_ user: LocalUser, _ state: inout AppState) {
  let old = state.user
  // The user given at start is only written to the settings: nothing changes on screen.
  if old == user, !isUserForm(state.mode) { return }
  state.user = user
  if case .user(let setup) = state.mode {
    state.mode =
      setup.first || old?.role != user.role
      ? AppState.startMode(for: user.role) : mode(for: setup.back, state)
  } else if old?.role != user.role {
    state.mode = AppState.startMode(for: user.role)
  }
  if case .triage(let screen) = state.mode { state.mode = .triage(state.cachingTriage(screen)) }
  state.message = StatusMessage(state.strings.userNow(state.strings.userLabel(user)))
}

/// `:rol ROL` and `:naam NAAM`: switch at once, or open the form when the word is missing.
func roleCommand(_ argument: String, _ state: inout AppState) -> [Effect] {
  let word = argument.trimmingCharacters(in: .whitespaces)
  if word.isEmpty { return openUserForm(&state, focus: "role") }
  guard let role = UserRole.parse(word) else {
    state.message = StatusMessage(state.strings.unknownRole(word), kind: .error)
    return []
  }
  guard let name = state.user?.name else {
    state.mode = .user(
      UserSetup(form: userForm(state, first: false, role: role), first: false, back: .list))
    return []
  }
  return switchUser(to: LocalUser(name: name, role: role), &state)
}

func nameCommand(_ argument: String, _ state: inout AppState) -> [Effect] {
  let name = argument.trimmingCharacters(in: .whitespaces)
  if name.isEmpty { return openUserForm(&state, focus: "name") }
  return switchUser(to: LocalUser(name: name, role: state.role), &state)
}

/// The screen a ``Back`` stands for.
func mode(for back: Back, _ state: AppState) -> Mode {
  switch back {
  case .list: return .browse
  case .queue(let q): return .handovers(q)
  case .triage(let t): return .triage(state.cachingTriage(t))
  case .workspace(let w): return .workspace(w)
  }
}

/// The current screen as a place to come back to.
func back(from mode: Mode) -> Back {
  switch mode {
  case .handovers(var q):
    q.prompt = nil
    return .queue(q)
  case .triage(let t): return .triage(t)
  case .workspace(var w):
    w.form = nil
    w.purpose = nil
    w.prompt = nil
    return .workspace(w)
  default: return .list
  }
}

private func isUserForm(_ mode: Mode) -> Bool {
  if case .user = mode { return true }
  return false
}
