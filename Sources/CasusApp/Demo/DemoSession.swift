import CasusCore
import Foundation
import TerminalUI

/// A trainer's demo in progress: which step is next, who has the keyboard, the pace.
///
/// Lives in ``AppState/demo``; the reducer in `AppReducer+Demo.swift` reads the trainer's keys
/// before the app's keymaps (only while the demo has the keyboard) and feeds a step's keys to
/// the app one by one on ticks, so every key goes through the real loop and its saves.
public struct DemoSession: Equatable {
  public var scenario: Scenario
  /// How many steps have been played; the panel tells the next one (`played + 1`).
  public var played: Int
  /// The keys of the step being played that are still to come.
  public var queue: [TerminalEvent]
  /// The trainer typed over: keys go to the app, the panel says so; F2 hands back.
  public var takenOver: Bool
  public var pace: Pace
  /// The whole terminal; the app gets the rows above the panel (``DemoLayout``).
  public var terminal: Size
  /// The scenario's calendar day now (the start day, or a later one a step moved to).
  public var today: LocalDate
  /// Autoplay: when the next step starts, on the runner's clock.
  public var nextStepAt: Date?
  /// The runner's clock at the last action (for the countdown in the panel).
  public var clock: Date
  /// `:opnemen` in progress.
  public var recording: DemoRecording?
  /// The folder a recording must never be written into: the user's real store.
  public var protectedPath: String?
  /// The trainer asked for the step being played to finish at once (Space during a step).
  public var hurry: Bool
  /// A line for the trainer in the panel ("Opnieuw begonnen"), until the next step.
  public var notice: String?

  public init(scenario: Scenario, terminal: Size, clock: Date, protectedPath: String? = nil) {
    self.scenario = scenario
    self.played = 0
    self.queue = []
    self.takenOver = false
    self.pace = .off
    self.terminal = terminal
    self.today = scenario.today
    self.nextStepAt = nil
    self.clock = clock
    self.recording = nil
    self.protectedPath = protectedPath
    self.hurry = false
    self.notice = nil
  }

  /// How fast autoplay goes: off (the trainer presses Space), slow or normal.
  public enum Pace: String, CaseIterable, Equatable, Sendable {
    case off, slow, normal

    /// The next pace for `p`.
    public var next: Pace {
      let all = Pace.allCases
      return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The pause between two keys of a step, so the group sees them typed.
    public var keyMilliseconds: Int {
      switch self {
      case .off: return 35
      case .slow: return 120
      case .normal: return 60
      }
    }

    /// The pause after a step before autoplay starts the next one: time to read the
    /// narration and look at the screen.
    public func pause(beforeReading narration: String) -> TimeInterval {
      let characters = Double(narration.count)
      switch self {
      case .off: return 0
      case .slow: return 6 + characters * 0.09
      case .normal: return 3 + characters * 0.06
      }
    }
  }

  /// The step that plays next, if any is left.
  public var nextStep: ScenarioStep? {
    scenario.steps.indices.contains(played) ? scenario.steps[played] : nil
  }

  /// Whether a step's keys are being played.
  public var isPlaying: Bool { !queue.isEmpty }

  /// Whether every step has been played.
  public var isFinished: Bool { played >= scenario.steps.count && queue.isEmpty }

  /// The demo from its first step again (the store is fresh), on the same terminal.
  public func restarted() -> DemoSession {
    DemoSession(scenario: scenario, terminal: terminal, clock: clock, protectedPath: protectedPath)
  }
}
