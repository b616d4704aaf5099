import TerminalUI

/// Small charts drawn with text: readable without colour, the numbers beside the bars.
enum Sparkline {
  /// The bar for a level 1–5 (`·` for not discussed).
  static func bar(_ score: Int?) -> String {
    switch score {
    case 1: return "▁"
    case 2: return "▂"
    case 3: return "▃"
    case 4: return "▅"
    case 5: return "█"
    default: return "·"
    }
  }

  /// `▂▃▅ 2 3 4`: the bars and the numbers of the last scores that fit in `width` columns
  /// (older ones give way, marked `…`).
  static func history(_ scores: [Int?], width: Int) -> String {
    guard width > 0, !scores.isEmpty else { return "" }
    func text(_ part: ArraySlice<Int?>) -> String {
      part.map(bar).joined() + " "
        + part.map { $0.map(String.init) ?? "-" }.joined(separator: " ")
    }
    var part = scores[...]
    while part.count > 1,
      text(part).displayWidth + (part.count < scores.count ? 1 : 0) > width
    {
      part = part.dropFirst()
    }
    return (part.count < scores.count ? "…" : "") + text(part)
  }
}
