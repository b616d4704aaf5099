/// The words of the trainer's demo: the banner, the narration panel, its keys and notices.
public protocol DemoStrings {
  var demoBadge: String { get }
  /// The title bar's description of the sandbox (instead of a store path).
  func demoStoreDescription(_ title: String) -> String
  func demoStep(_ n: Int, of total: Int) -> String
  var demoFinishedTitle: String { get }
  var demoPlaying: String { get }
  var demoTakenOverBadge: String { get }
  func demoPace(_ pace: DemoSession.Pace) -> String
  func demoNextIn(_ seconds: Int) -> String
  func demoRecordingBadge(_ steps: Int) -> String
  func demoTakenOverText(next: Int, total: Int) -> String
  func demoFinishedText(_ goal: String) -> String
  var demoPlaysLabel: String { get }
  var demoNoKeys: String { get }
  var demoTakenOverHint: String { get }
  var demoHelpHeading: String { get }
  /// Above the app's own keys in `?` help during a demo.
  var demoHelpAppHeading: String { get }

  var keyDemoNext: String { get }
  var keyDemoPrevious: String { get }
  var keyDemoAutoplay: String { get }
  var keyDemoTakeOver: String { get }
  var keyDemoHandBack: String { get }
  var keyDemoReset: String { get }
  var keyDemoQuit: String { get }
  var keyDemoRecord: String { get }
  var keyDemoRecordNext: String { get }
  var keyDemoRecordStop: String { get }

  var demoAtStart: String { get }
  var demoAtEnd: String { get }
  var demoResetDone: String { get }
  func demoBackTo(_ step: Int) -> String
  var demoKeysIgnored: String { get }
  /// A trainer's key other than Space while a step's keys are being played.
  var demoStillPlaying: String { get }
  func demoHandedBack(_ step: Int) -> String

  var demoRecordingStarted: String { get }
  var demoRecordingAlready: String { get }
  var demoNotRecording: String { get }
  func demoRecordingStep(_ finished: Int) -> String
  var demoRecordingUsage: String { get }
  func demoRecordingWritten(_ path: String) -> String
  func demoRecordingFailed(_ reason: String) -> String
  func demoResetFailed(_ reason: String) -> String
}
