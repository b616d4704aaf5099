import ArgumentParser
import CasusStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `casus encrypt`: encrypts an existing store in place (or finishes an interrupted run).
struct EncryptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "encrypt", abstract: "Encrypt an existing store in place.",
    discussion: """
      Close every copy of Casus on the store first. Safe to interrupt: running it again \
      with the same passphrase finishes the job. On an encrypted store it seals any plain \
      file that got in.
      """)

  @OptionGroup var options: StoreOptions

  func run() throws {
    let status = CaseStore.encryption(at: options.root)
    let passphrase =
      status == .plain
      ? try options.newPassphrase() : try options.existingPassphrase()
    do {
      let report = try CaseStore.encrypt(
        root: options.root, passphrase: passphrase, derivation: options.derivation)
      print(
        "encrypted: \(report.sealed.count) file(s) sealed, \(report.alreadySealed) already sealed, "
          + "in \(options.root.path)")
    } catch {
      throw CLIError("cannot encrypt the store at \(options.root.path): \(error)")
    }
  }
}

/// `casus passphrase`: changes the passphrase; only `store.key` is rewritten.
struct PassphraseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "passphrase", abstract: "Change the passphrase of an encrypted store.",
    discussion: """
      The current passphrase comes from --passphrase-file (or $CASUS_PASSPHRASE_FILE, or \
      the terminal), the new one from --new-passphrase-file (or the terminal, twice). Only \
      store.key is rewritten; the cases keep their key.
      """)

  @OptionGroup var options: StoreOptions

  @Option(name: .customLong("new-passphrase-file"), help: "A file holding the new passphrase.")
  var newPassphraseFile: String?

  func run() throws {
    let old = try options.existingPassphrase()
    let new: Passphrase
    if let newPassphraseFile {
      new = try PassphraseInput.read(file: newPassphraseFile)
    } else {
      new = try options.newPassphrase(fromEnvironment: false)
    }
    do {
      try CaseStore.changePassphrase(
        root: options.root, from: old, to: new, derivation: options.derivation)
      print("passphrase changed for \(options.root.path)")
    } catch {
      throw CLIError("cannot change the passphrase of \(options.root.path): \(error)")
    }
  }
}

/// `casus seal FILE`: seals any file (an export, a handover package) with its own password.
struct SealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seal", abstract: "Seal a file (an export or handover) with its own password.")

  @Argument(help: "The file to seal.")
  var file: String

  @Option(name: .customLong("password-file"), help: "A file holding the password.")
  var passwordFile: String

  @Option(help: "Where to write the sealed file (default: FILE.sealed).")
  var out: String?

  func run() throws {
    guard let content = FileManager.default.contents(atPath: file) else {
      throw CLIError("cannot read \(file)")
    }
    let password = try PassphraseInput.read(file: passwordFile)
    let target = out ?? file + ".sealed"
    do {
      let sealed = try PasswordSeal.seal(
        content, password: password,
        derivation: StoreOptions.derivation(ProcessInfo.processInfo.environment))
      try sealed.write(to: URL(fileURLWithPath: target), options: [.withoutOverwriting])
      print("sealed \(file) into \(target)")
    } catch {
      throw CLIError("cannot seal \(file): \(error)")
    }
  }
}

/// `casus unseal FILE`: opens a file sealed with its own password (`casus seal`, `export
/// --seal`), or a file of an encrypted store (an export in `exports/`) with the store's key.
struct UnsealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unseal", abstract: "Open a sealed file (its own password, or the store's key).",
    discussion: """
      A file sealed with its own password needs --password-file. A file from an encrypted \
      store (for example a verslag in <store>/exports/) needs the store: --store DIR and its \
      passphrase (--passphrase-file, $CASUS_PASSPHRASE_FILE or the terminal).
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The sealed file.")
  var file: String

  @Option(name: .customLong("password-file"), help: "A file holding the file's own password.")
  var passwordFile: String?

  @Option(help: "Where to write the content (default: standard output).")
  var out: String?

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError("cannot read \(file)")
    }
    let content: Data
    if Seal.isSealed(data) {
      // A store file: the key of the store it belongs to.
      let store = try options.open(readOnly: true)
      content = try store.unseal(data, file: file)
    } else {
      guard let passwordFile else {
        throw ValidationError("give --password-file PW (the password the file was sealed with)")
      }
      let password = try PassphraseInput.read(file: passwordFile)
      do {
        content = try PasswordSeal.open(data, password: password)
      } catch .wrongPassphrase {
        throw CLIError("the password does not open \(file); nothing was written")
      } catch {
        throw CLIError("cannot open \(file): \(error)")
      }
    }
    if let out {
      // The content is in the clear: readable by its owner only, and never over a file.
      guard !FileManager.default.fileExists(atPath: out),
        FileManager.default.createFile(
          atPath: out, contents: content, attributes: [.posixPermissions: 0o600])
      else { throw CLIError("cannot write \(out) (it exists, or the folder is not writable)") }
    } else {
      FileHandle.standardOutput.write(content)
    }
  }
}

/// Files the command line writes outside the store: readable by their owner only.
enum PrivateFile {
  /// Writes `data` to `path` atomically (a temporary file of mode 0600 beside it, then
  /// `rename`), so an export of personal data is never readable by others, not even briefly.
  static func write(_ data: Data, to path: String) throws {
    let temporary = path + ".casus-tmp"
    let fs = FileSystem.real
    do {
      let fd = try fs.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
      do {
        try fs.write(fd, data)
        try fs.fsync(fd)
        try fs.close(fd)
      } catch {
        try? fs.close(fd)
        throw error
      }
      try fs.rename(temporary, path)
    } catch {
      try? fs.unlink(temporary)
      throw CLIError("cannot write \(path): \(error)")
    }
  }
}
