import Foundation
import TerminalUI

/// The lock that hides every case after a while without a key press.
///
/// The reducer locks on a tick once ``Settings/timeout`` has passed since the last key
/// (the clock arrives in the `ReduceContext`, so tests use fixed times). An encrypted store
/// unlocks with its passphrase, checked by the runner; an unencrypted one with Enter.
public struct IdleLock: Equatable, Sendable {
  /// How the lock behaves, set once at start (`.configureLock`).
  public struct Settings: Equatable, Sendable {
    /// Seconds without a key before locking; `nil` never locks.
    public var timeout: TimeInterval?
    /// Whether unlocking needs the store's passphrase (an encrypted store).
    public var passphrase: Bool

    public init(timeout: TimeInterval?, passphrase: Bool) {
      self.timeout = timeout
      self.passphrase = passphrase
    }

    /// `minutes` of idle time (0 or less: never), the default when `nil`.
    public init(minutes: Int?, passphrase: Bool) {
      let minutes = minutes ?? IdleLock.defaultMinutes
      self.init(timeout: minutes > 0 ? TimeInterval(minutes * 60) : nil, passphrase: passphrase)
    }
  }

  /// Five minutes, unless the store's settings or `--idle-lock` say otherwise.
  public static let defaultMinutes = 5

  public var settings: Settings
  public var isLocked: Bool
  /// The time of the last key press (or of the start).
  public var lastActivity: Date?
  /// The passphrase being typed; shown as dots, cleared after every attempt.
  public var input: TextInput
  /// Wrong passphrases since the lock, to say so on screen.
  public var failedAttempts: Int
  /// Set when Ctrl-C was refused because an unsaved form is open.
  public var refusedQuit: Bool

  public init(settings: Settings = Settings(minutes: nil, passphrase: false)) {
    self.settings = settings
    isLocked = false
    lastActivity = nil
    input = TextInput()
    failedAttempts = 0
    refusedQuit = false
  }
}
