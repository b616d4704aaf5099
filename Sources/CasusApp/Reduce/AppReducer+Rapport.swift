import CasusCore
import TerminalUI

/// `:rapport [VAN [TOT]]`: opens the report screen and asks the runner to count every case
/// file of the store for the period (by melding date, both ends included).
func openRapport(_ argument: String, _ state: inout AppState) -> [Effect] {
  var dates: [LocalDate] = []
  for word in argument.split(separator: " ").map(String.init) {
    guard let date = LocalDate(parsing: word) else {
      state.message = StatusMessage(state.strings.rapportBadDate(word), kind: .error)
      return []
    }
    dates.append(date)
  }
  guard dates.count <= 2 else {
    state.message = StatusMessage(state.strings.rapportBadDate(argument), kind: .error)
    return []
  }
  let period = Rapport.Period(from: dates.first, to: dates.count == 2 ? dates[1] : nil)
  state.mode = .rapport(RapportScreen(period: period))
  state.message = nil
  return [.computeRapport(period)]
}

/// The counted figures arrive; shown when the report screen still waits for them.
func rapportComputed(
  _ figures: [ReportFigure], counted: Int, unreadable: Int, _ state: inout AppState
) {
  guard case .rapport(var screen) = state.mode else { return }
  screen.figures = figures
  screen.counted = counted
  screen.unreadable = unreadable
  state.mode = .rapport(screen)
}

/// Keys in the report screen.
func rapportKey(_ key: Key, _ screen: inout RapportScreen, _ state: inout AppState) -> [Effect] {
  let page = max(1, AppLayout(size: state.size).body.height - 3)
  switch Keymaps.rapport(state.strings).command(for: key) {
  case .down: screen.scroll += 1
  case .up: screen.scroll = max(0, screen.scroll - 1)
  case .pageDown: screen.scroll += page
  case .pageUp: screen.scroll = max(0, screen.scroll - page)
  case .top: screen.scroll = 0
  case .bottom: screen.scroll = Int.max / 2
  case .grouping: screen.grouping = screen.grouping == .month ? .quarter : .month
  case .back: state.mode = .browse
  case .help: state.overlay = .help
  case .interrupt: return [.quit]
  case nil: break
  }
  // The view clamps the scroll; keeping it clamped here makes `k` work at once after `G`.
  screen.scroll = min(screen.scroll, max(0, RapportLines.count(screen, state) - page))
  return []
}
