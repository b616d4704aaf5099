import ArgumentParser
import CasusCore
import CasusStore
import Foundation

/// `casus export --matrix --format csv`: every meetmoment of every case, for monitoring.
///
/// The rows come from ``MatrixCSV`` (pure and tested); this command only reads the store
/// and writes the text.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export data from the store.",
    discussion: """
      --matrix --format csv writes one row per case × meetmoment × domain (case_id, \
      meetmoment, date, definition_id, definition_version, domain, score, target), RFC 4180 \
      with a header row. A domain that was not discussed has an empty score. Notes are not \
      exported.
      """)

  @OptionGroup var options: StoreOptions

  @Flag(help: "Export the matrix meetmomenten of all cases.")
  var matrix = false

  @Option(help: "Output format: csv (with --matrix).")
  var format = "csv"

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    guard matrix else { throw ValidationError("say what to export: --matrix") }
    guard format == "csv" else {
      throw ValidationError("--matrix exports as csv, not \(format)")
    }
    let store = try options.open(readOnly: true)
    let snapshot = store.loadAll()
    let cases = snapshot.cases.sorted { $0.id < $1.id }
    let text = MatrixCSV.document(cases)
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CLIError("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
    for problem in snapshot.problems {
      FileHandle.standardError.write(
        Data("casus: \(problem.file): \(problem.kind.rawValue): \(problem.reason)\n".utf8))
    }
  }
}
