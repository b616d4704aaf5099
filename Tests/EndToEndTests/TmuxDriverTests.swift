import Foundation
import TestSupport
import Testing

/// The harness itself, on a plain shell instead of casus, so a failing terminal test points
/// at the app and not at the driver.
@Suite(
  "The tmux test driver",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct TmuxDriverTests {
  @Test("literal UTF-8 text reaches the program and its exit status is read back")
  func typesUTF8AndReadsExitStatus() throws {
    let session = try TmuxSession(
      program: "/bin/sh", args: ["-c", #"read line; printf 'got:%s\n' "$line"; exit 3"#],
      width: 80, height: 24)
    try session.type("Cliënt één Nguyễn")
    try session.send("Enter")
    try session.waitFor(text: "got:Cliënt één Nguyễn")
    #expect(try session.waitForExit() == 3)
  }

  @Test("environment variables, TERM included, reach the program")
  func passesEnvironment() throws {
    let session = try TmuxSession(
      program: "/bin/sh", args: ["-c", #"echo "term=$TERM color=$NO_COLOR lang=$LANG""#],
      width: 80, height: 24, env: ["TERM": "linux", "NO_COLOR": "1"])
    try session.waitFor(text: "term=linux color=1 lang=C.UTF-8")
    #expect(try session.waitForExit() == 0)
  }

  @Test("a resize reaches the program as a new terminal size")
  func resizes() throws {
    let session = try TmuxSession(
      program: "/bin/sh", args: ["-c", "stty size; read x; stty size"], width: 100, height: 30)
    try session.waitFor(text: "30 100")
    try session.resize(width: 60, height: 20)
    try session.send("Enter")
    try session.waitFor(text: "20 60")
    #expect(try session.waitForExit() == 0)
  }

  @Test("Ctrl-C ends the program but not the wrapper")
  func controlC() throws {
    let session = try TmuxSession(
      program: "/bin/sh", args: ["-c", "echo ready; exec sleep 30"], width: 80, height: 24)
    try session.waitFor(text: "ready")
    try session.send("C-c")
    #expect(try session.waitForExit() == 128 + 2)
  }
}
