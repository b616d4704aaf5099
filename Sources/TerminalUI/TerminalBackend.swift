/// What the run loop gets when it asks the backend for input.
public enum BackendInput: Hashable, Sendable {
  case event(TerminalEvent)
  /// Nothing happened within the timeout: time for a tick (autosave, clocks).
  case timeout
  /// No more input will come (end of a headless key script, or a closed terminal).
  case end
}

/// A terminal the app can draw on and read keys from.
///
/// ncurses is one implementation; ``ScriptedBackend`` is another that plays a key script and
/// keeps the last frame, which the headless mode prints and tests read.
public protocol TerminalBackend {
  /// The current size of the terminal in cells.
  var size: Size { get }
  /// Draws a whole frame (the backend may diff against the previous one).
  mutating func present(_ screen: Screen)
  /// Waits up to `timeoutMilliseconds` (negative: forever) for the next input.
  mutating func nextInput(timeoutMilliseconds: Int) -> BackendInput
  /// Forgets what is on the terminal so the next frame repaints every cell (Ctrl-L).
  mutating func invalidate()
  /// Gives the terminal back to the shell while `body` runs (for `$EDITOR`), then takes it
  /// again; false when this backend has no terminal to give.
  mutating func runOutsideScreen(_ body: () -> Void) -> Bool
}

/// A backend with no terminal: plays a fixed list of events and records what was drawn.
public struct ScriptedBackend: TerminalBackend {
  public private(set) var size: Size
  public private(set) var frames: Int = 0
  public private(set) var lastScreen: Screen?
  private var events: [TerminalEvent]
  private var position = 0
  /// Whether a timeout is reported between scripted events (lets ticks run in tests).
  public var ticksBetweenEvents: Bool

  public init(size: Size, events: [TerminalEvent], ticksBetweenEvents: Bool = false) {
    self.size = size
    self.events = events
    self.ticksBetweenEvents = ticksBetweenEvents
  }

  public mutating func present(_ screen: Screen) {
    frames += 1
    lastScreen = screen
  }

  public mutating func nextInput(timeoutMilliseconds: Int) -> BackendInput {
    guard position < events.count else { return .end }
    let event = events[position]
    position += 1
    if case .resize(let newSize) = event { size = newSize }
    return .event(event)
  }
}

extension TerminalBackend {
  /// Forgets what is on the terminal so the next ``present(_:)`` repaints every cell (Ctrl-L).
  ///
  /// Backends without a physical screen need not do anything.
  public mutating func invalidate() {}

  /// A backend without a terminal cannot hand one over.
  public mutating func runOutsideScreen(_ body: () -> Void) -> Bool { false }
}
