import CasusCore

/// The index entries while they are read: an array, and a position per id.
///
/// A dictionary of whole entries keeps room for a third more than it holds, and an entry is
/// several hundred bytes: at 100,000 cases that alone was over 120 MB. Here the dictionary
/// holds only positions, and the array is handed over without a copy.
struct IndexTable {
  private var slots: [IndexEntry] = []
  private var positions: [CaseID: Int] = [:]

  init(capacity: Int = 0) {
    slots.reserveCapacity(capacity)
    positions.reserveCapacity(capacity)
  }

  subscript(id: CaseID) -> IndexEntry? {
    get { positions[id].map { slots[$0] } }
    set {
      switch (positions[id], newValue) {
      case (let at?, let entry?):
        slots[at] = entry
      case (nil, let entry?):
        positions[id] = slots.count
        slots.append(entry)
      case (let at?, nil):
        // Removed (a purged case, a file that is gone): the last entry takes its place.
        positions[id] = nil
        let last = slots.removeLast()
        if at < slots.count {
          slots[at] = last
          positions[last.summary.id] = at
        }
      case (nil, nil):
        break
      }
    }
  }

  /// The ids of every entry.
  var ids: [CaseID] { slots.map(\.summary.id) }

  /// Every entry.
  var entries: [IndexEntry] { slots }

  /// The entries in no particular order, leaving the table empty (so they are not held twice).
  mutating func takeEntries() -> [IndexEntry] {
    positions = [:]
    let out = slots
    slots = []
    return out
  }
}
