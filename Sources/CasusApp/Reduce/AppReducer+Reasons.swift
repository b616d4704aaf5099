import CasusCore
import TerminalUI

/// Keys in the comply-or-explain question: a reason per lighter rung, Enter for the next;
/// after the last one the reasons and the help on the heavier rung are saved together.
///
/// "Licht als het kan, zwaar als het moet": nothing is blocked, the reasons are asked in the
/// flow. Esc goes back to the form the help was chosen in, with everything typed in it.
func reasonsKey(
  _ key: Key, _ prompt: inout ReasonsPrompt, _ need: SupportNeed, _ screen: inout LadderScreen,
  _ file: CaseFile, _ process: ProcessData, _ state: inout AppState, _ context: ReduceContext
) -> [Effect] {
  let s = state.strings
  guard let rung = prompt.current else {
    screen.overlay = nil
    return []
  }
  let name = process.profile.rung(rung)?.name.text(lang(state)) ?? rung
  switch key {
  case .ctrl("c"):
    return interrupt(&state)
  case .escape:
    screen.overlay = prompt.returnTo
    state.message = StatusMessage(s.reasonsNotSaved)
    return []
  case .backTab, .up:
    guard prompt.index > 0 else { break }
    prompt.answers[rung] = prompt.input.text
    prompt.index -= 1
    prompt.input = TextInput(prompt.answers[prompt.rungs[prompt.index]] ?? "")
  case .enter, .tab, .ctrl("s"):
    let text = prompt.input.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else {
      state.message = StatusMessage(s.reasonRequired(name), kind: .error)
      screen.overlay = .reasons(prompt)
      return []
    }
    prompt.answers[rung] = text
    state.message = nil
    if prompt.index + 1 < prompt.rungs.count {
      prompt.index += 1
      prompt.input = TextInput(prompt.answers[prompt.rungs[prompt.index]] ?? "")
    } else {
      screen.overlay = .reasons(prompt)
      let ladder = ladderIDs(process)
      let explained: [CaseCommand] = prompt.rungs.map { lighter in
        var decision = need.decision(on: lighter)
        decision.reason = prompt.answers[lighter] ?? ""
        return .ladder(
          .recordRung(need: need.id, rung: lighter, decision: decision, ladder: ladder))
      }
      let help = CaseCommand.ladder(
        .recordRung(need: need.id, rung: prompt.rung, decision: prompt.decision, ladder: ladder))
      return recordOrSay(
        explained + [help], on: file, &state, context,
        done: s.reasonsSaved(prompt.rungs.count))
    }
  default:
    _ = prompt.input.handle(key, width: 1000)
  }
  screen.overlay = .reasons(prompt)
  return []
}
