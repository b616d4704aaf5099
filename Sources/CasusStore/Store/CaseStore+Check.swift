import CasusCore
import Foundation

/// The full health check behind `casus check`.
extension CaseStore {
  /// Everything wrong in the store, file by file.
  ///
  /// For each file in `cases/`: not JSON or fails decoding (naming the field), a newer
  /// `schemaVersion`, a file name that differs from the id, and every ``CaseFile/problems()``
  /// finding and a broken event chain; then one `.conflict` entry per conflict copy and one
  /// `.quarantined` entry per file in `quarantine/`. Reads only.
  public func check() -> [StoreProblem] { checkFiles().problems }

  /// ``check()`` with the cases it read, so a caller can look further without reading again.
  public func checkFiles() -> (problems: [StoreProblem], cases: [CaseFile]) {
    var out: [StoreProblem] = []
    var cases: [CaseFile] = []
    let names = visibleNames(in: casesDirectory)
    for (name, (file, problem)) in zip(names, Self.concurrentMap(names) { self.read(name: $0) }) {
      if let problem { out.append(problem) }
      guard let file, problem == nil else { continue }
      cases.append(file)
      for finding in file.problems() {
        out.append(StoreProblem(file: "cases/\(name)", kind: .invalid, reason: finding))
      }
      if let broken = EventChain.verify(file) {
        out.append(
          StoreProblem(
            file: "cases/\(name)", kind: .invalid, reason: "case \(file.id): \(broken)"))
      }
    }
    for name in conflictNames() {
      out.append(
        StoreProblem(
          file: "cases/\(name)", kind: .conflict,
          reason: "a version saved while another copy of Casus had saved first; "
            + "open Casus to choose which to keep"))
    }
    for name in visibleNames(in: quarantineDirectory) {
      out.append(
        StoreProblem(
          file: "quarantine/\(name)", kind: .quarantined,
          reason: "set aside as unreadable; repair it and move it back to cases/, or delete it"))
    }
    return (out, cases)
  }
}
