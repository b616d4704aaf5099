import Foundation

/// The figures of one store size, and how they read against the targets of issue 9.
struct Row {
  var cases: Int
  var cat = Stats([])
  var grep = Stats([])
  var start = Stats([])
  var filter = Stats([])
  var list = Stats([])
  var open = Stats([])
  var triageOpen = Stats([])
  var triage = Stats([])
  var save = Stats([])
  var bare = Stats([])
  var peakMiB = 0

  static let header = """
    | cases | cat all files | grep -r a name | first frame | first frame / cat | list key p50 / p99 \
    | filter key p50 / p99 | open a case | triage ranking | triage key p50 / p99 | save (fsync) \
    | bare write+fsync+rename | save / bare | peak memory |
    |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
    """

  var line: String {
    "| \(cases) | \(sec(cat)) | \(sec(grep)) | \(sec(start)) | \(f2(start.median / cat.median)) "
      + "| \(keys(list)) | \(keys(filter)) | \(ms(open)) | \(ms(triageOpen)) | \(keys(triage)) "
      + "| \(ms(save)) | \(ms(bare)) | \(f2(save.median / bare.median)) | \(peakMiB) MB |"
  }

  /// One line per target: met or not, with the figure.
  static func targets(_ rows: [Row]) -> [String] {
    var lines: [String] = []
    func check(_ ok: Bool, _ text: String) {
      lines.append("- \(ok ? "met" : "**NOT met**"): \(text)")
    }
    for row in rows where row.cases >= 10_000 {
      let ratio = row.start.median / row.cat.median
      check(ratio <= 0.25, "first frame at \(row.cases) is \(f2(ratio))× `cat` (target ≤ 0.25×)")
    }
    if let big = rows.max(by: { $0.cases < $1.cases }) {
      for (name, s) in [("case list", big.list), ("filter", big.filter), ("triage", big.triage)] {
        check(s.p99 <= 16, "\(name) key p99 at \(big.cases) is \(f1(s.p99)) ms (target ≤ 16 ms)")
      }
      check(big.peakMiB < 300, "peak memory at \(big.cases) is \(big.peakMiB) MB (target < 300 MB)")
    }
    for row in rows {
      let ratio = row.save.median / row.bare.median
      check(
        ratio <= 2, "save at \(row.cases) is \(f2(ratio))× a bare write-fsync-rename (target ≤ 2×)")
    }
    let sorted = rows.sorted { $0.cases < $1.cases }
    if let small = sorted.first(where: { $0.cases == 10_000 }) ?? sorted.first,
      let big = sorted.last, big.cases > small.cases
    {
      let scale = Double(big.cases) / Double(small.cases)
      let start = big.start.median / small.start.median
      check(
        start <= scale,
        "first frame grows \(f2(start))× from \(small.cases) to \(big.cases) cases (\(f1(scale))× more cases; target: at most linear)"
      )
      let open = big.open.median / small.open.median
      check(
        open <= 2,
        "opening a case: \(ms(small.open)) at \(small.cases), \(ms(big.open)) at \(big.cases) (target: flat)"
      )
      let save = big.save.median / small.save.median
      check(
        save <= 2,
        "saving a case: \(ms(small.save)) at \(small.cases), \(ms(big.save)) at \(big.cases) (target: flat)"
      )
    }
    return lines
  }
}

private func f1(_ x: Double) -> String { String(format: "%.1f", x) }
private func f2(_ x: Double) -> String { String(format: "%.2f", x) }
private func ms(_ s: Stats) -> String {
  String(format: "%.1f ms (%.1f–%.1f)", s.median, s.min, s.max)
}
private func sec(_ s: Stats) -> String {
  String(format: "%.2f s (%.2f–%.2f)", s.median, s.min, s.max)
}
private func keys(_ s: Stats) -> String { String(format: "%.2f / %.2f ms", s.median, s.p99) }
