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

  /// Per-key milliseconds of a headless session, from `--timing`.
  func keyTimes(_ store: String, keys: String, skip: Int) -> [Double] {
    var all: [Double] = []
    for _ in 0..<runs {
      let file = "\(dir)/timing.txt"
      _ = runMeasured([
        casus, "--headless", "--size", "100x30", "--store", store, "--keys", keys, "--timing", file,
      ])
      let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
      all += text.split(separator: "\n").compactMap { Double($0) }.dropFirst(skip)
    }
    return all
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
    var rows: [String] = []
    for n in sizes {
      let path = store(n)
      log("measuring \(n) …")
      let cat = repeated([
        "sh", "-c", "find '\(path)/cases' -name '*.json' -print0 | xargs -0 cat > /dev/null",
      ]).0
      let grep = repeated(["sh", "-c", "grep -r -l 'de Jong' '\(path)/cases' > /dev/null"]).0
      let (start, rss) = repeated([
        casus, "--headless", "--size", "100x30", "--keys", "q", "--store", path,
      ])
      let filter = Stats(keyTimes(path, keys: "/jansen1234<Esc>q", skip: 1))
      let open = Stats(keyTimes(path, keys: "<Enter>q", skip: 0))
      let (save, bare) = saveCost(path)
      func ms(_ s: Stats) -> String {
        String(format: "%.1f ms (%.1f–%.1f)", s.median, s.min, s.max)
      }
      func sec(_ s: Stats) -> String {
        String(format: "%.2f s (%.2f–%.2f)", s.median, s.min, s.max)
      }
      rows.append(
        "| \(n) | \(sec(cat)) | \(sec(grep)) | \(sec(start)) | \(String(format: "%.2f", start.median / cat.median)) | "
          + "\(String(format: "%.1f / %.1f ms", filter.median, filter.p99)) | \(ms(open)) | \(ms(save)) | \(ms(bare)) | "
          + "\(String(format: "%.2f", save.median / bare.median)) | \(rss / 1024) MB |")
      log(rows.last ?? "")
    }
    writeReport(rows)
  }

  func writeReport(_ rows: [String]) {
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

      | cases | cat all files | grep -r a name | first frame (`--headless --keys q`) | first frame / cat | filter key p50 / p99 | open a case | save (fsync) | bare write+fsync+rename | save / bare | peak memory |
      |---|---|---|---|---|---|---|---|---|---|---|
      \(rows.joined(separator: "\n"))

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
