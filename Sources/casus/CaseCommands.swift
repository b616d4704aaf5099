import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// `casus new`: registers a melding from the command line and prints its id.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Register a melding and print the new case id.")

  @OptionGroup var options: StoreOptions

  @Option(help: "The client's name.")
  var name: String

  @Option(help: "The client's question, in their own words.")
  var question: String

  @Option(help: "Date of birth, YYYY-MM-DD.")
  var born: String?

  @Option(help: "Who made the melding: self, network, professional or signal.")
  var source = "self"

  @Option(help: "Melding date, YYYY-MM-DD (default: today).")
  var date: String?

  @Option(help: "Household name (default: the client's name).")
  var household: String?

  func run() throws {
    let store = try options.open()
    let actor = try options.actor(in: store)
    let app = AppEnvironment.live(actor: actor)
    let now = app.now()
    let today = app.localDate(now)
    guard let source = Melding.Source(rawValue: source) else {
      throw ValidationError("--source must be self, network, professional or signal")
    }
    let bornDate = try born.map { text in
      guard let d = LocalDate(parsing: text) else {
        throw ValidationError("--born must be a date YYYY-MM-DD, not \(text)")
      }
      return d
    }
    let meldingDate =
      try date.map { text in
        guard let d = LocalDate(parsing: text) else {
          throw ValidationError("--date must be a date YYYY-MM-DD, not \(text)")
        }
        return d
      } ?? today
    let melding = NewMelding(
      householdName: household ?? name,
      members: [Member(name: name, born: bornDate, role: .client)],
      question: question, meldingDate: meldingDate, source: source)
    do {
      let file = try CaseFile.open(
        melding, id: app.context().newCaseID, at: now, today: today, actor: actor)
      let saved = try store.save(file)
      print(saved.id.rawValue)
    } catch let error as CaseError {
      throw CLIError(error.description)
    } catch {
      throw CLIError("\(error)")
    }
  }
}

/// `casus list`: every case, one line each, or as JSON.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the cases in the store.")

  @OptionGroup var options: StoreOptions

  @Flag(help: "Print JSON: {\"cases\": [...], \"problems\": [...]}.")
  var json = false

  func run() throws {
    let store = try options.open(readOnly: true)
    let snapshot = store.loadAll()
    let cases = snapshot.cases.sorted(by: AppState.listOrder)
    if json {
      let output = CaseListJSON(
        cases: cases.map(CaseListJSON.Entry.init),
        problems: snapshot.problems.map {
          .init(file: $0.file, kind: $0.kind.rawValue, reason: $0.reason)
        })
      print(try String(decoding: JSONOutput.encoder.encode(output), as: UTF8.self))
    } else {
      for file in cases {
        let s = file.state
        var columns = [
          file.id.rawValue, s.melding.date.description, s.phase.rawValue,
          Sanitizer.clean(s.household.name),
        ]
        // An urgent case says so in words, also here.
        if s.isUrgent { columns.append("! urgent") }
        print(columns.joined(separator: "  "))
      }
    }
    for problem in snapshot.problems {
      // File names and decoding reasons come from the disk: never let them reach the terminal raw.
      FileHandle.standardError.write(
        Data(
          Sanitizer.clean("casus: \(problem.file): \(problem.kind.rawValue): \(problem.reason)")
            .appending("\n").utf8))
    }
  }
}

/// `casus show ID`: one case, readable or as its JSON file.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one case.")

  @OptionGroup var options: StoreOptions

  @Argument(help: "The case id, e.g. C-7K2M9Q4T.")
  var id: String

  @Flag(help: "Print the case file as JSON.")
  var json = false

  @Flag(help: "Print every event of the case: who, when, what, old → new.")
  var history = false

  func run() throws {
    guard let caseID = CaseID(id) else { throw ValidationError("not a case id: \(id)") }
    let store = try options.open(readOnly: true)
    // A view is part of the audit trail: who is looking must be known before anything shows.
    let actor = options.readonly ? nil : try options.actor(in: store)
    let file: CaseFile
    do {
      file = try store.load(caseID)
    } catch {
      throw CLIError("\(error)")
    }
    defer {
      if let actor, let writable = try? options.open() {
        ShowCommand.recordView(file, history ? "history" : "show", actor, writable)
      }
    }
    if json {
      print(String(decoding: try JSONOutput.encoder.encode(file), as: UTF8.self))
      return
    }
    if history {
      printHistory(file)
      return
    }
    let s = options.language.strings
    let c = file.state
    print("\(Sanitizer.clean(c.household.name))  (\(file.id), \(s.revisionLabel) \(file.revision))")
    print("\(s.phaseLabel): \(s.phase(c.phase))")
    print("\(s.meldingLabel): \(c.melding.date.dutch), \(s.source(c.melding.source))")
    print(
      "\(s.regieLabel): \(s.regieHolder(c.regie.holder))\(c.regie.name.map { " (\(Sanitizer.clean($0)))" } ?? "")"
    )
    print("\n\(s.questionHeading):")
    for line in c.question.split(separator: "\n", omittingEmptySubsequences: false) {
      print("  " + Sanitizer.clean(String(line)))
    }
    print("\n\(s.householdHeading):")
    for m in c.household.members {
      print(
        "  \(Sanitizer.clean(m.name)), \(s.role(m.role))\(m.born.map { ", \($0.dutch)" } ?? "")")
    }
    for line in MatrixOption.summary(file, strings: s, language: options.language.rawValue) {
      print(line)
    }
    for line in LadderSummary.lines(file, options: options) { print(line) }
    print("\n\(s.historyHeading):")
    for e in file.events {
      print(
        "  \(e.seq). \(ISO8601DateFormatter().string(from: e.at))  \(Sanitizer.clean(e.actor))  \(Sanitizer.clean(s.eventSummary(e)))"
      )
    }
  }
}

