import CasusCore
import CasusStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary store a demo runs on: a fresh folder under `$TMPDIR` (mode 0700), never
/// the user's store, filled with the scenario's cases and removed when the demo ends.
///
/// A demo that is killed leaves its folder behind; the marker file inside names the process,
/// so ``cleanStale(environment:)`` (`casus demo --clean`) can tell a stale folder from one
/// in use.
public struct DemoSandbox: Sendable {
  /// Why a sandbox could not be made or filled.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
  }

  public let root: URL

  /// The name every sandbox folder starts with.
  public static let prefix = "casus-demo-"
  /// The marker file inside a sandbox: the id of the process that made it.
  static let marker = ".casus-demo"

  /// The folder sandboxes are made in: `$TMPDIR`, else `/tmp`.
  public static func temporaryDirectory(_ environment: [String: String]) -> String {
    let tmp = environment["TMPDIR"] ?? ""
    return tmp.isEmpty ? "/tmp" : tmp
  }

  /// Makes a fresh, private folder (`mkdtemp`, mode 0700) with the marker in it.
  public static func create(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(Failure) -> DemoSandbox
  {
    let directory = temporaryDirectory(environment)
    var template = Array((directory + "/" + prefix + "XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
    guard let path = made else {
      throw Failure(
        "cannot make a sandbox folder in \(directory): \(String(cString: strerror(errno)))")
    }
    chmod(path, 0o700)
    let sandbox = DemoSandbox(root: URL(fileURLWithPath: path, isDirectory: true))
    let pid = Data("\(getpid())\n".utf8)
    guard
      FileManager.default.createFile(
        atPath: sandbox.root.appendingPathComponent(marker).path, contents: pid,
        attributes: [.posixPermissions: 0o600])
    else { throw Failure("cannot write the marker in \(path)") }
    return sandbox
  }

  public init(root: URL) { self.root = root }

  /// Empties the folder (keeping the marker) and writes the scenario's cases and settings:
  /// the profile, who is working, no idle lock.
  public func seed(_ scenario: Scenario) throws(Failure) {
    let manager = FileManager.default
    let names = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
    for name in names where name != Self.marker {
      do {
        try manager.removeItem(at: root.appendingPathComponent(name))
      } catch {
        throw Failure("cannot empty the sandbox \(root.path): \(error)")
      }
    }
    do {
      let store = try CaseStore(root: root)
      try store.saveSettings(
        StoreSettings(
          matrix: scenario.matrix, profile: scenario.profile, user: scenario.user,
          idleLockMinutes: 0))
      for entry in scenario.cases { _ = try store.save(entry.file) }
    } catch {
      throw Failure("cannot fill the sandbox \(root.path): \(error)")
    }
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(at: root)
  }

  /// The sandboxes in `$TMPDIR` whose process is gone, removed; returns their paths.
  public static func cleanStale(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    let directory = temporaryDirectory(environment)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var removed: [String] = []
    for name in names.sorted() where name.hasPrefix(prefix) {
      let path = directory + "/" + name
      guard let data = FileManager.default.contents(atPath: path + "/" + marker),
        let pid = Int32(
          String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
      else { continue }
      // Signal 0 only asks whether the process exists; EPERM means it does (another user's).
      if kill(pid, 0) == 0 || errno == EPERM { continue }
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
    }
    return removed
  }
}
