/// One row of a keymap: the keys, how they are shown, what they mean, and what they do.
///
/// The same table drives dispatch, the hint bar and the `?` help, so they can never
/// disagree.
public struct KeyBinding<Command: Equatable>: Equatable {
  public var keys: [Key]
  /// How the keys are written in the hint bar and help (`j/↓`, `Ctrl-S`).
  public var label: String
  /// What the keys do, in the user's language.
  public var help: String
  public var command: Command
  /// Whether the binding is shown in the one-line hint bar (all are shown in help).
  public var inHintBar: Bool

  public init(
    _ keys: [Key], _ label: String, _ help: String, _ command: Command,
    inHintBar: Bool = false
  ) {
    self.keys = keys
    self.label = label
    self.help = help
    self.command = command
    self.inHintBar = inHintBar
  }
}

/// A table of key bindings for one view.
public struct Keymap<Command: Equatable>: Equatable {
  public var bindings: [KeyBinding<Command>]

  public init(_ bindings: [KeyBinding<Command>]) { self.bindings = bindings }

  /// The command bound to `key`, if any.
  public func command(for key: Key) -> Command? {
    bindings.first { $0.keys.contains(key) }?.command
  }

  /// The bindings shown in the hint bar, as `label help` pairs.
  public var hints: [(label: String, help: String)] {
    bindings.filter(\.inHintBar).map { ($0.label, $0.help) }
  }
}
