import Foundation
import TestSupport

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
