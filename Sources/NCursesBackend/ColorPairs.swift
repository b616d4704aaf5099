import CNCurses
import TerminalUI

/// Hands out ncurses colour pairs for (foreground, background) combinations, on first use.
///
/// Terminals such as `xterm`, `screen` and `linux` offer only 64 pairs, fewer than the 80
/// combinations of eight colours and "default", so pairs are allocated lazily; when they run
/// out, the background is dropped rather than failing.
struct ColorPairs {
  /// Whether the terminal's own colours are available as -1 (`use_default_colors`).
  private let hasDefaultColors: Bool
  private let limit: Int
  private var pairs: [Key: Int16] = [:]
  private var next: Int = 1

  private struct Key: Hashable {
    var foreground: Color?
    var background: Color?
  }

  /// Prepares the eight foregrounds on the default background (pairs 1–8).
  init(hasDefaultColors: Bool) {
    self.hasDefaultColors = hasDefaultColors
    self.limit = Int(min(cnc_color_pairs(), Int32(Int16.max)))
    for color in Color.allCases {
      _ = pair(foreground: color, background: nil)
    }
  }

  /// The pair number for the combination (0, the terminal default, when both are `nil`).
  mutating func pair(foreground: Color?, background: Color?) -> Int16 {
    if foreground == nil && background == nil { return 0 }
    let key = Key(foreground: foreground, background: background)
    if let known = pairs[key] { return known }
    guard next < limit else {
      return background == nil ? 0 : pair(foreground: foreground, background: nil)
    }
    let number = Int16(next)
    let fg = foreground.map { Int16($0.rawValue) } ?? (hasDefaultColors ? -1 : Int16(COLOR_WHITE))
    let bg = background.map { Int16($0.rawValue) } ?? (hasDefaultColors ? -1 : Int16(COLOR_BLACK))
    guard init_pair(number, fg, bg) != ERR else { return 0 }
    next += 1
    pairs[key] = number
    return number
  }
}
