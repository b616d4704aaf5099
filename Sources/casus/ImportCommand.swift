import ArgumentParser
import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// `casus import DIR`: take in the cases of another store (another laptop, a backup);
/// `casus import FILE.json`: take in a handover package (see `ImportCommand+Handover.swift`).
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Take in the cases of another store, or a handover package; nothing here is overwritten.",
    discussion: """
      casus import DIR compares every case of the store in DIR with this store by revision and \
      history: a new case is copied; the same history is skipped; a longer history that \
      contains this store's moves this store forward; a shorter one changes nothing; histories \
      that went apart keep this store's version and put the other as a conflict copy beside it \
      (see casus check, and the conflict question in the app). An encrypted DIR needs \
      --from-passphrase-file.

      casus import FILE.json takes in a handover package (written by casus export ID \
      --handover): a new case built from it, with the handover registered (aangemeld) so it is \
      in the receiving team's queue. The case keeps the sender's id; an existing case is never \
      overwritten. A package that is not valid is refused with the field that is wrong. Prints \
      the new case id.
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The other store's folder, or a handover package (.json).")
  var source: String

  @Option(
    name: .customLong("from-passphrase-file"), help: "The passphrase of DIR when it is encrypted.")
  var fromPassphraseFile: String?

  func run() throws {
    let url = URL(fileURLWithPath: source).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw ValidationError("\(source) does not exist")
    }
    guard isDirectory.boolValue else {
      try importPackage(url)
      return
    }
    try importStore(url)
  }

  private func importStore(_ url: URL) throws {
    guard url != options.root.standardizedFileURL else {
      throw ValidationError("a store cannot import itself")
    }
    var key: StoreKey?
    if case .encrypted = CaseStore.encryption(at: url) {
      guard
        let passphrase = try PassphraseInput.obtain(
          file: fromPassphraseFile, environment: [:], interactive: false, prompt: "")
      else {
        throw CLIError("the store at \(url.path) is encrypted: give --from-passphrase-file FILE")
      }
      do {
        key = try CaseStore.unlock(root: url, passphrase: passphrase)
      } catch {
        throw CLIError("cannot open the store at \(url.path): \(error)")
      }
    }
    let other: CaseStore
    do {
      other = try CaseStore(root: url, readOnly: true, key: key)
    } catch {
      throw CLIError("cannot open the store at \(url.path): \(error)")
    }
    let store = try options.open()
    let results: [CaseStore.ImportResult]
    do {
      results = try store.importCases(from: other, at: Date())
    } catch {
      throw CLIError("\(error)")
    }
    var counts: [String: Int] = [:]
    for result in results {
      let word: String
      switch result.outcome {
      case .added: word = "added"
      case .same: word = "same"
      case .updated(let from, let to): word = "updated (revision \(from) → \(to))"
      case .olderThere: word = "kept (this store is further)"
      case .conflict(let copy): word = "conflict: kept both, theirs in \(copy)"
      case .unreadable(let reason): word = "unreadable: \(Sanitizer.clean(reason))"
      }
      print("\(result.file)  \(word)")
      counts[String(word.prefix { $0 != " " && $0 != ":" }), default: 0] += 1
    }
    print(counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
  }
}
