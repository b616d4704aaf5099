import CasusCore
import TerminalUI

/// The columns of the scoring table at a width.
struct ScoringColumns {
  let name: Int
  let note: Int
  static let pointer = 2
  static let levels = 15
  static let notDiscussed = 5
  static let target = 5
  static let previous = 7

  init(width: Int) {
    let fixed =
      Self.pointer + Self.levels + Self.notDiscussed + Self.target + Self.previous + 1
    name = min(30, max(14, width - fixed - 12))
    note = max(0, width - fixed - name)
  }
}

/// The scoring screen: domains down the side, the levels across, guidance for the focused
/// level below.
func drawScoring(
  _ session: ScoringSession, state: AppState, in rect: Rect, into screen: inout Screen,
  theme: Theme
) {
  let s = state.strings
  let lang = state.language.rawValue
  let definition = session.definition
  let household = state.householdName(session.caseID) ?? ""
  screen.box(
    rect, title: "\(s.scoringTitle) · \(definition.title.text(lang)) · \(household)",
    style: theme.focusedBorder, titleStyle: theme.focusedBorder)
  let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  guard inner.height >= 6, inner.width >= 40 else { return }
  var cursor: Point?

  // The info line: date, previous meetmoment, progress, acute domains.
  var x = screen.put("\(s.measurementDateLabel): ", x: inner.x, y: inner.y, clip: inner)
  if case .date(let input) = session.editing {
    let field = Rect(x: x, y: inner.y, width: 12, height: 1)
    screen.fill(field, style: theme.focusedField)
    if input.isEmpty {
      screen.put(session.date.dutch, x: x, y: inner.y, style: theme.placeholder, clip: field)
    }
    screen.put(input.text, x: x, y: inner.y, style: theme.focusedField, clip: field)
    cursor = Point(x: x + DisplayWidth.of(String(input.characters[..<input.cursor])), y: inner.y)
    x += 12
  } else {
    x = screen.put(session.date.dutch, x: x, y: inner.y, style: theme.heading, clip: inner)
  }
  var info = " · " + s.scoredCount(session.decided.count, of: definition.domains.count)
  if let previous = session.previous { info += " · " + s.previousMeasurement(previous.date.dutch) }
  x = screen.put(info, x: x, y: inner.y, clip: inner)
  let acute = session.entries.indices.filter { session.entries[$0].score == 1 }
    .map { definition.domains[$0].name.text(lang) }
  if !acute.isEmpty {
    let badge = " " + s.acuteBadge(acute) + " "
    screen.put(
      badge.truncated(toWidth: max(0, inner.maxX - x - 1)),
      x: max(x + 1, inner.maxX - badge.displayWidth), y: inner.y, style: theme.error, clip: inner)
  }

  // The table.
  let columns = ScoringColumns(width: inner.width)
  let header =
    "".padded(toWidth: ScoringColumns.pointer)
    + s.domainColumn.truncated(toWidth: columns.name).padded(toWidth: columns.name) + " "
    + " 1  2  3  4  5 " + " nb  " + s.targetColumn.padded(toWidth: ScoringColumns.target)
    + s.previousColumn.padded(toWidth: ScoringColumns.previous) + s.noteColumn
  screen.put(header, x: inner.x, y: inner.y + 1, style: theme.heading, clip: inner)
  let minimumBottom = 4
  let visible = max(1, min(definition.domains.count, inner.height - 2 - minimumBottom))
  let offset = min(max(0, session.row - visible + 1), max(0, definition.domains.count - visible))
  for line in 0..<visible {
    let index = offset + line
    guard definition.domains.indices.contains(index) else { break }
    let y = inner.y + 2 + line
    let point = drawScoringRow(
      session, index: index, columns: columns, x: inner.x, y: y, width: inner.width,
      state: state, into: &screen, theme: theme)
    if index == session.row, cursor == nil, session.editing == nil { cursor = point }
  }

  // Below the table: the focused cell's guidance, the organisation's text, the note.
  var y = inner.y + 2 + visible
  guard let domain = session.domain else { return }
  let level = definition.level(session.level)
  let rule = " \(domain.name.text(lang)) · \(session.level) \(level?.name.text(lang) ?? "") "
  screen.put(
    "─" + rule + String(repeating: "─", count: max(0, inner.width - rule.displayWidth - 1)),
    x: inner.x, y: y, style: theme.border, clip: inner)
  y += 1
  let room = inner.maxY - 1 - y
  var acuteLines = s.acutePrompt(acute).wrapped(toWidth: inner.width)
  if acute.isEmpty { acuteLines = [] }
  var text: [StyledLine] = []
  if let cell = domain.level(session.level) {
    var descriptor: [String] = []
    if let d = cell.descriptor {
      let body = d.text(lang).isEmpty ? d.nl : d.text(lang)
      descriptor = "\(s.descriptorLabel): \(body)".wrapped(toWidth: inner.width)
    }
    let ladder = MatrixDefinition.scores.reversed().map { score in
      let marker = score == session.level ? "▸ " : "  "
      let guidance = domain.level(score)?.guidance.text(lang) ?? ""
      return StyledLine(
        (marker + "\(score) " + guidance).truncated(toWidth: inner.width),
        score == session.level ? theme.hintKey : theme.placeholder)
    }
    if room >= ladder.count + descriptor.count + acuteLines.count {
      // Room for the whole ladder, top-down as the method scores.
      text = ladder
    } else {
      let lines = cell.guidance.text(lang).wrapped(toWidth: inner.width)
      text = lines.map { StyledLine($0) }
    }
    text += descriptor.map { StyledLine($0, theme.placeholder) }
  }
  if text.count + acuteLines.count > room, !acuteLines.isEmpty {
    // The acute prompt always shows, in one line if it must.
    acuteLines = [acuteLines.joined(separator: " ").truncated(toWidth: inner.width)]
  }
  let keep = max(0, room - acuteLines.count)
  if text.count > keep, keep > 0 {
    let cut = text[keep - 1].text + " " + text[keep...].map(\.text).joined(separator: " ")
    text =
      Array(text.prefix(keep - 1)) + [
        StyledLine(cut.truncated(toWidth: inner.width), text[keep - 1].style)
      ]
  }
  text = Array(text.prefix(keep)) + acuteLines.map { StyledLine($0, theme.error) }
  for line in text {
    screen.put(line.text, x: inner.x, y: y, style: line.style, clip: inner)
    y += 1
  }
  let noteY = min(inner.maxY - 1, y)
  let label = "\(s.noteColumn.capitalizedFirst) (n): "
  let nx = screen.put(label, x: inner.x, y: noteY, style: theme.hintKey, clip: inner)
  let field = Rect(x: nx, y: noteY, width: max(1, inner.maxX - nx), height: 1)
  if case .note(let input) = session.editing {
    screen.fill(field, style: theme.focusedField)
    let before = String(input.characters[..<input.cursor])
    let shift = max(0, before.displayWidth - field.width + 1)
    let shown = shift > 0 ? String(input.text.dropFirst(shift)) : input.text
    screen.put(shown, x: nx, y: noteY, style: theme.focusedField, clip: field)
    cursor = Point(x: min(field.maxX - 1, nx + before.displayWidth - shift), y: noteY)
  } else {
    let note = session.entries[session.row].note ?? ""
    screen.put(
      note.isEmpty ? s.noNote : note.replacingOccurrences(of: "\n", with: " "), x: nx,
      y: noteY, style: note.isEmpty ? theme.placeholder : .plain, clip: field)
  }
  screen.cursor = cursor
}

