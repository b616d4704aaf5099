import CasusCore

/// What the demo asks the runner to do: the file work around the sandbox.
public enum DemoEffect: Equatable {
  /// A fresh copy of the scenario's store, then play the first `replay` steps at once
  /// (`r` resets with 0; `Backspace` replays all but the last step played).
  case reset(replay: Int)
  /// Read every case of the sandbox, to begin a recording; answered with `.recordingStarted`.
  case startRecording
  /// Write the recording as a scenario skeleton; answered with `.recordingWritten`.
  case writeRecording(DemoRecording)
}

/// What the runner tells the demo, and what a driver asks of it.
public enum DemoAction: Equatable {
  /// Start the next step (as Space does; used by the check and the replay).
  case next
  case recordingStarted([CaseFile])
  /// The skeleton was written to this path, or could not be (the reason).
  case recordingWritten(String)
  case recordingFailed(String)
  case resetFailed(String)
}
