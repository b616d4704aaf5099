import Foundation
import TestSupport
import Testing

/// The repository root (this file is `Tests/EndToEndTests/Support.swift`).
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Reads a case file as JSON objects, for checks that must not go through our own decoder.
struct CaseFileJSON {
  let raw: String
  let object: [String: Any]

  init(contentsOf url: URL) throws {
    let data = try Data(contentsOf: url)
    raw = String(decoding: data, as: UTF8.self)
    object = (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }

  var revision: Int? { object["revision"] as? Int }
  var state: [String: Any] { object["state"] as? [String: Any] ?? [:] }
  var question: String? { state["question"] as? String }
  var household: [String: Any] { state["household"] as? [String: Any] ?? [:] }
  var members: [[String: Any]] { household["members"] as? [[String: Any]] ?? [] }
  var events: [[String: Any]] { object["events"] as? [[String: Any]] ?? [] }
}

extension String {
  /// Whether the text contains an ESC or BEL byte (a terminal control sequence).
  var hasTerminalControls: Bool {
    unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }
  }

  /// The text's lines without the final newline `print` adds.
  var screenLines: [Substring] {
    var text = Substring(self)
    if text.hasSuffix("\n") { text = text.dropLast() }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
  }
}

/// Every file and folder under `root`, each file with its SHA-256 (`sha256sum`, not our own
/// code): the same before and after means nothing was written, added or removed.
func checksums(_ root: String) throws -> [String: String] {
  var out: [String: String] = [:]
  var files: [String] = []
  let walker = FileManager.default.enumerator(atPath: root)
  while let name = walker?.nextObject() as? String {
    var directory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &directory)
    if directory.boolValue { out[name + "/"] = "folder" } else { files.append(name) }
  }
  let sums = try Spawn.run(
    "/usr/bin/env", ["sha256sum"] + files.map { root + "/" + $0 },
    environment: ProcessInfo.processInfo.environment)
  try #require(sums.status == 0, "\(sums)")
  for line in sums.stdout.split(separator: "\n") {
    let parts = line.split(separator: " ", maxSplits: 1)
    guard parts.count == 2 else { continue }
    let path = String(parts[1].drop { $0 == " " || $0 == "*" })
    out[path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path] =
      String(parts[0])
  }
  return out
}
