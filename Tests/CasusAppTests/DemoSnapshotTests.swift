import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

/// The demo as the group sees it, without colour, at 80×24 and 120×40: the DEMO banner on
/// every screen (also over a box), the narration panel, and the panel while taken over.
@Suite("Demo screens as the group sees them")
struct DemoSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  private func check(_ demo: DemoDriver, _ base: String, _ size: Size) {
    let screen = render(demo.runner.state)
    #expect(screen.plainText().hasPrefix(" DEMO "))
    #expect(Snapshot.mismatch(screen, named: "\(base)-\(size.width)x\(size.height)") == nil)
  }

  @Test("the start: the banner over the case list, step 1 told in the panel", arguments: sizes)
  func start(_ size: Size) throws {
    let demo = try DemoDriver("de-jong", size: size)
    check(demo, "demo-start", size)
  }

  @Test("after two steps: the conversation above, step 3 and its keys below", arguments: sizes)
  func inConversation(_ size: Size) throws {
    let demo = try DemoDriver("de-jong", size: size)
    try demo.press("<Space><Space>")
    check(demo, "demo-conversation", size)
  }

  @Test("taken over: the panel says the keys are the app's and how to hand back", arguments: sizes)
  func takenOver(_ size: Size) throws {
    let demo = try DemoDriver("veiligheid", size: size)
    try demo.press("<Space><Space>t")
    check(demo, "demo-taken-over", size)
  }

  @Test("help: the trainer's keys first, the banner stays above the box", arguments: sizes)
  func help(_ size: Size) throws {
    let demo = try DemoDriver("procescoordinatie", size: size)
    try demo.press("?")
    check(demo, "demo-help", size)
  }

  @Test("in English the narration and the panel are English", arguments: sizes)
  func english(_ size: Size) throws {
    let demo = try DemoDriver("meer-team", size: size, language: .en)
    try demo.press("<Space><Space>")
    check(demo, "demo-english", size)
  }
}
