extension EnglishStrings: DemoStrings {
  public var demoBadge: String { "DEMO" }
  public func demoStoreDescription(_ title: String) -> String { "practice sandbox · \(title)" }
  public func demoStep(_ n: Int, of total: Int) -> String { "step \(n) of \(total)" }
  public var demoFinishedTitle: String { "done" }
  public var demoPlaying: String { "▶ playing" }
  public var demoTakenOverBadge: String { "⌨ you are typing" }
  public func demoPace(_ pace: DemoSession.Pace) -> String {
    switch pace {
    case .off: return "autoplay: off"
    case .slow: return "autoplay: slow"
    case .normal: return "autoplay: normal"
    }
  }
  public func demoNextIn(_ seconds: Int) -> String { "next in \(seconds) s" }
  public func demoRecordingBadge(_ steps: Int) -> String {
    steps == 1 ? "● recording: 1 step" : "● recording: \(steps) steps"
  }
  public func demoTakenOverText(next: Int, total: Int) -> String {
    "You have the keyboard: keys go to Casus as usual. F2 gives it back to the demo, which "
      + "goes on with step \(next) of \(total) from what is on screen now."
  }
  public func demoFinishedText(_ goal: String) -> String {
    "End of the demo. Learning goal: \(goal) — r starts again on a fresh copy, q stops."
  }
  public var demoPlaysLabel: String { "Plays:" }
  public var demoNoKeys: String { "(narration only)" }
  public var demoTakenOverHint: String { "Keys go to Casus" }
  public var demoHelpHeading: String { "the trainer's keys:" }
  public var demoHelpAppHeading: String { "the app's keys (after t):" }

  public var keyDemoNext: String { "next" }
  public var keyDemoPrevious: String { "back" }
  public var keyDemoAutoplay: String { "autoplay" }
  public var keyDemoTakeOver: String { "type yourself" }
  public var keyDemoHandBack: String { "back to the demo" }
  public var keyDemoReset: String { "start again" }
  public var keyDemoQuit: String { "stop" }
  public var keyDemoRecord: String { "record keys as a new scenario" }
  public var keyDemoRecordNext: String { "a new step in the recording" }
  public var keyDemoRecordStop: String { "stop recording and save" }

  public var demoAtStart: String { "This is the first step already." }
  public var demoAtEnd: String { "The demo is done: r starts again, q stops." }
  public var demoResetDone: String { "Started again, on a fresh copy of the casus." }
  public func demoBackTo(_ step: Int) -> String {
    "Back to step \(step): the steps before it were played again on a fresh copy."
  }
  public var demoKeysIgnored: String {
    "The keys belong to the demo: Space plays the next step; t lets you type yourself."
  }
  public var demoStillPlaying: String { "The step is still playing; Space finishes it at once." }
  public func demoHandedBack(_ step: Int) -> String {
    "The demo has the keyboard again; Space plays step \(step)."
  }

  public var demoRecordingStarted: String {
    "Recording: every Enter or Esc ends a step; :record stop writes the scenario."
  }
  public var demoRecordingAlready: String { "A recording is running already." }
  public var demoNotRecording: String { "No recording is running; start one with :record." }
  public func demoRecordingStep(_ finished: Int) -> String {
    finished == 1 ? "1 step recorded." : "\(finished) steps recorded."
  }
  public var demoRecordingUsage: String { "Use :record, :record next or :record stop." }
  public func demoRecordingWritten(_ path: String) -> String {
    "Scenario skeleton written to \(path)"
  }
  public func demoRecordingFailed(_ reason: String) -> String {
    "Recording not written: \(reason)"
  }
  public func demoResetFailed(_ reason: String) -> String {
    "Could not start again: \(reason)"
  }
}
