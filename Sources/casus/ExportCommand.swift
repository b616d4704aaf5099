import ArgumentParser
import CasusApp
import CasusCore
import CasusResources
import CasusStore
import Foundation
import TerminalUI

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

      casus export ID --handover writes the handover package (see docs/handovers.md): with \
      --output DIR both ID-overdracht-H1.md and ID-overdracht-H1.json into DIR; without it the \
      Markdown (or with --format json the JSON) on standard output. Only the parts the \
      handover's sections name go along; --handover-id picks another handover than the latest.

      Output goes to standard output, or to --output FILE.
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The case id, e.g. C-7K2M9Q4T.")
  var id: String?

  @Flag(help: "Export the matrix meetmomenten of all cases.")
  var matrix = false

  @Flag(help: "Export the handover package of the case (Markdown and JSON).")
  var handover = false

  @Option(help: "With --handover: which handover (default: the latest one that was sent).")
  var handoverID: String?

  @Flag(help: "Export every case (with --format jsonl).")
  var all = false
  @Flag(help: "Export the plan for the household instead of the verslag.")
  var plan = false

  @Option(help: "md or txt for a case (default md); csv for --matrix.")
  var format: String?

  @Option(
    name: .shortAndLong,
    help: "Write to this file instead of standard output (a folder with --handover).")
  var output: String?

  @Flag(
    help:
      "Seal the output with its own password (needs --output and --password-file); open it with casus unseal."
  )
  var seal = false

  @Option(name: .customLong("password-file"), help: "A file holding the password for --seal.")
  var passwordFile: String?

  @Option(help: "With --format zgw: the municipality's RSIN (nine digits, 11-proef).")
  var rsin = "111222333"

  @Option(help: "With --format zgw: the base URL of the Catalogi API catalogue.")
  var catalogus = "https://catalogi.example.nl/api/v1"

  func run() throws {
    if seal, output == nil || passwordFile == nil {
      throw ValidationError("--seal writes a file: give --output FILE and --password-file PW")
    }
    if handover {
      try exportHandover()
      return
    }
    if all {
      guard id == nil, !matrix else {
        throw ValidationError("--all exports every case; leave out the id")
      }
      guard (format ?? "jsonl") == "jsonl" else {
        throw ValidationError("--all exports as jsonl, not \(format ?? "")")
      }
      try exportAll()
      return
    }
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
    if format == "zgw" {
      try exportZGW(caseID)
      return
    }
    guard ["md", "txt"].contains(format) else {
      throw ValidationError("--format must be md, txt or zgw, not \(format)")
    }
    try exportDocument(caseID, format: format)
  }

  /// Writes text to `--output` or standard output.
  func emit(_ text: String) throws {
    if let output {
      var data = Data(text.utf8)
      if seal, let passwordFile {
        do {
          data = try PasswordSeal.seal(
            data, password: try PassphraseInput.read(file: passwordFile),
            derivation: StoreOptions.derivation(options.environment))
        } catch let error as CLIError {
          throw error
        } catch {
          throw CLIError("cannot seal the export: \(error)")
        }
      }
      try PrivateFile.write(data, to: output)
    } else {
      FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
  }

  private func exportDocument(_ caseID: CaseID, format: String) throws {
    let store = try options.open()
    let actor = store.readOnly ? "" : try options.actor(in: store)
    var file: CaseFile
    do {
      file = try store.load(caseID)
    } catch {
      throw CLIError("\(error)")
    }
    let app = AppEnvironment.live(actor: actor)
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
        .recordExport(record), at: now, today: app.localDate(now), actor: actor)
      _ = try store.save(file)
    } catch {
      FileHandle.standardError.write(
        Data("casus: the export was not recorded in the case history: \(error)\n".utf8))
    }
  }

  /// Every case file, one compact JSON document per line, sorted by id: for other tools.
  ///
  /// The lines are the case files exactly as stored (state and events), so a recount from this
  /// stream sees what the app sees.
  private func exportAll() throws {
    let store = try options.open(readOnly: true)
    let snapshot = store.loadAll()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    var out = Data()
    for file in snapshot.cases.sorted(by: { $0.id < $1.id }) {
      do {
        out.append(try encoder.encode(file))
        out.append(0x0A)
      } catch {
        throw CLIError("cannot encode \(file.id): \(error)")
      }
    }
    if output != nil {
      try emit(String(decoding: out, as: UTF8.self))
    } else {
      FileHandle.standardOutput.write(out)
    }
    for problem in snapshot.problems {
      FileHandle.standardError.write(
        Data(
          Sanitizer.clean("casus: \(problem.file): \(problem.kind.rawValue): \(problem.reason)")
            .appending("\n").utf8))
    }
  }

  /// The case in the shape of the ZGW APIs, for a municipal zaaksysteem.
  private func exportZGW(_ caseID: CaseID) throws {
    let settings = ZGWExport.Settings(rsin: rsin, catalogus: catalogus)
    guard settings.rsinIsValid else {
      throw ValidationError("--rsin \(rsin) is not nine digits that pass the 11-proef")
    }
    let store = try options.open()
    let actor = store.readOnly ? "" : try options.actor(in: store)
    var file: CaseFile
    do {
      file = try store.load(caseID)
    } catch {
      throw CLIError("\(error)")
    }
    let app = AppEnvironment.live(actor: actor)
    let now = app.now()
    let profileID = (try? store.loadSettings().profile) ?? nil
    let profile = try? ProcessData.load(profile: profileID ?? ProcessData.defaultProfile).profile
    let years = profile?.retentionYears[file.state.law.rawValue] ?? 15
    let document = ZGWExport.document(
      file, settings: settings,
      clocks: try? LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json")),
      today: app.localDate(now), retentionYears: years)
    let data: Data
    do {
      data = try JSONSerialization.data(
        withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    } catch {
      throw CLIError("cannot encode the zaak: \(error)")
    }
    try emit(String(decoding: data, as: UTF8.self))
    guard !store.readOnly else { return }
    do {
      file = try file.applying(
        .recordExport(
          CaseExported(
            document: "zaak", format: "zgw",
            destination: output.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "stdout")),
        at: now, today: app.localDate(now), actor: actor)
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
        Data(
          Sanitizer.clean("casus: \(problem.file): \(problem.kind.rawValue): \(problem.reason)")
            .appending("\n").utf8))
    }
  }
}
