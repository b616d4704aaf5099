import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation

/// `casus export ID --handover`: the handover package, as Markdown and JSON.
extension ExportCommand {
  func exportHandover() throws {
    guard let id, let caseID = CaseID(id) else {
      throw ValidationError("name the case: casus export ID --handover")
    }
    let format = self.format ?? "md"
    guard ["md", "json"].contains(format) else {
      throw ValidationError("--handover exports as md or json, not \(format)")
    }
    let store = try options.open()
    let actor = store.readOnly ? "" : try options.actor(in: store)
    var file: CaseFile
    do {
      file = try store.load(caseID)
    } catch {
      throw CLIError("\(error)")
    }
    let chosen: Handover
    if let wanted = handoverID {
      guard let h = file.state.handovers.first(where: { $0.id == wanted }) else {
        throw CLIError("case \(caseID) has no handover \(wanted)")
      }
      chosen = h
    } else {
      guard let h = file.state.handovers.last(where: { $0.state != .concept }) else {
        throw CLIError(
          "case \(caseID) has no handover that was sent; register one in the app (o) first")
      }
      chosen = h
    }
    // A concept has no confirmed ground yet: nothing of it may leave Casus.
    guard chosen.state != .concept, chosen.consent != nil else {
      throw CLIError("handover \(chosen.id) is a draft; send it in the app before exporting it")
    }
    let app = AppEnvironment.live(actor: actor)
    let now = app.now()
    let data = try? ProcessData.load(profile: file.state.profile ?? ProcessData.defaultProfile)
    let document: HandoverPackage.Document
    do {
      document = try HandoverPackage.document(
        of: file, handover: chosen.id, exportedAt: now,
        exportedBy: actor.isEmpty ? chosen.from : actor,
        rungs: data?.profile.rungs.map(\.id) ?? [])
    } catch {
      throw CLIError("\(error)")
    }
    let report = HandoverPackageReport.document(
      document,
      .init(
        strings: options.language.strings, language: options.language, timeZone: app.timeZone,
        profile: data?.profile, matrices: MatrixChoice.shipped().library))
    let json = HandoverPackage.encode(document)
    var destinations: [String] = []
    var formats: [String] = []
    if let output {
      let folder = URL(fileURLWithPath: output, isDirectory: true)
      do {
        try FileManager.default.createDirectory(
          at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let base = "\(caseID.rawValue)-overdracht-\(chosen.id)"
        // Personal data: readable by the owner only, written atomically (as every export).
        try PrivateFile.write(
          Data(report.markdown.utf8), to: folder.appendingPathComponent(base + ".md").path)
        try PrivateFile.write(json, to: folder.appendingPathComponent(base + ".json").path)
        destinations = [base + ".md", base + ".json"]
        formats = ["md", "json"]
        print(folder.appendingPathComponent(base + ".md").path)
        print(folder.appendingPathComponent(base + ".json").path)
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError("cannot write into \(output): \(error.localizedDescription)")
      }
    } else if format == "json" {
      FileHandle.standardOutput.write(json)
      destinations = ["stdout"]
      formats = ["json"]
    } else {
      FileHandle.standardOutput.write(Data((report.markdown + "\n").utf8))
      destinations = ["stdout"]
      formats = ["md"]
    }
    guard !store.readOnly else { return }
    let record = CaseExported(
      document: "handover", format: formats.joined(separator: "+"),
      destination: destinations.joined(separator: ", "))
    do {
      file = try file.applying(
        .recordExport(record), at: now, today: app.localDate(now), actor: actor)
      _ = try store.save(file)
    } catch {
      FileHandle.standardError.write(
        Data("casus: the export was not recorded in the case history: \(error)\n".utf8))
    }
  }
}
