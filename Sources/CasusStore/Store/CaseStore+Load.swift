import CasusCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading cases. Reads take no lock: saves replace files by `rename`, so a reader sees
/// either the old file or the new one, never half of one.
extension CaseStore {
  /// Every readable case plus a problem for each file that is not; never throws, never
  /// moves a file, and one bad file never stops the others.
  ///
  /// A file from a newer version that still decodes is in `cases` and `readOnlyCases`, with a
  /// `.newerVersion` problem. ``CaseFile/problems()`` is not run here (see ``check()``).
  public func loadAll() -> StoreSnapshot {
    var snapshot = StoreSnapshot()
    let names = visibleNames(in: casesDirectory)
    // Files are independent and reading never writes: decode them on every core.
    let results = Self.concurrentMap(names) { self.read(name: $0) }
    for (file, problem) in results {
      if let problem { snapshot.problems.append(problem) }
      guard let file else { continue }
      snapshot.cases.append(file)
      if problem?.kind == .newerVersion { snapshot.readOnlyCases.insert(file.id) }
    }
    snapshot.cases.sort { a, b in
      let (x, y) = (a.state.melding.date, b.state.melding.date)
      return x != y ? x > y : a.id < b.id
    }
    return snapshot
  }

  /// One case by id.
  ///
  /// A file from a newer version is returned when it decodes (its `schemaVersion` tells the
  /// caller it is read-only) and throws `.newerSchema` when it does not.
  public func load(_ id: CaseID) throws(StoreError) -> CaseFile {
    let url = fileURL(of: id)
    let data: Data
    do {
      data = try readContents(url.path)
    } catch {
      if error.isMissing { throw .notFound(id) }
      if case .seal = error { throw .unreadable(file: relativePath(of: id), reason: error.reason) }
      throw .io(path: url.path, operation: "read", reason: error.reason)
    }
    let file: CaseFile
    switch CaseFileCoding.decode(data) {
    case .failed(let reason):
      throw .unreadable(file: relativePath(of: id), reason: reason)
    case .newer(let version, nil, _):
      throw .newerSchema(id, version: version)
    case .newer(_, .some(let decoded), _), .current(let decoded):
      file = decoded
    }
    guard file.id == id else {
      throw .unreadable(file: relativePath(of: id), reason: "it holds case \(file.id)")
    }
    return file
  }

  /// Reads the file `cases/<name>`: the case when it decodes, a problem when something is wrong.
  ///
  /// A file from a newer version that decodes gives both.
  func read(name: String) -> (file: CaseFile?, problem: StoreProblem?) {
    let relative = "cases/\(name)"
    func problem(_ kind: StoreProblem.Kind, _ reason: String) -> StoreProblem {
      StoreProblem(file: relative, kind: kind, reason: reason)
    }
    guard let id = Self.caseID(fileName: name) else {
      return (nil, problem(.invalid, "not a case file name; expected <id>.json"))
    }
    let data: Data
    do {
      data = try readContents(fileURL(of: id).path)
    } catch {
      // A readable plain file in an encrypted store is not damaged: `casus encrypt` seals it.
      if case .seal(.notSealed) = error {
        return (nil, problem(.invalid, "not encrypted although the store is; run casus encrypt"))
      }
      return (nil, problem(.unreadable, error.reason))
    }
    let file: CaseFile
    var newer: StoreProblem?
    switch CaseFileCoding.decode(data) {
    case .failed(let reason):
      return (nil, problem(.unreadable, reason))
    case .newer(_, nil, let reason):
      return (nil, problem(.newerVersion, reason))
    case .newer(_, .some(let decoded), let reason):
      file = decoded
      newer = problem(.newerVersion, reason)
    case .current(let decoded):
      file = decoded
    }
    guard file.id == id else {
      return (nil, problem(.invalid, "the file name says \(id) but it holds case \(file.id)"))
    }
    return (file, newer)
  }

  /// `transform` applied to every element, spread over the machine's cores, in order.
  public static func concurrentMap<T: Sendable, R: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> R
  ) -> [R] {
    guard items.count > 64 else { return items.map(transform) }
    let results = ResultSlots<R>(count: items.count)
    let chunks = max(1, min(items.count / 64, ProcessInfo.processInfo.activeProcessorCount * 4))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let range = (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks)
      for i in range { results.set(i, transform(items[i])) }
    }
    return results.values()
  }
}

/// Slots written from several threads, each slot by exactly one; read after all are done.
///
/// The slots are raw memory rather than an array property: writing to one stored array from
/// several threads is a simultaneous access even when the indices differ.
final class ResultSlots<R: Sendable>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<R?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ i: Int, _ value: R) { slots[i] = value }
  func values() -> [R] { slots.compactMap { $0 } }
}
