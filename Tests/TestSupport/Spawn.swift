import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs child processes for end-to-end tests.
///
/// It has two fixes that `Foundation.Process` lacks:
///
///  1. The child gets an EMPTY signal mask and default handlers. Swift Testing runs tests on
///     libdispatch worker threads that block almost every signal, and children inherit that:
///     a tmux server started from a `@Test` never sees SIGCHLD, and an app under it never
///     sees SIGWINCH or SIGINT.
///  2. stdout and stderr go to temporary files, not pipes: `tmux new-session` forks a server
///     that inherits a pipe and keeps it open forever, so reading to EOF would hang.
///
/// stdin is `/dev/null`.
public enum Spawn {
  /// How a finished child ended and what it printed.
  public struct Result: Sendable, CustomStringConvertible {
    /// The exit status, or 128 + the signal number when a signal ended the child.
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var description: String {
      "exit \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }
  }

  /// A failure to start a child (not a child that failed).
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
  }

  /// Runs `path args…` with exactly `environment` and waits for it.
  public static func run(
    _ path: String, _ args: [String], environment: [String: String]
  ) throws -> Result {
    let child = try Child.start(path, args, environment: environment)
    return child.wait()
  }

  /// A running child whose output goes to temporary files; `wait()` reaps it and reads them.
  public final class Child: @unchecked Sendable {
    // @unchecked: `reaped` is only touched by the thread that owns the child (tests use one
    // child from one test); every other stored property is immutable.
    public let pid: pid_t
    private let outPath: String
    private let errPath: String
    private var reaped: Result?

    private init(pid: pid_t, outPath: String, errPath: String) {
      self.pid = pid
      self.outPath = outPath
      self.errPath = errPath
    }

    /// Starts `path args…` with exactly `environment`, an empty signal mask and default
    /// signal handlers.
    public static func start(
      _ path: String, _ args: [String], environment: [String: String]
    ) throws -> Child {
      let dir = FileManager.default.temporaryDirectory.path
      let tag = UUID().uuidString
      let outPath = "\(dir)/casus-spawn-\(tag).out"
      let errPath = "\(dir)/casus-spawn-\(tag).err"

      var attr = posix_spawnattr_t()
      posix_spawnattr_init(&attr)
      defer { posix_spawnattr_destroy(&attr) }
      var empty = sigset_t()
      sigemptyset(&empty)
      posix_spawnattr_setsigmask(&attr, &empty)
      var defaults = sigset_t()
      sigemptyset(&defaults)
      for sig in 1..<32 where sig != SIGKILL && sig != SIGSTOP { sigaddset(&defaults, Int32(sig)) }
      posix_spawnattr_setsigdefault(&attr, &defaults)
      posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

      let argv = ([path] + args).map { strdup($0) } + [nil]
      let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
      }

      var pid: pid_t = 0
      let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
      guard rc == 0 else {
        unlink(outPath)
        unlink(errPath)
        throw Failure("posix_spawn \(path): \(String(cString: strerror(rc)))")
      }
      return Child(pid: pid, outPath: outPath, errPath: errPath)
    }

    /// What the child has written to stdout so far (it may still be running).
    public var stdoutSoFar: String { Self.read(outPath) }

    /// Sends `signal` to the child (SIGKILL by default).
    public func kill(_ signal: Int32 = SIGKILL) {
      if reaped == nil { sendSignal(pid, signal) }
    }

    /// Waits for the child to end and returns its status and output (idempotent).
    @discardableResult
    public func wait() -> Result {
      if let reaped { return reaped }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
      // WIFEXITED/WEXITSTATUS are macros and do not import.
      let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      let result = Result(status: exit, stdout: Self.read(outPath), stderr: Self.read(errPath))
      unlink(outPath)
      unlink(errPath)
      reaped = result
      return result
    }

    deinit {
      if reaped == nil {
        sendSignal(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        unlink(outPath)
        unlink(errPath)
      }
    }

    private static func read(_ path: String) -> String {
      guard let data = FileManager.default.contents(atPath: path) else { return "" }
      return String(decoding: data, as: UTF8.self)
    }
  }
}

/// `kill(2)`, reachable from inside `Child` whose own `kill` method shadows it.
private func sendSignal(_ pid: pid_t, _ signal: Int32) {
  _ = kill(pid, signal)
}
