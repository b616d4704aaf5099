import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation

/// `casus import FILE.json`: takes a handover package in on the receiving side.
extension ImportCommand {
  func importPackage(_ url: URL) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CLIError("cannot read \(url.path): \(error.localizedDescription)")
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
