import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation

/// `casus close ID --reason TEXT`: close a case; it is kept for the profile's retention years.
struct CloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close a case; it is kept until its retention date (years per law, from the profile)."
  )

  @OptionGroup var options: StoreOptions

  @Argument(help: "The case id.")
  var id: String

  @Option(help: "Why the case is closed.")
  var reason: String

  @Option(help: "The closing date, YYYY-MM-DD (default: today).")
  var date: String?

  func run() throws {
    guard let caseID = CaseID(id) else { throw ValidationError("not a case id: \(id)") }
    let app = AppEnvironment.live(actor: "casus")
    let now = app.now()
    let today = app.localDate(now)
    let day =
      try date.map { text in
        guard let d = LocalDate(parsing: text) else {
          throw ValidationError("--date must be a date YYYY-MM-DD, not \(text)")
        }
        return d
      } ?? today
    let store = try options.open()
    do {
      let file = try store.load(caseID)
      let profileID = (try? store.loadSettings().profile) ?? nil
      let profile = try ProcessData.load(profile: profileID ?? ProcessData.defaultProfile).profile
      let years = profile.retentionYears[file.state.law.rawValue] ?? 15
      let closed = try store.save(
        try file.applying(
          .close(date: day, reason: reason, retentionYears: years), at: now, today: today,
          actor: try options.actor(in: store)))
      print(
        "\(closed.id) closed; kept until \(closed.state.closure?.retainUntil.description ?? "?") "
          + "(\(years) years, \(profile.id), \(file.state.law.rawValue))")
    } catch let error as CaseError {
      throw CLIError(error.description)
    } catch {
      throw CLIError("\(error)")
    }
  }
}

/// `casus reopen ID --reason TEXT`.
struct ReopenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen", abstract: "Reopen a closed case; its retention date is taken back.")

  @OptionGroup var options: StoreOptions

  @Argument(help: "The case id.")
  var id: String

  @Option(help: "Why the case is reopened.")
  var reason: String

  func run() throws {
    guard let caseID = CaseID(id) else { throw ValidationError("not a case id: \(id)") }
    let app = AppEnvironment.live(actor: "casus")
    let now = app.now()
    let store = try options.open()
    do {
      let file = try store.load(caseID)
      _ = try store.save(
        try file.applying(
          .reopen(date: app.localDate(now), reason: reason), at: now, today: app.localDate(now),
          actor: try options.actor(in: store)))
      print("\(caseID) reopened")
    } catch let error as CaseError {
      throw CLIError(error.description)
    } catch {
      throw CLIError("\(error)")
    }
  }
}

/// `casus purge [--dry-run]`: remove closed cases past their retention date.
struct PurgeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "purge",
    abstract: "Remove closed cases whose retention date has passed (securely, logged).",
    discussion: """
      --dry-run only lists them. A removed case file is overwritten with random bytes and \
      synced before it is unlinked, with its draft and conflict copies; each removal is a line \
      in <store>/purge-log.jsonl (case id, retention date, time, who; never a name).
      """)

  @OptionGroup var options: StoreOptions

  @Flag(help: "List what would be removed; change nothing.")
  var dryRun = false

  @Option(help: "Count from this day instead of today, YYYY-MM-DD (for planning and tests).")
  var today: String?

  func run() throws {
    let app = AppEnvironment.live(actor: "casus")
    let now = app.now()
    let day =
      try today.map { text in
        guard let d = LocalDate(parsing: text) else {
          throw ValidationError("--today must be a date YYYY-MM-DD, not \(text)")
        }
        return d
      } ?? app.localDate(now)
    let store = try options.open(readOnly: dryRun)
    let candidates = store.purgeCandidates(today: day)
    for file in candidates {
      let until = file.state.closure?.retainUntil.description ?? "?"
      if dryRun {
        print(
          "\(file.id)  closed \(file.state.closure?.date.description ?? "?")  kept until \(until)")
        continue
      }
      do {
        _ = try store.purge(file.id, today: day, now: now, actor: try options.actor(in: store))
        print("\(file.id)  removed (kept until \(until))")
      } catch {
        throw CLIError("\(error)")
      }
    }
    let verb = dryRun ? "past their retention date" : "removed"
    print("\(candidates.count) case(s) \(verb)")
  }
}
