import CasusCore
import CasusStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every case of the store as the lists need it, in list order, with what the filter searches.
///
/// Made for a whole municipality's caseload: the filter compares precomputed, folded UTF-8
/// bytes (`memmem`), and narrowing a filter only looks at the cases still shown, so a key
/// costs far less than a frame at 100,000 cases.
public struct CaseList: Equatable, Sendable {
  /// Newest melding first, then by id.
  public private(set) var summaries: [CaseSummary]
  /// Folded search text per summary (household, members, id, question), same order.
  ///
  /// Slices of one buffer, in list order: the filter runs through them front to back, and
  /// 100,000 separate arrays scattered over the heap made that three times slower.
  private var haystacks: [ArraySlice<UInt8>]
  private var positions: [CaseID: Int]
  /// The sum of every case's revision: any save changes it (what the triage's cache keys on).
  public private(set) var revisionSum: Int

  /// `searchTexts`, when given, are the summaries' ``SearchText`` in the same order (the
  /// index keeps them); they are made here otherwise.
  public init(_ summaries: [CaseSummary] = [], searchTexts: [[UInt8]]? = nil) {
    // The index hands them over in list order already: sorting only when needed keeps a
    // second copy of every summary out of memory at start-up.
    var ordered = summaries
    let inOrder = zip(summaries, summaries.dropFirst()).allSatisfy { !CaseList.order($1, $0) }
    if !inOrder { ordered.sort(by: CaseList.order) }
    self.summaries = ordered
    if inOrder, let searchTexts, searchTexts.count == ordered.count {
      haystacks = CaseList.packed(searchTexts)
    } else {
      haystacks = CaseList.packed(CaseList.haystacks(ordered))
    }
    var positions: [CaseID: Int] = [:]
    positions.reserveCapacity(ordered.count)
    for (i, summary) in ordered.enumerated() { positions[summary.id] = i }
    self.positions = positions
    revisionSum = ordered.reduce(0) { $0 + $1.revision }
  }

  /// The texts copied into one buffer, as slices of it.
  static func packed(_ texts: [[UInt8]]) -> [ArraySlice<UInt8>] {
    var all: [UInt8] = []
    all.reserveCapacity(texts.reduce(0) { $0 + $1.count })
    var bounds: [Range<Int>] = []
    bounds.reserveCapacity(texts.count)
    for text in texts {
      bounds.append(all.count..<(all.count + text.count))
      all += text
    }
    return bounds.map { all[$0] }
  }

  /// The search texts of many summaries, on every core, each part with its own memory of the
  /// non-ASCII runs it folded (names repeat).
  static func haystacks(_ summaries: [CaseSummary]) -> [[UInt8]] {
    let parts = max(1, min(16, summaries.count / 2_000))
    let chunks = CaseStore.concurrentMap(Array(0..<parts)) { part -> [[UInt8]] in
      var cache: [Substring: [UInt8]] = [:]
      let range = (summaries.count * part / parts)..<(summaries.count * (part + 1) / parts)
      return summaries[range].map { SearchText.of($0, cache: &cache) }
    }
    return Array(chunks.joined())
  }

  public var count: Int { summaries.count }
  public var isEmpty: Bool { summaries.isEmpty }

  /// The summary of a case, if the store has it.
  public func summary(_ id: CaseID?) -> CaseSummary? {
    guard let id, let i = positions[id] else { return nil }
    return summaries[i]
  }

  /// The position of a case in list order.
  public func position(_ id: CaseID?) -> Int? { id.flatMap { positions[$0] } }

  /// Puts a case in (or replaces its older summary), in list order; false when it kept its
  /// place (no other case moved).
  @discardableResult
  public mutating func upsert(_ summary: CaseSummary) -> Bool {
    revisionSum += summary.revision - (self.summary(summary.id)?.revision ?? 0)
    if let old = positions[summary.id], summaries[old].melding.date == summary.melding.date {
      summaries[old] = summary
      haystacks[old] = SearchText.of(summary)[...]
      return false
    }
    if let old = positions[summary.id] {
      summaries.remove(at: old)
      haystacks.remove(at: old)
    }
    let at = summaries.partitionPoint { CaseList.order($0, summary) }
    summaries.insert(summary, at: at)
    haystacks.insert(SearchText.of(summary)[...], at: at)
    positions = Dictionary(
      uniqueKeysWithValues: summaries.enumerated().map { ($0.element.id, $0.offset) })
    return true
  }

  /// Whether the case at `position` matches every word of `filter`.
  public func matches(_ position: Int, _ filter: String) -> Bool {
    guard summaries.indices.contains(position) else { return false }
    return matching(filter, within: [position]).contains(position)
  }

  /// Removes a case (purged).
  public mutating func remove(_ id: CaseID) {
    guard let i = positions[id] else { return }
    revisionSum -= summaries[i].revision
    summaries.remove(at: i)
    haystacks.remove(at: i)
    positions = Dictionary(
      uniqueKeysWithValues: summaries.enumerated().map { ($0.element.id, $0.offset) })
  }

  /// Positions of the cases matching every word of `filter`, in list order; `within` limits
  /// the search to an earlier result (when the filter only grew).
  public func matching(_ filter: String, within: [Int]? = nil) -> [Int] {
    let words = CaseFilter.fold(filter).split(separator: " ").map { Array($0.utf8) }
    guard !words.isEmpty else { return within ?? Array(summaries.indices) }
    let candidates = within ?? Array(summaries.indices)
    // Over many cases the search runs on every core, in parts kept in list order.
    let parts = max(1, min(8, candidates.count / 10_000))
    guard parts > 1 else { return matching(words, candidates[...]) }
    let found = CaseStore.concurrentMap(Array(0..<parts)) { part -> [Int] in
      let range = (candidates.count * part / parts)..<(candidates.count * (part + 1) / parts)
      return self.matching(words, candidates[range])
    }
    return Array(found.joined())
  }

  private func matching(_ words: [[UInt8]], _ candidates: ArraySlice<Int>) -> [Int] {
    candidates.filter { i in
      haystacks[i].withUnsafeBytes { hay in
        words.allSatisfy { word in
          word.withUnsafeBytes { needle in
            CaseList.contains(hay, needle)
          }
        }
      }
    }
  }

  /// Whether `needle` occurs in `hay`: `memchr` to the next candidate first byte, `memcmp` for
  /// the rest (glibc's `memmem` is not exported to Swift).
  static func contains(_ hay: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
    guard let n = needle.baseAddress, needle.count > 0 else { return true }
    guard let h = hay.baseAddress, hay.count >= needle.count else { return false }
    let first = Int32(needle[0])
    var offset = 0
    let last = hay.count - needle.count
    while offset <= last {
      guard let hit = memchr(h + offset, first, last - offset + 1) else { return false }
      let at = h.distance(to: UnsafeRawPointer(hit))
      if memcmp(h + at, n, needle.count) == 0 { return true }
      offset = at + 1
    }
    return false
  }

  static func order(_ a: CaseSummary, _ b: CaseSummary) -> Bool {
    a.melding.date != b.melding.date ? a.melding.date > b.melding.date : a.id < b.id
  }

  public static func == (a: CaseList, b: CaseList) -> Bool { a.summaries == b.summaries }
}

extension Array {
  /// The first index whose element does not satisfy `belongsBefore` (the array is partitioned).
  func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if belongsBefore(self[mid]) { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
