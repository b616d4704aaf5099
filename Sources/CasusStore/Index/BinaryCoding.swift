import CasusCore
import Foundation

/// A small binary writer for the index: varints, length-prefixed UTF-8, nothing to escape.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func uint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func int(_ value: Int) {
    // Zigzag, so small negative numbers stay small.
    let v = Int64(value)
    uint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    let utf8 = value.utf8
    uint(UInt64(utf8.count))
    bytes.append(contentsOf: utf8)
  }

  mutating func date(_ value: LocalDate) { int(value.dayNumber) }

  mutating func optionalDate(_ value: LocalDate?) {
    bool(value != nil)
    if let value { date(value) }
  }

  mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func strings(_ values: [String]) {
    uint(UInt64(values.count))
    for v in values { string(v) }
  }

  mutating func raw(_ more: [UInt8]) { bytes.append(contentsOf: more) }
}

/// The reader that goes with ``BinaryWriter``; any malformed input throws, never traps.
struct BinaryReader {
  struct Malformed: Error {}

  let bytes: UnsafeRawBufferPointer
  var index = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { index >= bytes.count }

  mutating func uint() throws(Malformed) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard index < bytes.count, shift < 64 else { throw Malformed() }
      let b = bytes[index]
      index += 1
      result |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return result }
      shift += 7
    }
  }

  mutating func int() throws(Malformed) -> Int {
    let u = try uint()
    return Int(truncatingIfNeeded: Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
  }

  mutating func count() throws(Malformed) -> Int {
    let n = try uint()
    guard n <= UInt64(bytes.count - index) else { throw Malformed() }
    return Int(n)
  }

  mutating func bool() throws(Malformed) -> Bool {
    guard index < bytes.count, bytes[index] <= 1 else { throw Malformed() }
    index += 1
    return bytes[index - 1] == 1
  }

  mutating func string() throws(Malformed) -> String {
    let n = try count()
    let slice = UnsafeRawBufferPointer(rebasing: bytes[index..<(index + n)])
    index += n
    // Decoding repairs invalid UTF-8 instead of refusing it, and takes the fast path: the
    // snapshot carries a checksum, and every entry is held against its file's stamp anyway.
    return String(decoding: slice.bindMemory(to: UInt8.self), as: UTF8.self)
  }

  mutating func date() throws(Malformed) -> LocalDate { LocalDate(dayNumber: try int()) }

  mutating func optionalDate() throws(Malformed) -> LocalDate? { try bool() ? try date() : nil }

  mutating func optionalString() throws(Malformed) -> String? { try bool() ? try string() : nil }

  mutating func strings() throws(Malformed) -> [String] {
    let n = try count()
    var out: [String] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try string()) }
    return out
  }

  mutating func raw(_ n: Int) throws(Malformed) -> UnsafeRawBufferPointer {
    guard n <= bytes.count - index else { throw Malformed() }
    defer { index += n }
    return UnsafeRawBufferPointer(rebasing: bytes[index..<(index + n)])
  }
}
