/// How a cell is drawn: a foreground and background colour and text attributes.
///
/// Colour is never the only cue: every style that carries meaning also sets an
/// attribute (bold, reverse, underline), so the screen reads the same with `NO_COLOR`.
public struct Style: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold: Bool
  public var dim: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's default style.
  public static let plain = Style()

  /// One letter per attribute for style snapshots: `B` bold, `R` reverse, `U` underline,
  /// `D` dim, `.` none (the first that applies, in that order).
  public var maskLetter: Character {
    if reverse { return "R" }
    if bold { return "B" }
    if underline { return "U" }
    if dim { return "D" }
    return "."
  }
}

/// The eight ANSI colours every terminal in use knows.
public enum Color: Int, Hashable, Sendable, CaseIterable {
  case black = 0, red, green, yellow, blue, magenta, cyan, white
}