/// `casus check`: validates every file; exit 1 with one line per problem.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check every case file against the schema and the engine's rules.",
    discussion: "Exit status 0 when all is well, 1 with one line per problem otherwise.")

  @OptionGroup var options: StoreOptions

  @Flag(help: "Rebuild the index from every case file first.")
  var reindex = false

  func run() throws {
    if reindex {
      let store = try options.open()
      do {
        print("index rebuilt: \(try store.rebuildIndex()) case(s)")
      } catch {
        throw CLIError("\(error)")
      }
    }
    let store = try options.open(readOnly: true)
    let (problems, cases) = store.checkFiles()
    if problems.isEmpty {
      print("OK: \(cases.count) case file(s) checked in \(store.root.path)")
    }
    for problem in problems {
      print(Sanitizer.clean("\(problem.file): \(problem.kind.rawValue): \(problem.reason)"))
    }
    // The index is an accelerator the app repairs itself; it is reported, never a failure.
    let index = store.checkIndex(against: cases)
    if index.agrees {
      print("index and files agree (\(cases.count) case(s))")
    }
    if let reason = index.unusable { print("index: \(reason); the next start rebuilds it") }
    if !index.stale.isEmpty {
      print(
        "index: \(index.stale.count) case(s) changed since the index saw them; "
          + "the next start reads them again")
    }
    if !index.orphans.isEmpty {
      print(
        "index: \(index.orphans.count) entry(ies) without a case file; the next start drops them")
    }
    if problems.isEmpty { return }
    throw ExitCode(1)
  }
}

/// `casus stress ID --saves N`: saves one case N times in a row, printing each revision as it is acknowledged.
///
/// A test tool for crash safety (kill -9 in the middle of a burst).
struct StressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stress", abstract: "Save one case repeatedly (crash-safety tests).",
    shouldDisplay: false)

  @OptionGroup var options: StoreOptions

  @Argument var id: String

  @Option var saves = 100

  func run() throws {
    guard let caseID = CaseID(id) else { throw ValidationError("not a case id: \(id)") }
    let store = try options.open()
    let actor = try options.actor(in: store)
    let app = AppEnvironment.live(actor: actor)
    var file = try store.load(caseID)
    for n in 1...max(1, saves) {
      let now = app.now()
      let edit = CaseEdit(
        question: file.state.question.hasSuffix(" ")
          ? String(file.state.question.dropLast()) : file.state.question + " ")
      file = try file.applying(
        .edit(edit), at: now, today: app.localDate(now), actor: actor)
      file = try store.save(file)
      FileHandle.standardOutput.write(Data("saved \(n) revision \(file.revision)\n".utf8))
    }
  }
}

/// JSON printed by the command line: sorted keys, exact UTF-8, ISO 8601 dates.
enum JSONOutput {
  static var encoder: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    e.dateEncodingStrategy = .iso8601
    return e
  }
}

/// The shape of `casus list --json`.
struct CaseListJSON: Encodable {
  struct Entry: Encodable {
    var id: String
    var household: String
    var members: [Member]
    var question: String
    var meldingDate: LocalDate
    var source: String
    var phase: String
    var revision: Int
    /// Whether the case must be treated as urgent (an open safety lane, a safety concern, a
    /// domain at level 1), and why.
    var urgent: Bool
    var urgentReasons: [UrgentReason]

    init(_ file: CaseFile) {
      id = file.id.rawValue
      household = file.state.household.name
      members = file.state.household.members
      question = file.state.question
      meldingDate = file.state.melding.date
      source = file.state.melding.source.rawValue
      phase = file.state.phase.rawValue
      revision = file.revision
      let reasons = file.state.urgencyReasons
      urgent = !reasons.isEmpty
      urgentReasons = reasons.map(UrgentReason.init)
    }
  }
  /// One reason a case is urgent: `safetyLane` (with the lane's reason), `conversation`
  /// (with the consulent's note) or `matrix` (with the domain ids at level 1).
  struct UrgentReason: Encodable {
    var source: String
    var detail: String

    init(_ reason: UrgencyReason) {
      source = reason.code
      switch reason {
      case .safetyLane(let why): detail = why
      case .conversation(let note): detail = note
      case .acute(let domains): detail = domains.joined(separator: ",")
      }
    }
  }
  struct Problem: Encodable {
    var file: String
    var kind: String
    var reason: String
  }
  var cases: [Entry]
  var problems: [Problem]
}

extension ShowCommand {
  /// Records `case.viewed` for a case shown on the command line; a failure is reported on
  /// stderr, the output stands.
  static func recordView(_ file: CaseFile, _ what: String, _ actor: String, _ store: CaseStore) {
    let app = AppEnvironment.live(actor: actor)
    let now = app.now()
    do {
      let next = try file.applying(
        .recordView(CaseViewed(what: what)), at: now, today: app.localDate(now), actor: actor)
      _ = try store.save(next)
    } catch {
      FileHandle.standardError.write(
        Data("casus: the view was not recorded in the case history: \(error)\n".utf8))
    }
  }

  /// `casus show ID --history`: one line per event, oldest first.
  func printHistory(_ file: CaseFile) {
    let s = options.language.strings
    print("\(Sanitizer.clean(file.state.household.name))  (\(file.id))")
    for entry in HistoryEntry.entries(file, strings: s, timeZone: .current) {
      print(Sanitizer.clean("\(entry.seq). " + entry.text))
    }
  }
}
