import ArgumentParser
import CasusApp
import CasusCore
import CasusResources
import CasusStore
import Foundation
import TerminalUI

/// `casus rapport`: the figures a municipality reports, aggregated, never with names.
struct RapportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rapport",
    abstract: "Aggregated figures for monitoring (no names; cells under 5 shown as <5).",
    discussion: """
      The period selects cases by their melding date (both ends included). How each figure is \
      computed is in docs/rapport.md.
      """)

  @OptionGroup var options: StoreOptions

  @Option(help: "First melding date, YYYY-MM-DD.")
  var from: String?

  @Option(help: "Last melding date, YYYY-MM-DD.")
  var to: String?

  @Option(help: "table (default), csv or json.")
  var format = "table"

  func run() throws {
    guard ["table", "csv", "json"].contains(format) else {
      throw ValidationError("--format must be table, csv or json, not \(format)")
    }
    func date(_ text: String?, _ name: String) throws -> LocalDate? {
      guard let text else { return nil }
      guard let d = LocalDate(parsing: text) else {
        throw ValidationError("--\(name) must be a date YYYY-MM-DD, not \(text)")
      }
      return d
    }
    let period = Rapport.Period(from: try date(from, "from"), to: try date(to, "to"))
    let store = try options.open(readOnly: true)
    let snapshot = store.loadAll()
    let app = AppEnvironment.live(actor: "casus")
    let clocks = try? LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json"))
    let figures = Rapport.figures(
      snapshot.cases, period: period, clocks: clocks, today: app.localDate(app.now()))
    let s = options.language.strings
    let text: String
    switch format {
    case "csv": text = RapportOutput.csv(figures)
    case "json": text = RapportOutput.json(figures, from: period.from, to: period.to)
    default:
      text = RapportOutput.table(
        figures, title: s.rapportTitle,
        period: s.rapportPeriod(period.from?.dutch, period.to?.dutch), strings: s)
    }
    FileHandle.standardOutput.write(Data(text.utf8))
    for problem in snapshot.problems {
      FileHandle.standardError.write(
        Data(
          Sanitizer.clean("casus: \(problem.file): \(problem.kind.rawValue): \(problem.reason)")
            .appending("\n").utf8))
    }
  }
}
