import CasusCore
import TerminalUI

/// The right pane of the ladder screen as lines, with the line the cursor is on.
struct LadderLines {
  var lines: [StyledLine] = []
  /// The line of the highlighted row (rung or offer).
  var cursorLine: Int?
  /// Lines kept at the bottom of the pane (the highlighted rung's description).
  var footer: [StyledLine] = []
}

/// A line with `left` and, right-aligned in `width`, `right`.
func columns(_ left: String, _ right: String, width: Int) -> String {
  let room = max(1, width - right.displayWidth - 1)
  return left.truncated(toWidth: room).padded(toWidth: room) + " " + right
}

/// `left` and `right` on one line when both fit, else `right` on a line of its own below.
func pair(_ left: String, _ right: String, width: Int) -> [String] {
  if left.displayWidth + right.displayWidth + 2 <= width {
    return [columns(left, right, width: width)]
  }
  return [left.truncated(toWidth: width), ("      " + right).truncated(toWidth: width)]
}

/// The rungs of one need, lightest first: what was decided, who helps, what was arranged.
func ladderLines(
  _ need: SupportNeed, ladder: LadderScreen, _ file: CaseFile, _ process: ProcessData,
  _ state: AppState, width: Int, _ theme: Theme
) -> LadderLines {
  let s = state.strings
  let lang = state.language.rawValue
  let profile = process.profile
  var out = LadderLines()
  func add(_ text: String, _ style: Style = .plain, indent: String = "") {
    out.lines += text.wrapped(toWidth: max(1, width - indent.displayWidth)).map {
      StyledLine(indent + $0, style)
    }
  }
  if file.state.safetyLane?.isOpen == true { add(s.ladderSafetyBanner, theme.error) }
  if let domain = need.domain {
    var about = s.domainLabel + ": " + state.domainName(domain, for: file)
    if let score = file.state.latestMeasurement?.scores.first(where: { $0.domain == domain }) {
      about += " · " + s.matrixScoreShort(score.score, target: score.target)
    }
    add(about, theme.placeholder)
  }
  for change in need.changes {
    add(s.changeLine(change), theme.heading)
  }
  if need.closed { add(s.needClosedLine, theme.placeholder) }
  out.lines.append(StyledLine(""))
  let items = LadderScreen.items(for: need, profile: profile)
  let focused = items.indices.contains(ladder.row) ? items[ladder.row] : nil
  let network = file.state.conversation?.network ?? []
  var lighterSuffices = false
  for (level, rung) in profile.rungs.enumerated() {
    let decision = need.decision(on: rung.id)
    let status = s.rungStatus(decision, lighterSuffices: lighterSuffices)
    let isFocused = focused == .rung(rung.id)
    let head = (isFocused ? "▸ " : "  ") + "\(level + 1) " + rung.name.text(lang)
    if isFocused { out.cursorLine = out.lines.count }
    let style: Style = isFocused && ladder.focus == .rungs ? theme.selected : theme.heading
    out.lines.append(StyledLine(columns(head, status, width: width), style))
    let indent = "    "
    if rung.needsBeschikking { add(s.beschikkingRungNote, theme.placeholder, indent: indent) }
    if !decision.network.isEmpty {
      let names = decision.network.map { name in
        network.first { $0.name == name }?.reachable == false ? s.unreachableName(name) : name
      }
      add(s.networkLabel + ": " + names.joined(separator: ", "), indent: indent)
    }
    if !decision.note.isEmpty {
      let lines = decision.note.wrapped(toWidth: width - indent.count)
      add(lines.prefix(2).joined(separator: " ") + (lines.count > 2 ? " …" : ""), indent: indent)
    }
    if !decision.reason.isEmpty {
      add(
        (decision.considered ? s.whyNotEnough : s.skippedBecause) + ": " + decision.reason,
        decision.considered ? .plain : theme.heading, indent: indent)
    }
    for (index, offer) in decision.offers.enumerated() {
      let isOffer = focused == .offer(rung: rung.id, index: index)
      if isOffer { out.cursorLine = out.lines.count }
      let left = (isOffer ? "  ▸ • " : "    • ") + offer.name
      let right = s.offerStatus(offer) + beschikkingStatus(offer, file, state)
      let style = isOffer && ladder.focus == .rungs ? theme.selected : Style.plain
      if left.displayWidth + right.displayWidth + 2 <= width {
        out.lines.append(StyledLine(columns(left, right, width: width), style))
      } else {
        // Not both on one line: the name keeps its line, the status goes below it.
        out.lines.append(StyledLine(left.truncated(toWidth: width), style))
        out.lines.append(StyledLine(("      " + right).truncated(toWidth: width)))
      }
    }
    if decision.considered, decision.suffices == .yes { lighterSuffices = true }
  }
  let lanes = profile.lanes.filter { $0.kind != .consult }
  if !lanes.isEmpty { out.lines.append(StyledLine("")) }
  for lane in lanes {
    add(
      s.laneLine(lane.name.text(lang), lane.criteria.map { $0.text(lang) }),
      theme.placeholder)
  }
  if let focused, let rung = profile.rung(focused.rung) {
    out.footer = [
      StyledLine(rung.description.text(lang).truncated(toWidth: width), theme.placeholder)
    ]
  }
  return out
}

/// The clock or decision of an offer's aanvraag, for its row: ` · nog 9 dagen`, ` · toegekend`.
func beschikkingStatus(_ offer: ArrangedOffer, _ file: CaseFile, _ state: AppState) -> String {
  guard let v = offer.voorziening else { return "" }
  let s = state.strings
  if let decision = v.decision { return " · " + s.decisionName(decision) }
  let clock = state.aanvraagClocks(for: file).first { $0.subject == offer.name }
  return clock.map { " · " + s.clockShort($0.status) } ?? ""
}

/// Everything arranged across all hulpvragen, heaviest rung last: the network that helps and
/// every offer that is asked for or running, then what ended.
func arrangementLines(
  _ file: CaseFile, _ process: ProcessData, _ state: AppState, width: Int, _ theme: Theme
) -> LadderLines {
  let s = state.strings
  let lang = state.language.rawValue
  let profile = process.profile
  var out = LadderLines()
  out.lines += s.arrangementIntro.wrapped(toWidth: width).map { StyledLine($0, theme.placeholder) }
  out.lines.append(StyledLine(""))
  let network = file.state.conversation?.network ?? []
  var any = false
  var ended: [String] = []
  for rung in profile.rungs {
    var rows: [String] = []
    for need in file.state.needs where !need.closed {
      let decision = need.decision(on: rung.id)
      for name in decision.network
      where network.first(where: { $0.name == name })?.reachable != false {
        rows += pair("  " + name, need.title, width: width)
      }
      for offer in decision.offers {
        let row = pair("  " + offer.name, s.offerStatus(offer) + " · " + need.title, width: width)
        if offer.status == .ended { ended += row } else { rows += row }
      }
    }
    guard !rows.isEmpty else { continue }
    any = true
    out.lines.append(StyledLine(rung.name.text(lang), theme.heading))
    out.lines += rows.map { StyledLine($0) }
  }
  if !any { out.lines += s.arrangementEmpty.wrapped(toWidth: width).map { StyledLine($0) } }
  if !ended.isEmpty {
    out.lines.append(StyledLine(""))
    out.lines.append(StyledLine(s.arrangementEnded, theme.heading))
    out.lines += ended.map { StyledLine($0, theme.placeholder) }
  }
  return out
}
