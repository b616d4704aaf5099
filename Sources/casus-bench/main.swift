import CasusCore
import CasusStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Measures Casus at 1,000, 10,000 and 100,000 cases.
///
/// Writes `docs/performance.md`. Run it from the repository: `swift run -c release casus-bench`.
///
/// Options: `--sizes 1000,10000,100000`, `--runs 5`, `--dir /tmp/casus-bench` (stores are
/// generated there once, seed 1, and reused), `--output docs/performance.md`.
struct Bench {
  var sizes = [1_000, 10_000, 100_000]
  var runs = 5
  var dir = "/tmp/casus-bench"
  var output = "docs/performance.md"
  var casus: String

  init() {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    casus = me.deletingLastPathComponent().appendingPathComponent("casus").path
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let arg = args.next() {
      switch arg {
      case "--sizes": sizes = (args.next() ?? "").split(separator: ",").compactMap { Int($0) }
      case "--runs": runs = Int(args.next() ?? "") ?? runs
      case "--dir": dir = args.next() ?? dir
      case "--output": output = args.next() ?? output
      case "--casus": casus = args.next() ?? casus
      default: FileHandle.standardError.write(Data("casus-bench: unknown option \(arg)\n".utf8))
      }
    }
  }

  func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

  /// The store of `n` cases, generated once.
  func store(_ n: Int) -> String {
    let path = "\(dir)/\(n)"
    if FileManager.default.fileExists(atPath: "\(path)/index/snapshot") { return path }
    try? FileManager.default.removeItem(atPath: path)
    log("generating \(n) cases in \(path) …")
    let r = runMeasured([
      casus, "generate", "--cases", "\(n)", "--seed", "1", "--today", "2026-12-01", "--store", path,
    ])
    log(String(format: "  %.1f s", r.seconds))
    return path
  }

  /// Times of `runs` runs after one warm-up run.
  func repeated(_ argv: [String]) -> (Stats, Int) {
    _ = runMeasured(argv)
    var times: [Double] = []
    var rss = 0
    for _ in 0..<runs {
      let r = runMeasured(argv)
      times.append(r.seconds)
      rss = max(rss, r.maxRSSKiB)
    }
    return (Stats(times), rss)
  }

  /// Who the headless runs work as, so the first-start form does not take the keys.
  let user = ["--user", "Bench", "--role", "procescoordinator"]

  /// Per-key milliseconds of a headless session, from `--timing`, keys `skip..<skip+take`;
  /// and the peak memory of those runs.
  func keyTimes(_ store: String, keys: String, skip: Int, take: Int = .max) -> ([Double], Int) {
    var all: [Double] = []
    var rss = 0
    for _ in 0..<runs {
      let file = "\(dir)/timing.txt"
      let r = runMeasured(
        [
          casus, "--headless", "--size", "100x30", "--store", store, "--keys", keys, "--timing",
          file,
        ]
          + user)
      rss = max(rss, r.maxRSSKiB)
      let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
      all += text.split(separator: "\n").compactMap { Double($0) }.dropFirst(skip).prefix(take)
    }
    return (all, rss)
  }

  /// One save with fsync against a bare write, fsync and rename of the same bytes.
  func saveCost(_ path: String) -> (save: Stats, bare: Stats) {
    let root = URL(fileURLWithPath: "\(dir)/save-\(UUID().uuidString.prefix(6))")
    defer { try? FileManager.default.removeItem(at: root) }
    guard let source = try? CaseStore(root: URL(fileURLWithPath: path), readOnly: true),
      let first = source.loadIndex().summaries.first, let file = try? source.load(first.id),
      let store = try? CaseStore(root: root)
    else { return (Stats([]), Stats([])) }
    var current =
      (try? store.save(
        {
          var f = file; f.revision = 0; return f
        }())) ?? file
    var saves: [Double] = []
    var bare: [Double] = []
    let data =
      (try? Data(contentsOf: URL(fileURLWithPath: "\(path)/cases/\(first.id).json"))) ?? Data()
    for i in 0..<(runs * 4) {
      let edit = CaseEdit(question: current.state.question + (i % 2 == 0 ? " " : ""))
      guard
        let next = try? current.applying(
          .edit(edit), at: Date(), today: current.state.melding.date.adding(days: 3650),
          actor: "bench")
      else { continue }
      let t0 = DispatchTime.now()
      if let saved = try? store.save(next) { current = saved }
      let t1 = DispatchTime.now()
      saves.append(Double(t1.uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6)
      let tmp = root.appendingPathComponent("bare.tmp").path
      let t2 = DispatchTime.now()
      let fd = Glibc.open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      fsync(fd)
      close(fd)
      rename(tmp, root.appendingPathComponent("bare.json").path)
      let dfd = Glibc.open(root.path, O_RDONLY)
      fsync(dfd)
      close(dfd)
      let t3 = DispatchTime.now()
      bare.append(Double(t3.uptimeNanoseconds - t2.uptimeNanoseconds) / 1e6)
    }
    return (Stats(saves), Stats(bare))
  }

  func run() {
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var rows: [Row] = []
    for n in sizes {
      let path = store(n)
      log("measuring \(n) …")
      var row = Row(cases: n)
      row.cat =
        repeated([
          "sh", "-c", "find '\(path)/cases' -name '*.json' -print0 | xargs -0 cat > /dev/null",
        ]).0
      row.grep = repeated(["sh", "-c", "grep -r -l 'de Jong' '\(path)/cases' > /dev/null"]).0
      let (start, startRSS) = repeated(
        [casus, "--headless", "--size", "100x30", "--keys", "q", "--store", path] + user)
      row.start = start
      var peak = startRSS
      func keys(_ keys: String, skip: Int, take: Int = .max) -> Stats {
        let (times, rss) = keyTimes(path, keys: keys, skip: skip, take: take)
        peak = max(peak, rss)
        return Stats(times)
      }
      row.filter = keys("/jansen1234<Esc>q", skip: 1, take: 11)
      row.list = keys(
        String(repeating: "j", count: 20) + String(repeating: "k", count: 10) + "q", skip: 0,
        take: 30)
      // Opening a case: `j` highlights a case whose file was not read yet (it is read and
      // parsed for the detail pane), `Enter` opens it; the figure is the two keys together.
      let (pairs, openRSS) = keyTimes(path, keys: "j<Enter>q", skip: 0, take: 2)
      peak = max(peak, openRSS)
      row.open = Stats(
        stride(from: 0, to: pairs.count - 1, by: 2).map { pairs[$0] + pairs[$0 + 1] })
      row.triageOpen = keys("rq", skip: 0, take: 1)
      row.triage = keys("r" + String(repeating: "j", count: 20) + "q", skip: 1, take: 20)
      (row.save, row.bare) = saveCost(path)
      row.peakMiB = peak / 1024
      log(row.line)
      rows.append(row)
    }
    writeReport(rows)
  }

  func writeReport(_ rows: [Row]) {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
    let date = ISO8601DateFormatter().string(from: Date())
    let text = """
      # Performance

      Measured by `swift run -c release casus-bench` on \(date): \(cpu), \(cores) cores, \(memory) GiB.
      Stores generated with `casus generate --seed 1 --today 2026-12-01`; each figure is the median of \
      \(runs) runs after a warm-up, with the spread (min–max). The machine is shared, so the
      spread is part of the result.

      \(Row.header)
      \(rows.map(\.line).joined(separator: "\n"))

      ## Targets

      \(Row.targets(rows).joined(separator: "\n"))

      """
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output))
      log("wrote \(output)")
    } catch {
      log("cannot write \(output): \(error)")
      print(text)
    }
  }
}

Bench().run()
