import ArgumentParser
import CasusApp
import CasusCore
import CasusResources
import CasusStore
import Foundation

/// `casus export`: documents about one case for people, and data from the whole store for
/// other systems.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the verslag or the plan of a case, or the matrix meetmomenten of all cases.",
    discussion: """
      casus export ID [--format md|txt] writes the verslag of the onderzoek (Markdown, or plain \
      text at 80 columns); with --plan it writes the plan for the household instead: every \
      hulpvraag rung by rung, the network, the arrangement, reasons for skipped rungs, \
      aanvragen and beschikkingen, goals, actions, agreements, the regisseur and monitoring. \
      Every export of a case is recorded in its history (who, when, what, where to), unless \
      the store is read-only.

      casus export --matrix [--format csv] writes one row per case × meetmoment × domain \
      (case_id, meetmoment, date, definition_id, definition_version, domain, score, target), \
      RFC 4180 with a header row. A domain that was not discussed has an empty score. Notes \
      are not exported.

      Output goes to standard output, or to --output FILE.
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The case id, e.g. C-7K2M9Q4T.")
  var id: String?

  @Flag(help: "Export the matrix meetmomenten of all cases.")
  var matrix = false

  @Flag(help: "Export the plan for the household instead of the verslag.")
  var plan = false

  @Option(help: "md or txt for a case (default md); csv for --matrix.")
  var format: String?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    if matrix {
      guard id == nil else { throw ValidationError("--matrix exports all cases; leave out the id") }
      guard !plan else {
        throw ValidationError("--plan is the plan of one case; not with --matrix")
      }
      guard (format ?? "csv") == "csv" else {
        throw ValidationError("--matrix exports as csv, not \(format ?? "")")
      }
      try exportMatrix()
      return
    }
    guard let id else {
      throw ValidationError("name the case (casus export ID --format md), or use --matrix")
    }
    guard let caseID = CaseID(id) else { throw ValidationError("not a case id: \(id)") }
    let format = self.format ?? "md"
    guard ["md", "txt"].contains(format) else {
      throw ValidationError("--format must be md or txt, not \(format)")
    }
    try exportDocument(caseID, format: format)
  }

  /// Writes text to `--output` or standard output.
  func emit(_ text: String) throws {
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CLIError("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
  }

  private func exportDocument(_ caseID: CaseID, format: String) throws {
    let store = try options.open()
    var file: CaseFile
    do {
      file = try store.load(caseID)
    } catch {
      throw CLIError("\(error)")
    }
    let app = AppEnvironment.live(actor: options.actor)
    let now = app.now()
    let clocks = try? LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json"))
    let document =
      plan
      ? PlanDocument.document(
        .init(
          file: file, profile: LadderSummary.profile(for: file, options: options),
          matrices: MatrixChoice.shipped().library, clocks: clocks, today: app.localDate(now),
          language: options.language))
      : Verslag.document(
        .init(
          file: file,
          guide: try? ConversationGuide.decode(CasusResources.data("guides/keukentafel.v1.json")),
          clocks: clocks, today: app.localDate(now), language: options.language,
          timeZone: app.timeZone))
    try emit(format == "md" ? document.markdown : document.plainText(width: 80))
    guard !store.readOnly else { return }
    let record = CaseExported(
      document: plan ? "plan" : "verslag", format: format,
      destination: output.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "stdout")
    do {
      file = try file.applying(
        .recordExport(record), at: now, today: app.localDate(now), actor: options.actor)
      _ = try store.save(file)
    } catch {
      FileHandle.standardError.write(
        Data("casus: the export was not recorded in the case history: \(error)\n".utf8))
    }
  }

  private func exportMatrix() throws {
    let store = try options.open(readOnly: true)
    let snapshot = store.loadAll()
    let cases = snapshot.cases.sorted { $0.id < $1.id }
    let text = MatrixCSV.document(cases)
    if output != nil {
      try emit(text)
    } else {
      // The CSV ends with its own line break; nothing is added.
      FileHandle.standardOutput.write(Data(text.utf8))
    }
    for problem in snapshot.problems {
      FileHandle.standardError.write(
        Data("casus: \(problem.file): \(problem.kind.rawValue): \(problem.reason)\n".utf8))
    }
  }
}
