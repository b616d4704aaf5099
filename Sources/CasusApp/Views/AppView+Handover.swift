import CasusCore
import TerminalUI

/// Draws the screens of the handover work; false when the mode is not one of them.
func drawHandoverMode(_ state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme)
  -> Bool
{
  switch state.mode {
  case .user(let setup):
    let width = min(rect.width, 76)
    let height = min(rect.height, FieldFormLayout.height(setup.form, width: width))
    drawFieldForm(
      setup.form, in: rect.centered(width: width, height: height), into: &screen, theme: theme)
  case .handovers(let queue):
    drawQueue(queue, state: state, in: rect, into: &screen, theme: theme)
  case .handoverForm(let form):
    drawHandoverForm(form, state: state, in: rect, into: &screen, theme: theme)
  case .triage(let triage):
    drawTriage(triage, state: state, in: rect, into: &screen, theme: theme)
  case .workspace(let w):
    drawWorkspace(w, state: state, in: rect, into: &screen, theme: theme)
  case .history(let h):
    drawHistory(h, state: state, in: rect, into: &screen, theme: theme)
  default:
    return false
  }
  return true
}

/// The bindings of the handover screen that has the keyboard (for hints and help).
func handoverBindings(_ state: AppState) -> [(label: String, help: String, hint: Bool)]? {
  let s = state.strings
  func rows<C>(_ map: Keymap<C>) -> [(label: String, help: String, hint: Bool)] {
    map.bindings.map { ($0.label, $0.help, $0.inHintBar) }
  }
  switch state.mode {
  case .user(let setup):
    // At first start there is no one to go back to: Esc stops the app.
    return rows(Keymaps.fieldForm(s)).map { row in
      setup.first && row.label == "Esc" ? (row.label, s.keyQuit, row.hint) : row
    }
  case .handovers(let q):
    if q.prompt != nil { return rows(Keymaps.reasonPrompt(s)) }
    if q.filter.input != nil { return rows(Keymaps(strings: s).filter) }
    return rows(Keymaps.queue(s, home: q.isHome, tab: q.tab))
  case .handoverForm(let f):
    guard f.preview == nil else { return rows(Keymaps.preview(s)) }
    // Ctrl-S first shows what goes along; nothing is saved yet.
    return rows(Keymaps.fieldForm(s)).map { row in
      row.label == "Ctrl-S" ? (row.label, s.keyPreview, row.hint) : row
    }
  case .triage(let t):
    if t.filter.input != nil { return rows(Keymaps(strings: s).filter) }
    return rows(Keymaps.triage(s, home: t.isHome))
  case .workspace(let w):
    if w.form != nil { return rows(Keymaps.fieldForm(s)) }
    if w.prompt != nil { return rows(Keymaps.reasonPrompt(s)) }
    let h = state.handover(w.caseID, w.handover)?.handover
    return rows(
      Keymaps.workspace(s, lane: h?.lane ?? .procescoordinatie, state: h?.state ?? .inProgress))
  case .history(let h):
    if h.filter.input != nil { return rows(Keymaps(strings: s).filter) }
    return rows(Keymaps.history(s))
  default:
    return nil
  }
}
