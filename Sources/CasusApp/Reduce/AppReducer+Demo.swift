import CasusCore
import Foundation
import TerminalUI

/// The demo's reducer: runs before the app's while ``AppState/demo`` is set.
///
/// While the demo has the keyboard, keys are the trainer's (``Keymaps/demo(_:)``) and never
/// reach the app; a step's keys are handed to the app one per tick, so each goes through the
/// real reducer and the runner performs its saves before the next. While the trainer has
/// taken over, every key but F2 goes to the app as normal.
func demoReduce(_ state: inout AppState, _ action: AppAction, _ context: ReduceContext)
  -> [Effect]
{
  guard state.demo != nil else { return reduceApp(&state, action, context) }
  state.demo?.clock = context.now
  switch action {
  case .event(.resize(let size)):
    state.demo?.terminal = size
    return toApp(.resize(DemoLayout(terminal: size).appSize), &state, context)
  case .event(.key(let key)):
    return demoKey(key, &state, context)
  case .tick:
    return demoTick(&state, context)
  case .demo(let demoAction):
    return demoAnswer(demoAction, &state, context)
  default:
    return reduceApp(&state, action, demoContext(context, state))
  }
}

/// The context the app sees: the scenario's calendar day, the time of day as it is.
func demoContext(_ context: ReduceContext, _ state: AppState) -> ReduceContext {
  guard let demo = state.demo else { return context }
  let days = context.today.days(until: demo.today)
  guard days != 0 else { return context }
  var shifted = context
  shifted.today = demo.today
  shifted.now = context.now.addingTimeInterval(TimeInterval(days) * 86_400)
  return shifted
}

private func demoKey(_ key: Key, _ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  guard var demo = state.demo else { return [] }
  let s = state.strings
  if demo.takenOver {
    guard Keymaps.demoTakenOver(s).command(for: key) == .handBack else {
      return toApp(.key(key), &state, context)
    }
    demo.takenOver = false
    demo.notice = s.demoHandedBack(min(demo.played + 1, demo.scenario.steps.count))
    state.demo = demo
    return []
  }
  let command = Keymaps.demo(s).command(for: key)
  if demo.isPlaying {
    // A step in progress finishes first; Space hurries it along.
    switch command {
    case .next: state.demo?.hurry = true
    case .autoplay:
      // The pace changes at once; the countdown starts when the step is played.
      state.demo?.pace = demo.pace.next
      if state.demo?.pace == .off { state.demo?.nextStepAt = nil }
    case .quit: return [.quit]
    case .redraw: return [.redraw]
    default: state.demo?.notice = s.demoStillPlaying
    }
    return []
  }
  demo.notice = nil
  state.demo = demo
  switch command {
  case .next:
    return startStep(&state, context)
  case .previous:
    guard demo.played > 0 else {
      state.demo?.notice = s.demoAtStart
      return []
    }
    return [.demo(.reset(replay: demo.played - 1))]
  case .autoplay:
    demo.pace = demo.pace.next
    demo.nextStepAt = nil
    if demo.pace != .off, let step = demo.nextStep {
      demo.nextStepAt = context.now.addingTimeInterval(
        demo.pace.pause(beforeReading: step.narration.text(state.language.rawValue)))
    }
    state.demo = demo
  case .takeOver:
    demo.takenOver = true
    demo.pace = .off
    demo.nextStepAt = nil
    state.demo = demo
  case .reset:
    return [.demo(.reset(replay: 0))]
  case .help:
    state.overlay = state.overlay == .help ? nil : .help
    state.overlayScroll = 0
  case .quit:
    return [.quit]
  case .redraw:
    return [.redraw]
  case .handBack:
    break
  case nil:
    // An open box (help) still closes and scrolls; other keys are the demo's.
    if state.overlay != nil { return toApp(.key(key), &state, context) }
    state.demo?.notice = s.demoKeysIgnored
  }
  return []
}

/// Starts the next step: the calendar moves if the step says so, its keys are queued.
private func startStep(_ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  guard var demo = state.demo else { return [] }
  guard let step = demo.nextStep else {
    demo.pace = .off
    demo.nextStepAt = nil
    demo.notice = state.strings.demoAtEnd
    state.demo = demo
    return []
  }
  demo.played += 1
  demo.notice = nil
  demo.hurry = false
  demo.nextStepAt = nil
  if let day = step.today { demo.today = day }
  demo.queue = step.events
  state.demo = demo
  if demo.queue.isEmpty { stepFinished(&state, context) }
  return []
}

/// After the last key of a step: autoplay waits for the next one.
private func stepFinished(_ state: inout AppState, _ context: ReduceContext) {
  guard var demo = state.demo else { return }
  demo.hurry = false
  if demo.notice == state.strings.demoStillPlaying { demo.notice = nil }
  if demo.pace != .off {
    if let next = demo.nextStep {
      demo.nextStepAt = context.now.addingTimeInterval(
        demo.pace.pause(beforeReading: next.narration.text(state.language.rawValue)))
    } else {
      demo.pace = .off
      demo.nextStepAt = nil
    }
  }
  state.demo = demo
}

