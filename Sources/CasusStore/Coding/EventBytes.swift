/// The bytes of the first `count` events of a case file, exactly as they stand in its
/// `events` array, so that the next save writes only the new events afresh.
///
/// Events are never changed once written (the hash chain shows it if they are); encoding a
/// history of two hundred events again for every save cost more than writing the file.
struct EventBytes: Sendable, Equatable {
  var count: Int
  var bytes: [UInt8]

  static let none = EventBytes(count: 0, bytes: [])
}
