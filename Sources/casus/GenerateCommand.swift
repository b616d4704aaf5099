import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import CasusSynthetic
import Foundation

/// `casus generate --cases N --seed S --store DIR`: a fictional store for benchmarks and demos.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a store of fictional cases (for benchmarks, reports and training).",
    discussion: """
      Every case is made through the engine: households of 1–6 members, a keukentafelgesprek, \
      1–4 meetmomenten, ladder decisions, plans, some handovers, urgent and overdue cases, \
      20–200 events each. The same --seed and --today give the same store. The store must be \
      empty; nothing existing is ever overwritten.
      """)

  @OptionGroup var options: StoreOptions

  @Option(help: "How many cases to write.")
  var cases: Int

  @Option(help: "Seed for the random choices.")
  var seed: UInt64 = 1

  @Option(help: "The day the store is generated on, YYYY-MM-DD (default: today).")
  var today: String?

  func run() throws {
    guard cases >= 0 else { throw ValidationError("--cases must be 0 or more") }
    let app = AppEnvironment.live(actor: "casus")
    let day =
      try today.map { text in
        guard let d = LocalDate(parsing: text) else {
          throw ValidationError("--today must be a date YYYY-MM-DD, not \(text)")
        }
        return d
      } ?? app.localDate(app.now())
    let store = try options.open()
    guard store.loadAll().cases.isEmpty else {
      throw CLIError("the store at \(store.root.path) is not empty; generate into a new folder")
    }
    let (library, _) = MatrixChoice.shipped()
    let definitions = ["zrm-2017", "zrm-2013"].compactMap { library.latest($0) }
    guard !definitions.isEmpty else { throw CLIError("the shipped matrix definitions are missing") }
    let maker = SyntheticCase(
      definitions: definitions,
      ladder: ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"],
      today: day)
    let started = Date()
    do {
      try Self.write(cases, seed: seed, maker: maker, into: store)
    } catch {
      throw CLIError("\(error)")
    }
    let seconds = Date().timeIntervalSince(started)
    print("\(cases) cases written to \(store.root.path) in \(String(format: "%.1f", seconds)) s")
  }

  /// Each case depends only on its index and the seed, so the cores share the work and the
  /// store is the same whatever order the files are written in.
  static func write(_ count: Int, seed: UInt64, maker: SyntheticCase, into store: CaseStore)
    throws(StoreError)
  {
    let make: @Sendable (Int) throws -> CaseFile = { try maker.make(index: $0, seed: seed) }
    let entries = try store.writeNew(count: count, make: make) { done in
      if done % 10_000 == 0 {
        FileHandle.standardError.write(Data("casus: \(done) cases\n".utf8))
      }
    }
    try store.writeIndex(entries)
    try store.syncAll()
  }
}