/// One domain row; returns where the hardware cursor goes when the row is focused.
private func drawScoringRow(
  _ session: ScoringSession, index: Int, columns: ScoringColumns, x: Int, y: Int, width: Int,
  state: AppState, into screen: inout Screen, theme: Theme
) -> Point {
  let s = state.strings
  let domain = session.definition.domains[index]
  let entry = session.entries[index]
  let focused = index == session.row
  let decided = session.decided.contains(domain.id)
  let clip = Rect(x: x, y: y, width: width, height: 1)
  var col = screen.put(
    (focused ? "▸ " : "  ")
      + domain.name.text(state.language.rawValue).truncated(toWidth: columns.name)
      .padded(toWidth: columns.name) + " ", x: x, y: y,
    style: focused ? theme.selectedUnfocused : .plain, clip: clip)
  var cursor = Point(x: col, y: y)
  for level in MatrixDefinition.scores {
    let chosen = entry.score == level
    let text = chosen ? "[\(level)]" : focused ? " \(level) " : " · "
    var style: Style = chosen ? theme.hintKey : focused ? .plain : theme.placeholder
    if focused, level == session.level {
      style = theme.selected
      cursor = Point(x: col + 1, y: y)
    }
    col = screen.put(text, x: col, y: y, style: style, clip: clip)
  }
  let nb = decided && entry.score == nil ? "[nb] " : focused ? " 0   " : "     "
  col = screen.put(nb, x: col, y: y, style: decided ? theme.hintKey : theme.placeholder, clip: clip)
  let target = entry.target.map { "→\($0)" } ?? ""
  col = screen.put(target.padded(toWidth: ScoringColumns.target), x: col, y: y, clip: clip)
  var previous = ""
  if let p = session.previous?.entry(domain.id) {
    previous = p.score.map(String.init) ?? "nb"
    if let now = entry.score, let before = p.score {
      previous += now < before ? " ▼" : now > before ? " ▲" : " ="
    }
  }
  let declined = previous.hasSuffix("▼")
  col = screen.put(
    previous.padded(toWidth: ScoringColumns.previous), x: col, y: y,
    style: declined ? theme.error : .plain, clip: clip)
  if entry.score == 1 {
    col = screen.put(s.acuteMarker + " ", x: col, y: y, style: theme.error, clip: clip)
  }
  let note = (entry.note ?? "").replacingOccurrences(of: "\n", with: " ")
  screen.put(note.truncated(toWidth: max(0, x + width - col)), x: col, y: y, clip: clip)
  return cursor
}

/// The hint bar of the scoring screen: the inputs' own keys while typing.
func scoringHints(_ session: ScoringSession, _ s: any StringTable) -> [(
  label: String, help: String
)] {
  switch session.editing {
  case .note, .date: return [("Enter", s.keyAccept), ("Esc", s.keyCancel)]
  case .target: return [("1–5", s.keyTarget), ("0", s.keyClearTarget), ("Esc", s.keyCancel)]
  case nil: return Keymaps.scoring(s).hints
  }
}

extension String {
  /// The text with its first letter in capitals (`notitie` → `Notitie`).
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
