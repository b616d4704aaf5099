import CasusCore
import TerminalUI

/// The case list: one row per case, the selection marked with `▸` and reverse video.
func drawList(_ state: AppState, in rect: Rect, into screen: inout Screen, theme: Theme) {
  let s = state.strings
  let visible = state.visibleCases
  let focused = state.focus == .list && state.overlay == nil
  var title = "\(s.caseListTitle) (\(state.cases.count))"
  if !state.filter.isEmpty {
    title = "\(s.caseListTitle) \(s.filterSummary(shown: visible.count, total: state.cases.count))"
  }
  screen.box(
    rect, title: title, style: focused ? theme.focusedBorder : theme.border,
    titleStyle: focused ? theme.focusedBorder : theme.heading)
  var inner = rect.inset(by: 1)
  guard !inner.isEmpty else { return }

  var filterCursor: Point?
  if case .filtering(let input) = state.mode {
    let prompt = s.filterPrompt
    let x = screen.put(prompt, x: inner.x + 1, y: inner.y, style: theme.hintKey, clip: inner)
    let room = max(1, inner.maxX - x)
    let before = String(input.characters[..<input.cursor])
    let shown = before.displayWidth >= room ? String(before.suffix(room - 1)) : input.text
    screen.put(shown, x: x, y: inner.y, style: theme.field, clip: inner)
    filterCursor = Point(x: min(inner.maxX - 1, x + DisplayWidth.of(before)), y: inner.y)
    inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
  } else if !state.filter.isEmpty {
    screen.put(
      s.filterPrompt + state.filter, x: inner.x + 1, y: inner.y, style: theme.placeholder,
      clip: inner)
    inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
  }

  if visible.isEmpty {
    if !state.cases.isEmpty {
      screen.paragraph(
        s.noMatches,
        in: Rect(
          x: inner.x + 1, y: inner.y, width: inner.width - 2,
          height: inner.height), style: theme.placeholder)
    }
    screen.cursor = filterCursor ?? Point(x: inner.x, y: inner.y)
    return
  }
  let selectedIndex = visible.firstIndex { $0.id == state.selection } ?? 0
  let offset = max(0, selectedIndex - inner.height + 1)
  for row in 0..<inner.height {
    let index = offset + row
    guard index < visible.count else { break }
    let file = visible[index]
    let isSelected = index == selectedIndex
    let date = file.state.melding.date.dutch
    let marker = isSelected ? "▸ " : "  "
    // An urgent case (and one with a domain at level 1) says so in words, not by colour alone.
    let acute =
      file.state.isUrgent
      ? s.urgentMarker + " " : file.state.acuteDomains.isEmpty ? "" : s.acuteMarker + " "
    let nameWidth = max(1, inner.width - 2 - date.displayWidth - 1 - acute.displayWidth)
    let name = file.state.household.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth)
    let style = isSelected ? (focused ? theme.selected : theme.selectedUnfocused) : Style.plain
    let line = marker + name + " " + acute + date
    screen.bar(line, in: inner.row(row), style: style)
    if isSelected { screen.cursor = Point(x: inner.x, y: inner.y + row) }
  }
  if let filterCursor { screen.cursor = filterCursor }
}
