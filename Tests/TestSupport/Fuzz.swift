import CasusCore
import Foundation

/// A small seeded generator (SplitMix64): the same seed gives the same inputs on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  public var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Hostile inputs for loaders: random bytes, mutations of good files, invalid UTF-8, huge
/// strings, deep nesting, and control and escape characters where names and notes go.
///
/// Deterministic: every input comes from the seed. To fuzz a new loader, add a
/// ``FuzzTarget`` (a name, good files to mutate, and a closure that loads one input) to the
/// list in `Tests/FuzzTests/FuzzTargets.swift`.
public struct Fuzzer {
  public var random: SeededGenerator

  public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  /// Text that must never reach a terminal as it is.
  public static let hostileTexts: [String] = [
    "\u{1B}]0;pwned\u{07}\u{1B}[2J", "\u{1B}[31mrood\u{1B}[0m", "\u{9B}6n", "\u{1B}P+q\u{1B}\\",
    "\u{0}nul\u{7F}del", "\r\n\t\u{8}\u{8}\u{8}", "\u{202E}drow\u{202C}", "\u{2066}x\u{2069}",
    "e\u{301}\u{301}\u{301}\u{301}", "👩‍👩‍👧‍👦", "محمد", "ትግርኛ", "Nguyễn", "\u{FEFF}bom",
    "\u{2028}\u{2029}", "\u{1B}]52;c;cGF5bG9hZA==\u{07}", "\u{1B}[?1049l", "\u{1B}c",
  ]

  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &random)
  }

  public mutating func chance(_ n: Int) -> Bool { int(1...n) == 1 }

  /// A hostile string: a mix of hostile snippets and plain text, sometimes very long.
  public mutating func hostileString() -> String {
    var out = ""
    for _ in 0..<int(1...4) {
      out += Self.hostileTexts[int(0...Self.hostileTexts.count - 1)]
      out += ["Cliënt", " ", "Öztürk", "", "x"][int(0...4)]
    }
    if chance(12) { out += String(repeating: "ä\u{1B}", count: int(1_000...50_000)) }
    return out
  }

  /// Random bytes (often not UTF-8, often not JSON).
  public mutating func bytes(maxCount: Int = 512) -> Data {
    Data((0..<int(0...maxCount)).map { _ in UInt8.random(in: 0...255, using: &random) })
  }

  /// Bytes that are not valid UTF-8 inside otherwise plausible JSON.
  public mutating func invalidUTF8() -> Data {
    let bad: [[UInt8]] = [
      [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82],
    ]
    return Data("{\"schemaVersion\":2,\"id\":\"C-X\",\"name\":\"".utf8)
      + Data(bad[int(0...bad.count - 1)])
      + Data("\"}".utf8)
  }

  /// `[[[…]]]` or `{"a":{"a":…}}` nested `depth` deep.
  public static func deeplyNested(_ depth: Int, objects: Bool) -> Data {
    let open = objects ? "{\"a\":" : "["
    let close = objects ? "}" : "]"
    return Data(
      (String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)).utf8)
  }

  /// A byte-level mutation of `data`: flips, deletions, insertions, duplications, truncation.
  public mutating func mutateBytes(_ data: Data) -> Data {
    var bytes = [UInt8](data)
    for _ in 0..<int(1...8) {
      let at = bytes.isEmpty ? 0 : int(0...bytes.count - 1)
      switch int(0...5) {
      case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1 << int(0...7))
      case 1 where !bytes.isEmpty: bytes.remove(at: at)
      case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
      case 3 where !bytes.isEmpty:
        let end = min(bytes.count, at + int(1...64))
        bytes.insert(contentsOf: bytes[at..<end], at: at)
      case 4: bytes = Array(bytes.prefix(at))
      default:
        let token = [
          "\"", "{", "}", "[", "]", ",", ":", "null", "-1", "1e309", "\\u0000", "\\ud800",
        ]
        bytes.insert(contentsOf: Array(token[int(0...token.count - 1)].utf8), at: at)
      }
    }
    return Data(bytes)
  }

  /// A structural mutation of a JSON document: strings replaced by hostile text, numbers by
  /// extremes, members dropped or duplicated, values nested deeper, types swapped.
  public mutating func mutateJSON(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(var members):
      guard !members.isEmpty else { return chance(3) ? .string(hostileString()) : value }
      let keys = members.keys.sorted()
      let key = keys[int(0...keys.count - 1)]
      switch int(0...9) {
      case 0: members[key] = nil
      case 1: members[hostileString()] = members[key]
      case 2: members[key] = .null
      default: members[key] = members[key].map { mutateJSON($0) }
      }
      return .object(members)
    case .array(var items):
      guard !items.isEmpty else { return .array([.string(hostileString())]) }
      let at = int(0...items.count - 1)
      switch int(0...7) {
      case 0: items.remove(at: at)
      case 1: items.append(contentsOf: Array(repeating: items[at], count: int(1...50)))
      case 2: items[at] = .array([items[at]])
      default: items[at] = mutateJSON(items[at])
      }
      return .array(items)
    case .string:
      return chance(4) ? .number(Double(int(-5...5))) : .string(hostileString())
    case .number:
      let extremes: [Double] = [
        0, -1, 1e15, -1e15, 1e300, 0.5, Double(Int32.max), 9_007_199_254_740_993,
      ]
      return chance(5) ? .string(hostileString()) : .number(extremes[int(0...extremes.count - 1)])
    case .bool(let b):
      return chance(3) ? .string("true") : .bool(!b)
    case .null:
      return .string(hostileString())
    }
  }

  /// `count` inputs derived from `seeds`: structural and byte mutations, random bytes,
  /// invalid UTF-8 and deep nesting, in a fixed order for the seed.
  public mutating func inputs(from seeds: [Data], count: Int) -> [Data] {
    let parsed = seeds.compactMap { try? JSONDecoder().decode(JSONValue.self, from: $0) }
    var out: [Data] = [
      Data(), Data("null".utf8), Data("{}".utf8), Data("[]".utf8),
      Self.deeplyNested(10_000, objects: false), Self.deeplyNested(10_000, objects: true),
      Self.deeplyNested(400, objects: true), invalidUTF8(),
    ]
    let encoder = JSONEncoder()
    // Sorted keys: a dictionary's order differs between runs, the inputs must not.
    encoder.outputFormatting = [.sortedKeys]
    while out.count < count {
      switch int(0...9) {
      case 0: out.append(bytes())
      case 1: out.append(invalidUTF8())
      case 2, 3:
        if let seed = seeds.randomElement(using: &random) { out.append(mutateBytes(seed)) }
      default:
        guard let seed = parsed.randomElement(using: &random) else { continue }
        var value = seed
        for _ in 0..<int(1...4) { value = mutateJSON(value) }
        if let data = try? encoder.encode(value) { out.append(data) }
      }
    }
    return out
  }
}
