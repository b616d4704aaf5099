import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of a child process: wall time and peak memory.
struct RunResult {
  var seconds: Double
  var maxRSSKiB: Int
  var status: Int32
}

/// Runs `argv` with stdout and stderr to /dev/null (or a file), and measures it.
func runMeasured(
  _ argv: [String], stdout: String = "/dev/null", environment: [String: String]? = nil
)
  -> RunResult
{
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
  var cArgs = argv.map { strdup($0) } + [nil]
  var cEnv = env.map { strdup($0) } + [nil]
  defer {
    for p in cArgs { free(p) }
    for p in cEnv { free(p) }
  }
  var pid: pid_t = 0
  let start = DispatchTime.now()
  guard posix_spawnp(&pid, argv[0], &actions, nil, &cArgs, &cEnv) == 0 else {
    return RunResult(seconds: .nan, maxRSSKiB: 0, status: -1)
  }
  var status: Int32 = 0
  var usage = rusage()
  while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
  let end = DispatchTime.now()
  let seconds = Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  return RunResult(seconds: seconds, maxRSSKiB: Int(usage.ru_maxrss), status: status)
}

/// Median and spread (min–max) of some numbers.
struct Stats {
  var median: Double
  var min: Double
  var max: Double
  var p99: Double

  init(_ values: [Double]) {
    let sorted = values.sorted()
    guard !sorted.isEmpty else {
      median = .nan
      min = .nan
      max = .nan
      p99 = .nan
      return
    }
    let mid = sorted.count / 2
    median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    min = sorted[0]
    max = sorted[sorted.count - 1]
    p99 = sorted[Swift.min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
  }
}
