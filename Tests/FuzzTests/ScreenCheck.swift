import CasusApp
import CasusCore
import Foundation
import TerminalUI
import TestSupport
import Testing

/// Renders hostile state the way a user would meet it and checks every cell on screen.
enum ScreenCheck {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// The cells whose text would act on a terminal: C0/C1 controls, DEL, bidi overrides.
  static func dirtyCells(_ screen: Screen) -> [String] {
    var out: [String] = []
    for y in 0..<screen.size.height {
      for x in 0..<screen.size.width where !Sanitizer.isClean(screen[x, y].text) {
        out.append(
          "(\(x),\(y)) \(screen[x, y].text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
    return out
  }

  /// Records an issue (with the input, to keep as a regression) when a screen is not clean.
  static func expectClean(_ screen: Screen, _ what: String, input: Data) {
    let dirty = dirtyCells(screen)
    if !dirty.isEmpty {
      let message: Comment =
        "\(what): \(dirty.count) cells with control characters, first \(dirty.prefix(3)); input (base64): \(input.prefix(2048).base64EncodedString())"
      Issue.record(message)
    }
  }

  /// The list, the detail, the history, the form, the conversation and the deadlines of
  /// these cases, at 80×24 and 120×40.
  static func screens(
    of cases: [CaseFile], guide: ConversationGuide? = Fixtures.guide,
    clocks: LegalClockSet? = Fixtures.clocks, sizes: [Size] = sizes
  ) -> [(String, Screen)] {
    var out: [(String, Screen)] = []
    for size in sizes {
      var state = Fixtures.state(size: size, cases: cases)
      state.guide = guide
      state.clocks = clocks
      let context = Fixtures.context()
      func shot(_ name: String, _ keys: String) {
        var copy = state
        Fixtures.play(keys, on: &copy, context: context)
        out.append(("\(name) \(size)", render(copy)))
      }
      shot("list", "")
      shot("detail", "<Enter>")
      shot("detail end", "<Enter>GGGGG<PageDown><PageDown>")
      shot("form", "e")
      shot("conversation", "g")
      shot("conversation steps", "g<Tab>")
      shot("deadlines", "t")
      shot("help", "?")
      shot("problems", "!")
    }
    return out
  }
}
