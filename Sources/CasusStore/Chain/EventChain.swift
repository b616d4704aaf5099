import CasusCore
import Crypto
import Foundation

/// The tamper-evident history: each event carries the hash of the one before it.
///
/// `prev` of the first event is SHA-256 of `casus.chain.v1:<case id>` (so a history copied
/// into another case does not fit); `prev` of every later event is SHA-256 of the previous
/// event's canonical bytes (``CanonicalJSON`` of the event object exactly as the file stores
/// it: `seq`, `at`, `actor`, `type`, `payload` and its own `prev`); the file's `chainHead` is
/// the hash of the last event. Changing any byte of any event's meaning breaks a link.
public enum EventChain {
  /// Where the chain of a case first does not hold.
  public struct Break: Hashable, Sendable, CustomStringConvertible {
    /// The event that was changed (or whose link was).
    public var seq: Int
    public var reason: String

    public var description: String { "history chain broken at event \(seq): \(reason)" }
  }

  /// The `prev` of a case's first event.
  public static func genesis(_ id: CaseID) -> String {
    hex(SHA256.hash(data: Data("casus.chain.v1:\(id.rawValue)".utf8)))
  }

  /// SHA-256 (hex) of the event's canonical bytes.
  public static func hash(_ event: CaseEvent) -> String {
    hex(SHA256.hash(data: CanonicalJSON.bytes(json(event))))
  }

  /// The event as the case file stores it: its fields, `at` as ISO 8601 text in whole seconds.
  ///
  /// Built directly rather than through `JSONEncoder` (a save or a check hashes every event of
  /// a case); `ChainTests` checks that it equals what the encoder writes, fractions included.
  static func json(_ event: CaseEvent) -> JSONValue {
    // JSONEncoder's ISO 8601 drops the fraction of a second; so does this.
    let whole = Date(timeIntervalSince1970: event.at.timeIntervalSince1970.rounded(.down))
    var object: [String: JSONValue] = [
      "seq": .number(Double(event.seq)), "at": .string(whole.formatted(.iso8601)),
      "actor": .string(event.actor), "type": .string(event.type), "payload": event.payload,
    ]
    if let prev = event.prev { object["prev"] = .string(prev) }
    return .object(object)
  }

  /// The event through `JSONEncoder`, as the file has it: to test ``json(_:)`` against.
  static func encodedJSON(_ event: CaseEvent) -> JSONValue {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    guard let data = try? encoder.encode(event),
      let value = try? JSONDecoder().decode(JSONValue.self, from: data)
    else { return .null }
    return value
  }

  /// Links every event that has no `prev` yet and sets `chainHead`; events that already
  /// carry a hash keep it, so a broken link stays visible.
  public static func linked(_ file: CaseFile) -> CaseFile {
    linked(file, from: 0, head: genesis(file.id))
  }

  /// Links the events from `start` on, the event before them having hash `head` (a save
  /// whose first `start` events are on disk, verified); sets `chainHead`.
  public static func linked(_ file: CaseFile, from start: Int, head: String) -> CaseFile {
    var out = file
    var previous = head
    for i in out.events.indices where i >= start {
      if out.events[i].prev == nil { out.events[i].prev = previous }
      previous = hash(out.events[i])
    }
    out.chainHead = out.events.isEmpty ? nil : previous
    return out
  }

  /// Whether the file predates the chain: no event carries a hash and there is no head.
  public static func isUnchained(_ file: CaseFile) -> Bool {
    file.chainHead == nil && file.events.allSatisfy { $0.prev == nil }
  }

  /// The first place where the chain does not hold, or `nil` when the history is intact.
  public static func verify(_ file: CaseFile) -> Break? {
    var expected = genesis(file.id)
    for (i, event) in file.events.enumerated() {
      if event.prev != expected {
        guard i > 0 else {
          return Break(
            seq: event.seq,
            reason: "it does not start the chain of case \(file.id) (its prev is not the case's)")
        }
        let before = file.events[i - 1].seq
        let reason =
          event.prev == nil
          ? "event \(event.seq) after it has no hash"
          : "event \(before) was changed after it was written "
            + "(event \(event.seq) holds a different hash of it)"
        return Break(seq: before, reason: reason)
      }
      expected = hash(event)
    }
    if let last = file.events.last, file.chainHead != expected {
      return Break(
        seq: last.seq,
        reason: file.chainHead == nil
          ? "the file has no chainHead"
          : "event \(last.seq) was changed after it was written (chainHead differs)")
    }
    return nil
  }

  /// Lower-case hex of the digest; by table, because every event of every save is hashed.
  private static func hex(_ digest: SHA256.Digest) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64)
    for byte in digest {
      bytes.append(digits[Int(byte >> 4)])
      bytes.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
