import Foundation
import TestSupport
import Testing

@Suite("Hostile input")
struct FuzzTests {
  /// The inputs kept because they once found a bug, for one target.
  static func regressions(_ target: String) -> [Data] {
    guard
      let folder = Bundle.module.url(forResource: "Regressions", withExtension: nil)?
        .appendingPathComponent(target),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.sorted().compactMap {
      FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
    }
  }

  @Test(
    "no loader crashes or hangs, and no byte reaches the screen unsanitised",
    arguments: FuzzTarget.all)
  func fuzz(_ target: FuzzTarget) {
    var fuzzer = Fuzzer(seed: target.seed)
    let inputs =
      Self.regressions(target.name) + fuzzer.inputs(from: target.seeds(), count: target.iterations)
    var slowest: (seconds: Double, index: Int) = (0, -1)
    for (index, input) in inputs.enumerated() {
      let start = Date()
      target.load(input)
      let seconds = Date().timeIntervalSince(start)
      if seconds > slowest.seconds { slowest = (seconds, index) }
    }
    // A hang shows as one input taking far longer than the rest.
    #expect(
      slowest.seconds < 2,
      "input \(slowest.index) took \(slowest.seconds) s: \(inputs[max(0, slowest.index)].prefix(256).base64EncodedString())"
    )
  }

  @Test("the fuzzer is deterministic: the same seed gives the same inputs")
  func deterministic() {
    var a = Fuzzer(seed: 42)
    var b = Fuzzer(seed: 42)
    let seeds = [Data("{\"a\":[1,\"x\"]}".utf8)]
    #expect(a.inputs(from: seeds, count: 50) == b.inputs(from: seeds, count: 50))
  }
}
