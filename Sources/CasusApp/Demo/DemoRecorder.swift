import CasusCore
import Foundation

/// Writes a recording as a scenario skeleton: the keys per step, narration left as `TODO`,
/// the sandbox's cases at the start of the recording as starting cases.
public enum DemoRecorder {
  /// Why the skeleton could not be written.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// The skeleton as a scenario file's JSON text (it loads and plays as it is).
  public static func skeleton(_ recording: DemoRecording, id: String) -> String {
    let todo = JSONValue.object(["nl": .string("TODO"), "en": .string("TODO")])
    var top: [(String, JSONValue)] = [
      ("version", .number(Double(Scenario.currentVersion))), ("id", .string(id)),
      ("title", todo), ("goal", todo), ("seeds", .array([])),
    ]
    if let user = recording.user {
      top.append(
        ("user", .object(["name": .string(user.name), "role": .string(user.role.rawValue)])))
    }
    top += [
      ("profile", .string(recording.profile)), ("today", .string(recording.today.description)),
      ("cases", .array(recording.cases.map(caseJSON))),
      (
        "steps",
        .array(
          recording.allSteps.map { keys in
            .object([
              "narration": todo, "keys": .string(keys.joined()), "expect": .array([]),
            ])
          })
      ),
    ]
    return JSONText.ordered(top) + "\n"
  }

  /// A case as a scenario holds it: its id and its events without `seq` and `prev`.
  static func caseJSON(_ file: CaseFile) -> JSONValue {
    .object([
      "id": .string(file.id.rawValue),
      "events": .array(
        file.events.map { event in
          let whole = Date(timeIntervalSince1970: event.at.timeIntervalSince1970.rounded(.down))
          return .object([
            "at": .string(whole.formatted(.iso8601)), "actor": .string(event.actor),
            "type": .string(event.type), "payload": event.payload,
          ])
        }),
    ])
  }

  /// Writes the skeleton to the current folder, or `$TMPDIR` when that is not writable or
  /// lies inside the user's real store; returns the path.
  public static func write(
    _ recording: DemoRecording, protectedPath: String?, now: Date,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) throws(Failure) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    let stamp =
      "\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
    let id = "opname-\(stamp)"
    let text = skeleton(recording, id: id)
    var folders = [currentDirectory, DemoSandbox.temporaryDirectory(environment)]
    if let protectedPath, isInside(currentDirectory, protectedPath) { folders.removeFirst() }
    var reasons: [String] = []
    for folder in folders {
      let path = folder + "/scenario-\(id).json"
      if FileManager.default.createFile(
        atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
      {
        return path
      }
      reasons.append(folder)
    }
    throw Failure(description: "cannot write in \(reasons.joined(separator: " or "))")
  }

  /// Whether `path` is `folder` or lies below it.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    let p = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    let f = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
    return p == f || p.hasPrefix(f.hasSuffix("/") ? f : f + "/")
  }
}
