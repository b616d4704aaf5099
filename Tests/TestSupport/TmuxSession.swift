import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drives a real terminal program inside a private tmux server, one per session, so
/// parallel tests never collide and the user's own tmux is never touched.
///
/// The program runs under `sh -c 'trap : INT; "$@"; echo "[exit $?]"; exec sleep 3600'`,
/// which prints the exit status and keeps the pane alive so the last screen can be read
/// (`remain-on-exit` lost the program's last output after a resize). `trap :` rather than
/// `trap '' INT`: an ignored signal stays ignored across exec, so the app would never see ^C.
public final class TmuxSession: Sendable {
  /// A tmux command that failed, or a condition that never came.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
  }

  /// The `tmux` executable on `PATH`, if any.
  public static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  /// Whether tmux is installed.
  public static var isAvailable: Bool { executable != nil }

  /// Whether tmux tests must run (and fail) even without tmux: `CASUS_REQUIRE_TMUX=1`, set by CI.
  public static var isRequired: Bool {
    let value = ProcessInfo.processInfo.environment["CASUS_REQUIRE_TMUX"] ?? ""
    return !value.isEmpty && value != "0"
  }

  /// Whether a tmux suite should run: tmux is there, or CI requires it (and then it fails).
  public static var shouldRun: Bool { isAvailable || isRequired }

  /// The private server's socket (`tmux -S`).
  public let socket: String
  /// The session (and pane) every command targets.
  public let target = "t"

  /// Starts `program args…` in a fresh detached session of `width`×`height`, with `env`
  /// added to the program's environment (`LANG=C.UTF-8` unless given; `TERM` works too).
  public init(
    program: String, args: [String] = [], width: Int = 100, height: Int = 30,
    env: [String: String] = [:]
  ) throws {
    let tag = UUID().uuidString.prefix(8)
    socket = FileManager.default.temporaryDirectory.path + "/casus-tmux-\(getpid())-\(tag).sock"
    var environment = env
    if environment["LANG"] == nil && environment["LC_ALL"] == nil {
      environment["LANG"] = "C.UTF-8"
    }
    // The variables go through `env` inside the wrapper rather than `new-session -e`: tmux
    // sets TERM from `default-terminal` after applying -e, so `-e TERM=linux` is ignored.
    let assignments = environment.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }
    let command =
      ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
      + ["sh", "-c", #"trap : INT; "$@"; echo "[exit $?]"; exec sleep 3600"#, "sh"]
      + ["env"] + assignments + [program] + args
    try tmux(command)
  }

  deinit {
    _ = try? tmux(["kill-server"])
    unlink(socket)
  }

  /// Runs one tmux command against the private server and returns its stdout.
  @discardableResult
  public func tmux(_ args: [String]) throws -> String {
    guard let exe = Self.executable else { throw Failure("tmux is not installed") }
    var env = ProcessInfo.processInfo.environment
    env["TMUX"] = nil  // allow running inside tmux
    env["TMUX_PANE"] = nil
    // The server's locale decides whether tmux treats the pane as UTF-8, and the pane
    // inherits it: use C.UTF-8, never a language a test did not ask for.
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    env["LANGUAGE"] = nil
    env["LANG"] = "C.UTF-8"
    let result = try Spawn.run(exe, ["-S", socket, "-f", "/dev/null"] + args, environment: env)
    guard result.status == 0 else {
      throw Failure(
        "tmux \(args.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    }
    return result.stdout
  }

  /// Sends tmux key names such as `Tab`, `Enter`, `Escape`, `BSpace`, `C-s`, `C-c` and `F10`.
  public func send(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

  /// Sends text literally (UTF-8, for example `Cliënt`).
  public func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

  /// Resizes the window (the app gets SIGWINCH).
  public func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible pane as text, like `tmux capture-pane -p` (`escapes` adds SGR codes).
  public func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
  }

  /// A tmux format evaluated for the pane, for example `#{alternate_on}`.
  public func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls until `predicate` holds for the screen AND two consecutive captures are equal
  /// (the frame is complete); throws with the last screen after `timeout` seconds.
  @discardableResult
  public func waitFor(
    timeout: Double = 5, pollMilliseconds: Int = 5, _ what: String = "condition",
    _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      let screen = try capture()
      if predicate(screen), screen == last { return screen }
      last = screen
      usleep(useconds_t(pollMilliseconds * 1000))
    }
    throw Failure("timed out after \(timeout) s waiting for \(what); the screen was:\n\(last)")
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  public func waitFor(text: String, timeout: Double = 5) throws -> String {
    try waitFor(timeout: timeout, "\"\(text)\"") { $0.contains(text) }
  }

  /// Waits for the wrapper's `[exit N]` line and returns N (128 + signal for a crash).
  public func waitForExit(timeout: Double = 10) throws -> Int32 {
    let screen = try waitFor(timeout: timeout, "the program to exit") { $0.contains("[exit ") }
    guard let marker = screen.range(of: "[exit ", options: .backwards) else { return -1 }
    return Int32(String(screen[marker.upperBound...].prefix { $0.isNumber })) ?? -1
  }
}
