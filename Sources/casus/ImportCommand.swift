import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation

/// `casus import FILE`: takes a handover package in on the receiving side.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Take a handover package (the .json of casus export --handover) into the store.",
    discussion: """
      Builds a new case from the package, with the handover registered (aangemeld) so it is \
      in the receiving team's queue. The case keeps the sender's case id; an existing case is \
      never overwritten. A package that is not valid is refused with the field that is wrong. \
      Prints the new case id.
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The package: the .json file written by casus export ID --handover.")
  var file: String

  func run() throws {
    let url = URL(fileURLWithPath: file)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CLIError("cannot read \(file): \(error.localizedDescription)")
    }
    let document: HandoverPackage.Document
    do {
      document = try HandoverPackage.decode(data)
    } catch {
      throw CLIError(
        "\(url.lastPathComponent) is not a handover package Casus can take in: \(error)")
    }
    let store = try options.open()
    guard !store.readOnly else { throw CLIError(StoreError.readOnly.description) }
    let actor = try options.actor(in: store)
    if (try? store.load(document.caseID)) != nil {
      throw CLIError(
        "case \(document.caseID) is already in this store; nothing was imported or overwritten")
    }
    let app = AppEnvironment.live(actor: actor)
    let now = app.now()
    let s = options.language.strings
    let library = MatrixChoice.shipped().library
    let imported: CaseFile
    do {
      imported = try HandoverPackage.importedCase(
        document, id: document.caseID, file: url.lastPathComponent,
        placeholders: .init(household: s.importedHousehold, question: s.importedQuestion),
        at: now, today: app.localDate(now), actor: actor,
        definition: { library.definition($0) })
    } catch {
      throw CLIError("\(url.lastPathComponent) was refused: \(error)")
    }
    do {
      let saved = try store.save(imported)
      print(saved.id.rawValue)
    } catch {
      throw CLIError("\(error)")
    }
  }
}
