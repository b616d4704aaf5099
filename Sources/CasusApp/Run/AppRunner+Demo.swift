import CasusCore
import CasusStore
import Foundation
import TerminalUI

extension AppRunner {
  /// A runner for a trainer's demo: the app on the sandbox's store, drawing above the
  /// narration panel, with the DEMO banner; no idle lock (nothing real is on screen).
  ///
  /// `protectedPath` is the user's real store, as its location resolves (it is never
  /// opened): a recording is never written inside it.
  public static func startDemo(
    _ scenario: Scenario, store: CaseStore, backend: Backend, environment: AppEnvironment,
    language: Language, colors: Bool, protectedPath: String? = nil
  ) -> AppRunner {
    var (state, effects) = initialState(
      store: store, size: DemoLayout(terminal: backend.size).appSize, environment: environment,
      language: language, colors: colors,
      storeDescription: language.strings.demoStoreDescription(
        scenario.title.text(language.rawValue)),
      matrix: scenario.matrix, profile: scenario.profile)
    state.demo = DemoSession(
      scenario: scenario, terminal: backend.size, clock: environment.now(),
      protectedPath: protectedPath)
    let runner = AppRunner(state: state, backend: backend, store: store, environment: environment)
    runner.send(.configureLock(IdleLock.Settings(minutes: 0, passphrase: false)))
    runner.loadWhatIsShown()
    for effect in effects { runner.perform(effect) }
    return runner
  }

  /// How long the loop waits for a key: a step's keys come quickly one after another, the
  /// autoplay countdown is redrawn every second.
  func inputTimeout() -> Int {
    guard let demo = state.demo else { return tickMilliseconds }
    if demo.isPlaying { return demo.hurry ? 0 : demo.pace.keyMilliseconds }
    if let due = demo.nextStepAt {
      let left = Int((due.timeIntervalSince(environment.now()) * 1000).rounded(.up))
      return max(0, min(left, 1000))
    }
    return tickMilliseconds
  }

  /// Plays the next step to its end at once, without drawing (the check, a replay).
  public func playNextStep() {
    send(.demo(.next))
    while state.demo?.isPlaying == true, !quitting { send(.tick) }
  }

  /// The cases of the sandbox as written on disk, each as its JSON.
  public func sandboxFile(_ id: CaseID) -> JSONValue? {
    guard let store else { return nil }
    let url = store.root.appendingPathComponent("cases/\(id.rawValue).json")
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return try? JSONValue.parse(data)
  }

  func performDemo(_ effect: DemoEffect) {
    switch effect {
    case .reset(let replay):
      reset(replaying: replay)
    case .startRecording:
      guard let store else { return }
      let cases = store.loadIndex().summaries.compactMap { try? store.load($0.id) }
        .sorted { $0.id < $1.id }
      send(.demo(.recordingStarted(cases)))
    case .writeRecording(let recording):
      guard let demo = state.demo else { return }
      do {
        // The file is named by the real time, not the scenario's calendar day.
        let path = try DemoRecorder.write(
          recording, protectedPath: demo.protectedPath, now: Date())
        send(.demo(.recordingWritten(path)))
      } catch {
        send(.demo(.recordingFailed(error.description)))
      }
    }
  }

  /// A fresh copy of the scenario's store and a fresh app on it, then the first `replay`
  /// steps played at once; the terminal stays as it was, autoplay stops.
  private func reset(replaying replay: Int) {
    guard let demo = state.demo, let store else { return }
    do {
      try DemoSandbox(root: store.root).seed(demo.scenario)
    } catch {
      send(.demo(.resetFailed(error.description)))
      return
    }
    let s = state.strings
    var (fresh, effects) = Self.initialState(
      store: store, size: DemoLayout(terminal: demo.terminal).appSize, environment: environment,
      language: state.language, colors: state.colors, storeDescription: state.storeDescription,
      matrix: demo.scenario.matrix, profile: demo.scenario.profile)
    fresh.lock = state.lock
    fresh.demo = demo.restarted()
    state = fresh
    loadWhatIsShown()
    for effect in effects { perform(effect) }
    // Autoplay stops: the trainer starts it again with p when the group is ready.
    state.demo?.pace = .off
    for _ in 0..<min(replay, demo.scenario.steps.count) { playNextStep() }
    state.demo?.notice = replay == 0 ? s.demoResetDone : s.demoBackTo(replay + 1)
  }
}
