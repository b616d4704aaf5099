import CasusCore

/// The index entries while they are read: an array, and a position per id.
///
/// A dictionary of whole entries keeps room for a third more than it holds, and an entry is
/// several hundred bytes: at 100,000 cases that alone was over 120 MB. Here the dictionary
/// holds only positions.
struct IndexTable {
  private var slots: [IndexEntry?] = []
  private var positions: [CaseID: Int] = [:]

  init(capacity: Int = 0) {
    slots.reserveCapacity(capacity)
    positions.reserveCapacity(capacity)
  }

  subscript(id: CaseID) -> IndexEntry? {
    get { positions[id].flatMap { slots[$0] } }
    set {
      if let at = positions[id] {
        slots[at] = newValue
      } else if let newValue {
        positions[id] = slots.count
        slots.append(newValue)
      }
    }
  }

  /// The ids of every entry.
  var ids: [CaseID] { slots.compactMap { $0?.summary.id } }

  /// Every entry.
  var entries: [IndexEntry] { slots.compactMap { $0 } }

  /// The entries in no particular order, leaving the table empty (so they are not held twice).
  mutating func takeEntries() -> [IndexEntry] {
    // Moved out from the back (no copy of every summary's strings); the caller sorts anyway.
    var out: [IndexEntry] = []
    out.reserveCapacity(positions.count)
    positions = [:]
    while let slot = slots.popLast() { if let slot { out.append(slot) } }
    return out
  }
}
