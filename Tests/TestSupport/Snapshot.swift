import Foundation
import TerminalUI

/// Text snapshots of screens, kept in `__Snapshots__/<name>.txt` beside the test file and
/// reviewed like code.
///
/// Each row is framed as `│…│` so trailing spaces survive editors. A missing snapshot is
/// written and reported as a failure once; `SNAPSHOT_RECORD=1 swift test` rewrites them all.
public enum Snapshot {
  /// The screen as framed snapshot text, plus its style mask.
  public static func text(of screen: Screen) -> String {
    var rows: [String] = []
    for y in 0..<screen.size.height {
      var line = ""
      for x in 0..<screen.size.width where !screen[x, y].isContinuation {
        line += screen[x, y].text
      }
      rows.append("│" + line + "│")
    }
    return rows.joined(separator: "\n") + "\n"
  }

  /// Compares a screen with its stored snapshot; `nil` when they match, else what differs.
  public static func mismatch(_ screen: Screen, named name: String, testFile: String = #filePath)
    -> String?
  {
    let directory = URL(fileURLWithPath: testFile).deletingLastPathComponent()
      .appendingPathComponent("__Snapshots__")
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = text(of: screen)
    let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return record ? nil : "no snapshot \(name) yet; recorded it at \(url.path)"
    }
    guard expected != actual else { return nil }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines = ["snapshot \(name) differs (SNAPSHOT_RECORD=1 to accept):"]
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : "<none>"
      let al = i < a.count ? String(a[i]) : "<none>"
      if el != al { lines += ["row \(i):", "  expected \(el)", "  actual   \(al)"] }
    }
    return lines.joined(separator: "\n")
  }
}
