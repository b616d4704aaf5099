import Foundation

/// The built `casus` executable and a way to run it the way a user would.
public enum CasusBinary {
  /// `$CASUS_BIN`, else `casus` next to the test bundle (`.build/<triple>/debug/casus`).
  public static var path: String {
    if let explicit = ProcessInfo.processInfo.environment["CASUS_BIN"], !explicit.isEmpty {
      return explicit
    }
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On macOS the runner sits inside `<Name>.xctest/Contents/MacOS`; walk up to the folder
    // that holds the bundle.
    while dir.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) {
      dir = dir.deletingLastPathComponent()
    }
    return dir.appendingPathComponent("casus").path
  }

  /// An environment for a child: this process's, minus anything that would pick another
  /// store, language, colour mode or tmux server, plus `SWIFT_BACKTRACE=interactive=no`,
  /// `LANG=C.UTF-8` and `CASUS_USER=Consulent Test` (so the app does not ask who is working;
  /// `unset: ["CASUS_USER"]` brings the question back), then `overrides`, then without the
  /// variables named in `unset`.
  public static func environment(
    _ overrides: [String: String] = [:], unset: [String] = []
  ) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for key in [
      "CASUS_STORE", "NO_COLOR", "TMUX", "TMUX_PANE", "LC_ALL", "LC_MESSAGES", "LANGUAGE",
    ] {
      env[key] = nil
    }
    env["LANG"] = "C.UTF-8"
    env["SWIFT_BACKTRACE"] = "interactive=no"
    env["CASUS_USER"] = "Consulent Test"
    for (key, value) in overrides { env[key] = value }
    for key in unset { env[key] = nil }
    return env
  }
}

/// Runs `casus args…` to completion and returns its status and output.
///
/// stdin is `/dev/null`, so there is no tty. `env` is added to `CasusBinary.environment()`; `unset` removes variables
/// (for example `TERM`).
public func runCasus(
  _ args: [String], env: [String: String] = [:], unset: [String] = []
) throws -> Spawn.Result {
  try Spawn.run(CasusBinary.path, args, environment: CasusBinary.environment(env, unset: unset))
}
