import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// `casus matrix …`: the matrix definitions: list them, check a file, choose one for a store.
struct MatrixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix",
    abstract: "List, check and choose self-sufficiency matrix definitions.",
    subcommands: [List.self, Check.self, Show.self, Use.self])

  /// `casus matrix list`: the shipped definitions and which one is active.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the matrix definitions and show which one new meetmomenten use.")

    @OptionGroup var options: StoreOptions

    @Option(help: "A definition id or file, as for the app.", completion: .file())
    var matrix: String?

    func run() throws {
      var library = MatrixChoice.shipped().library
      let active = try MatrixOption.resolve(matrix, options: options, library: &library)
      let language = options.language.rawValue
      for definition in library.definitions {
        let mark = definition.reference == active.reference ? "*" : " "
        print(
          "\(mark) \(definition.id)  v\(definition.version)  \(definition.domains.count) "
            + "domains  \(definition.title.text(language))")
      }
    }
  }

  /// `casus matrix check FILE`: validates a definition file.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a matrix definition file; exit 1 with the field at fault.")

    @Argument(help: "The definition file.", completion: .file())
    var file: String

    func run() throws {
      try MatrixOption.check(file)
      var library = MatrixChoice.shipped().library
      let definition = try MatrixOption.resolve(file, options: nil, library: &library)
      let descriptors = definition.domains.flatMap(\.levels).filter { $0.descriptor != nil }.count
      print(
        "OK: \(definition.id) v\(definition.version), \(definition.domains.count) domains, "
          + "\(descriptors) descriptor texts")
    }
  }

  /// `casus matrix show ID`: prints a shipped definition, a starting point for an
  /// organisation's own file.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a definition as JSON (to copy and add descriptor texts).")

    @Argument(help: "A shipped definition id, e.g. zrm-2017.")
    var id: String

    func run() throws {
      var library = MatrixChoice.shipped().library
      let definition = try MatrixOption.resolve(id, options: nil, library: &library)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(definition), as: UTF8.self))
    }
  }

  /// `casus matrix use ID|FILE`: the store setting for new meetmomenten.
  struct Use: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Choose the definition for new meetmomenten in this store.",
      discussion: "A file is stored as an absolute path. --default removes the setting.")

    @OptionGroup var options: StoreOptions

    @Argument(help: "A definition id or file.", completion: .file())
    var choice: String?

    @Flag(name: .customLong("default"), help: "Use the default (zrm-2017) again.")
    var useDefault = false

    func run() throws {
      guard useDefault != (choice != nil) else {
        throw ValidationError("give a definition id or file, or --default")
      }
      let store = try options.open()
      var value: String?
      if let choice {
        try MatrixOption.check(choice)
        value =
          MatrixChoice.isFile(choice)
          ? URL(fileURLWithPath: (choice as NSString).expandingTildeInPath).standardized.path
          : choice
      }
      do {
        var settings = try store.loadSettings()
        settings.matrix = value
        try store.saveSettings(settings)
      } catch {
        throw CLIError("\(error)")
      }
      print("matrix: \(value ?? MatrixChoice.defaultID)")
    }
  }
}

/// Checking and resolving the `--matrix ID|FILE` option for the command line.
enum MatrixOption {
  /// The meetmomenten of a case for `casus show`, one line each, with its own definition.
  static func summary(_ file: CaseFile, strings s: any StringTable, language: String)
    -> [String]
  {
    let measurements = file.state.measurementsByDate
    guard !measurements.isEmpty else { return [] }
    let library = MatrixChoice.shipped().library
    var out = ["", "\(s.measurementsHeading):"]
    for m in measurements {
      let title = library.definition(m.reference)?.title.text(language) ?? m.reference.description
      let scores = m.scores.map { "\($0.domain) \($0.score.map(String.init) ?? "nb")" }
      out.append("  \(m.date.dutch)  \(title)  \(Sanitizer.clean(m.scoredBy))")
      out.append("    " + scores.joined(separator: ", "))
    }
    return out
  }

  /// Refuses an unknown id or a malformed file, naming the field.
  static func check(_ choice: String) throws {
    var library = MatrixChoice.shipped().library
    _ = try resolve(choice, options: nil, library: &library)
  }

  /// The active definition for an option (and the store's setting when `options` is given).
  static func resolve(_ option: String?, options: StoreOptions?, library: inout MatrixLibrary)
    throws -> MatrixDefinition
  {
    var setting: String?
    var root: URL?
    if let options, option == nil {
      let store = try options.open(readOnly: true)
      root = store.root
      setting = try? store.loadSettings().matrix
    }
    do {
      return try MatrixChoice.resolve(
        option: option, setting: setting, library: &library, storeRoot: root)
    } catch {
      throw CLIError("matrix: \(error)")
    }
  }
}