/// A tick plays the next key of the step, starts the next step when autoplay is due, or
/// is the app's (autosave).
private func demoTick(_ state: inout AppState, _ context: ReduceContext) -> [Effect] {
  guard var demo = state.demo else { return [] }
  if !demo.queue.isEmpty {
    let event = demo.queue.removeFirst()
    state.demo = demo
    let effects = toApp(event, &state, context)
    if state.demo?.queue.isEmpty == true { stepFinished(&state, context) }
    return effects
  }
  if let due = demo.nextStepAt, context.now >= due, !demo.takenOver {
    return startStep(&state, context)
  }
  return reduceApp(&state, .tick, demoContext(context, state))
}

/// Hands one event to the app, recording it when `:opnemen` runs; `:opnemen …` itself is the
/// demo's command.
private func toApp(_ event: TerminalEvent, _ state: inout AppState, _ context: ReduceContext)
  -> [Effect]
{
  if case .key(.enter) = event, case .command(let input) = state.mode,
    let words = recordingWords(input.text)
  {
    state.mode = .browse
    return recordingCommand(words, &state)
  }
  let wasCommand = isCommandLine(state.mode)
  let effects = reduceApp(&state, .event(event), demoContext(context, state))
  guard case .key(let key) = event, var recording = state.demo?.recording else { return effects }
  recording.current.append(key.notation)
  let isCommand = isCommandLine(state.mode)
  if !wasCommand, isCommand { recording.commandStart = recording.current.count - 1 }
  if wasCommand, !isCommand { recording.commandStart = nil }
  if !isCommand, key == .enter || key == .escape { recording.split() }
  state.demo?.recording = recording
  return effects
}

private func isCommandLine(_ mode: Mode) -> Bool {
  if case .command = mode { return true }
  return false
}

/// The words after `:opnemen` (or `:record`), or `nil` for another command.
private func recordingWords(_ line: String) -> [String]? {
  let words = line.split(separator: " ").map { CaseFilter.fold(String($0)) }
  guard let verb = words.first, ["opnemen", "opname", "record"].contains(verb) else { return nil }
  return Array(words.dropFirst())
}

/// `:opnemen` starts, `:opnemen volgende` closes a step, `:opnemen stop` writes the skeleton.
private func recordingCommand(_ words: [String], _ state: inout AppState) -> [Effect] {
  let s = state.strings
  guard var demo = state.demo else { return [] }
  // The keys of this command line are not part of the recording.
  if var recording = demo.recording, let start = recording.commandStart {
    recording.current = Array(recording.current.prefix(start))
    recording.commandStart = nil
    demo.recording = recording
  }
  switch words.first ?? "" {
  case "", "start", "begin":
    state.demo = demo
    guard demo.recording == nil else {
      state.message = StatusMessage(s.demoRecordingAlready)
      return []
    }
    return [.demo(.startRecording)]
  case "volgende", "next", "stap", "step":
    guard var recording = demo.recording else {
      state.demo = demo
      state.message = StatusMessage(s.demoNotRecording, kind: .error)
      return []
    }
    recording.split()
    demo.recording = recording
    state.demo = demo
    state.message = StatusMessage(s.demoRecordingStep(recording.steps.count))
  case "stop", "klaar", "done":
    guard var recording = demo.recording else {
      state.demo = demo
      state.message = StatusMessage(s.demoNotRecording, kind: .error)
      return []
    }
    recording.split()
    demo.recording = nil
    state.demo = demo
    return [.demo(.writeRecording(recording))]
  default:
    state.demo = demo
    state.message = StatusMessage(s.demoRecordingUsage, kind: .error)
  }
  return []
}

/// The runner's answers to the demo's effects.
private func demoAnswer(_ action: DemoAction, _ state: inout AppState, _ context: ReduceContext)
  -> [Effect]
{
  let s = state.strings
  switch action {
  case .next:
    return startStep(&state, context)
  case .recordingStarted(let cases):
    guard let demo = state.demo else { return [] }
    state.demo?.recording = DemoRecording(
      cases: cases, today: demo.today, user: state.user,
      profile: state.process.current?.profile.id ?? demo.scenario.profile)
    state.message = StatusMessage(s.demoRecordingStarted)
  case .recordingWritten(let path):
    state.message = StatusMessage(s.demoRecordingWritten(path))
    state.demo?.notice = s.demoRecordingWritten(path)
  case .recordingFailed(let reason):
    state.message = StatusMessage(s.demoRecordingFailed(reason), kind: .error)
  case .resetFailed(let reason):
    state.message = StatusMessage(s.demoResetFailed(reason), kind: .error)
  }
  return []
}
