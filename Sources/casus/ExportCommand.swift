import ArgumentParser
import CasusApp
import CasusCore
import CasusResources
import CasusStore
import Foundation

/// `casus export ID --format md|txt`: the verslag of a case, for the client.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the verslag of a case as Markdown or plain text.",
    discussion: """
      Prints to standard output, or writes --output FILE. Every export is recorded in the \
      case's history (who, when, what, where to), unless the store is read-only.
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The case id, e.g. C-7K2M9Q4T.")
  var id: String?

  @Option(help: "md (Markdown) or txt (plain text, 80 columns).")
  var format = "md"

  @Option(help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    guard let id else { throw ValidationError("name the case: casus export ID --format md") }
    guard let caseID = CaseID(id) else { throw ValidationError("not a case id: \(id)") }
    guard ["md", "txt"].contains(format) else {
      throw ValidationError("--format must be md or txt, not \(format)")
    }
    let store = try options.open()
    var file: CaseFile
    do {
      file = try store.load(caseID)
    } catch {
      throw CLIError("\(error)")
    }
    let app = AppEnvironment.live(actor: options.actor)
    let now = app.now()
    let document = Verslag.document(
      .init(
        file: file,
        guide: try? ConversationGuide.decode(
          CasusResources.data("guides/keukentafel.v1.json")),
        clocks: try? LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json")),
        today: app.localDate(now), language: options.language, timeZone: app.timeZone))
    let text = format == "md" ? document.markdown : document.plainText(width: 80)
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CLIError("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
    guard !store.readOnly else { return }
    let record = CaseExported(
      document: "verslag", format: format,
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
}
