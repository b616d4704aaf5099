import Foundation
import TestSupport
import Testing

/// A passphrase file with mode 0600 in a fresh folder.
final class PassphraseFile: Sendable {
  let folder: TemporaryStore
  let path: String

  init(_ text: String) throws {
    folder = try TemporaryStore("pw")
    path = folder.url.appendingPathComponent("pw").path
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data((text + "\n").utf8), attributes: [.posixPermissions: 0o600])
    else { throw Spawn.Failure("cannot write \(path)") }
  }
}

/// Cheap scrypt for new keys: the debug build spends seconds on the standard parameters.
let cheapScrypt = ["CASUS_TEST_SCRYPT_LOGN": "10"]

/// Every file under `url` that contains `text`, as paths relative to it.
func filesContaining(_ text: String, under url: URL) -> [String] {
  let needle = Data(text.utf8)
  let walker = FileManager.default.enumerator(atPath: url.path)
  var hits: [String] = []
  while let name = walker?.nextObject() as? String {
    if let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path),
      data.range(of: needle) != nil
    {
      hits.append(name)
    }
  }
  return hits
}

@Suite("Encrypted stores on the command line")
struct EncryptedCommandLineTests {
  let name = "Cliënt Brouwer-Öztürk"

  /// An encrypted store with one case; returns the store, the passphrase file and the id.
  private func encryptedStore() throws -> (TemporaryStore, PassphraseFile, String) {
    let store = try TemporaryStore("enc")
    let secret = try PassphraseFile("geheim wachtwoord")
    let created = try runCasus(
      ["init", "--encrypt", "--store", store.path, "--passphrase-file", secret.path],
      env: cheapScrypt)
    try #require(created.status == 0, "\(created)")
    let new = try runCasus(
      ["new", "--store", store.path, "--name", name, "--question", "hulp bij één ding"],
      env: ["CASUS_PASSPHRASE_FILE": secret.path])
    try #require(new.status == 0, "\(new)")
    return (store, secret, new.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  @Test("grep finds no name in an encrypted store; list and check work with the passphrase file")
  func nothingReadable() throws {
    let (store, secret, id) = try encryptedStore()
    for text in ["Brouwer", "Öztürk", "één ding", "case.opened"] {
      #expect(filesContaining(text, under: store.url).isEmpty, "\(text) is readable")
    }
    let grep = try Spawn.run(
      "/bin/grep", ["-r", "-l", "Brouwer", store.path], environment: CasusBinary.environment())
    #expect(grep.status == 1, "\(grep)")
    let list = try runCasus(["list", "--store", store.path, "--passphrase-file", secret.path])
    #expect(list.status == 0 && list.stdout.contains(id) && list.stdout.contains(name), "\(list)")
    let check = try runCasus(["check", "--store", store.path, "--passphrase-file", secret.path])
    #expect(check.status == 0, "\(check)")
  }

  @Test("a wrong or missing passphrase is refused with a clear message and no case data")
  func refused() throws {
    let (store, _, _) = try encryptedStore()
    let wrong = try PassphraseFile("fout wachtwoord")
    for args in [
      ["list", "--passphrase-file", wrong.path],
      ["show", "C-ANYTHING", "--passphrase-file", wrong.path],
      ["--headless", "--keys", "", "--passphrase-file", wrong.path],
    ] {
      let result = try runCasus(args + ["--store", store.path])
      #expect(result.status == 1, "\(args): \(result)")
      #expect(result.stderr.contains("wrong passphrase"), "\(result)")
      #expect(!result.stdout.contains("Brouwer") && !result.stderr.contains("Brouwer"))
    }
    let missing = try runCasus(["list", "--store", store.path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("--passphrase-file"), "\(missing)")
  }

  @Test("the passphrase changes without touching a case; encrypt seals an existing store")
  func changeAndEncrypt() throws {
    let (store, secret, id) = try encryptedStore()
    let caseURL = store.casesURL.appendingPathComponent("\(id).json")
    let before = try Data(contentsOf: caseURL)
    let next = try PassphraseFile("een nieuw wachtwoord")
    let changed = try runCasus(
      [
        "passphrase", "--store", store.path, "--passphrase-file", secret.path,
        "--new-passphrase-file", next.path,
      ], env: cheapScrypt)
    #expect(changed.status == 0, "\(changed)")
    #expect(try Data(contentsOf: caseURL) == before)
    #expect(
      try runCasus(["list", "--store", store.path, "--passphrase-file", secret.path]).status == 1)
    #expect(
      try runCasus(["list", "--store", store.path, "--passphrase-file", next.path]).status == 0)

    let plain = try TemporaryStore("plain")
    _ = try runCasus(["new", "--store", plain.path, "--name", name, "--question", "één vraag"])
    #expect(!filesContaining("Brouwer", under: plain.url).isEmpty)
    let encrypted = try runCasus(
      ["encrypt", "--store", plain.path, "--passphrase-file", secret.path], env: cheapScrypt)
    #expect(encrypted.status == 0 && encrypted.stdout.contains("1 file(s) sealed"), "\(encrypted)")
    #expect(filesContaining("Brouwer", under: plain.url).isEmpty)
    let list = try runCasus(["list", "--store", plain.path, "--passphrase-file", secret.path])
    #expect(list.stdout.contains(name), "\(list)")
  }

  @Test("seal and unseal a file with its own password")
  func sealUnseal() throws {
    let folder = try TemporaryStore("seal")
    let file = folder.url.appendingPathComponent("overdracht.json")
    try Data("{\"naam\": \"Cliënt Brouwer-Öztürk\"}".utf8).write(to: file)
    let password = try PassphraseFile("overdracht 2026")
    let sealed = try runCasus(
      ["seal", file.path, "--password-file", password.path], env: cheapScrypt)
    #expect(sealed.status == 0, "\(sealed)")
    let box = folder.url.appendingPathComponent("overdracht.json.sealed")
    #expect(try Data(contentsOf: box).range(of: Data("Brouwer".utf8)) == nil)
    let wrong = try PassphraseFile("overdracht 2025")
    let refused = try runCasus(["unseal", box.path, "--password-file", wrong.path])
    #expect(refused.status == 1 && refused.stdout.isEmpty, "\(refused)")
    let opened = try runCasus(["unseal", box.path, "--password-file", password.path])
    #expect(
      opened.status == 0 && opened.stdout == "{\"naam\": \"Cliënt Brouwer-Öztürk\"}", "\(opened)")
  }

  @Test("headless mode opens an encrypted store with the passphrase file")
  func headless() throws {
    let (store, secret, _) = try encryptedStore()
    let result = try runCasus(
      ["--store", store.path, "--headless", "--keys", "", "--passphrase-file", secret.path])
    #expect(result.status == 0 && result.stdout.contains(name), "\(result)")
  }
}

@Suite(
  "Encrypted stores, conflicts and hostile names in a real terminal (tmux)",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct SecurityTerminalTests {
  static let timeout = 15.0
  let name = "Cliënt Brouwer-Öztürk"

  private func app(_ store: TemporaryStore, args: [String] = [], env: [String: String] = [:]) throws
    -> TmuxSession
  {
    var environment = [
      "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "CASUS_USER": "anna",
    ]
    environment.merge(env) { _, new in new }
    return try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path] + args, width: 100, height: 30,
      env: environment)
  }

  @Test("the app asks for the passphrase, refuses a wrong one and opens with the right one")
  func passphrasePrompt() throws {
    let store = try TemporaryStore("tmux-enc")
    let secret = try PassphraseFile("geheim wachtwoord")
    #expect(
      try runCasus(
        ["init", "--encrypt", "--store", store.path, "--passphrase-file", secret.path],
        env: cheapScrypt
      ).status == 0)
    let id = try runCasus(
      [
        "new", "--store", store.path, "--name", name, "--question", "één vraag",
        "--passphrase-file", secret.path,
      ]
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(filesContaining("Brouwer", under: store.url).isEmpty)

    let session = try app(store)
    try session.waitFor(text: "Wachtwoord voor", timeout: Self.timeout)
    try session.type("fout wachtwoord")
    try session.send("Enter")
    let again = try session.waitFor(text: "Onjuist wachtwoord, probeer", timeout: Self.timeout)
    #expect(!again.contains("Brouwer") && !again.contains("fout wachtwoord"), "\(again)")
    try session.type("geheim wachtwoord")
    try session.send("Enter")
    let open = try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    #expect(open.contains(name), "\(open)")
    #expect(!open.contains("geheim"), "the passphrase was echoed: \(open)")
    try session.send("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)
    #expect(filesContaining("Brouwer", under: store.url).isEmpty)
    _ = id
  }

  @Test("three wrong passphrases end the app without showing anything")
  func threeWrong() throws {
    let store = try TemporaryStore("tmux-enc3")
    let secret = try PassphraseFile("geheim wachtwoord")
    _ = try runCasus(
      ["init", "--encrypt", "--store", store.path, "--passphrase-file", secret.path],
      env: cheapScrypt)
    let session = try app(store)
    for _ in 1...3 {
      try session.waitFor(text: "Wachtwoord voor", timeout: Self.timeout)
      try session.type("fout")
      try session.send("Enter")
      usleep(300_000)
    }
    let status = try session.waitForExit(timeout: Self.timeout)
    #expect(status == 1)
    #expect(try session.capture().contains("wrong passphrase for the store"))
  }

  @Test("two copies save the same case: both versions survive and the second user chooses")
  func twoProcesses() throws {
    let store = try TemporaryStore("tmux-two")
    let id = try runCasus(["new", "--store", store.path, "--name", name, "--question", "één vraag"])
      .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let anna = try app(store, env: ["CASUS_USER": "anna"])
    let bram = try app(store, env: ["CASUS_USER": "bram"])
    for session in [anna, bram] {
      try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
      try session.send("e")
      try session.waitFor(text: "Vraag", timeout: Self.timeout)
    }
    // Bram changes the household name and saves first.
    try bram.send("Tab", "Tab", "Tab", "Tab")
    try bram.send("End")
    try bram.type(" (B)")
    try bram.send("C-s")
    try bram.waitFor(text: "Wijzigingen opgeslagen", timeout: Self.timeout)
    // Anna changes the question and saves second.
    try anna.send("Tab", "Tab", "Tab", "Tab", "Tab")
    try anna.send("End")
    try anna.type(" en nog iets")
    try anna.send("C-s")
    let asked = try anna.waitFor(text: "Tegelijk gewijzigd", timeout: Self.timeout)
    #expect(asked.contains("door bram"), "\(asked)")
    let copies = store.caseFileNames().filter { $0.contains(".conflict-") }
    #expect(copies.count == 1, "\(store.caseFileNames())")
    let check = try runCasus(["check", "--store", store.path])
    #expect(check.status == 1 && check.stdout.contains("conflict"), "\(check)")
    try anna.send("m")
    try anna.waitFor(text: "Wijzigingen opgeslagen", timeout: Self.timeout)
    let file = try CaseFileJSON(contentsOf: store.casesURL.appendingPathComponent("\(id).json"))
    #expect(file.revision == 3)
    #expect(file.question == "één vraag en nog iets")
    #expect(file.household["name"] as? String == "\(name) (B)")
    #expect(
      file.events.compactMap { $0["actor"] as? String }.suffix(2) == [
        "bram (consulent)", "anna (consulent)",
      ])
    #expect(!store.caseFileNames().contains { $0.contains(".conflict-") })
    #expect(try runCasus(["check", "--store", store.path]).status == 0)
    for session in [anna, bram] {
      try session.send("q")
      #expect(try session.waitForExit(timeout: Self.timeout) == 0)
    }
  }

  @Test("a name with escape sequences shows as harmless text and leaves the terminal alone")
  func hostileName() throws {
    let store = try TemporaryStore("tmux-hostile")
    let hostile = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J Naam"
    let created = try runCasus([
      "new", "--store", store.path, "--name", hostile, "--question", "x\u{1B}[31my",
    ])
    try #require(created.status == 0, "\(created)")
    let session = try app(store)
    let screen = try session.waitFor(text: "Dossiers (1)", timeout: Self.timeout)
    #expect(screen.contains("Evil␛]0;pwned␇␛[2J Naam"), "\(screen)")
    #expect(!(try session.display("#{pane_title}")).contains("pwned"))
    #expect(screen.contains("Dossiers (1)"), "the screen was not cleared")
    try session.send("Enter")
    let detail = try session.waitFor(text: "x␛[31my", timeout: Self.timeout)
    #expect(!detail.hasTerminalControls)
    try session.send("q")
    #expect(try session.waitForExit(timeout: Self.timeout) == 0)
  }
}

@Suite("Exports of an encrypted store")
struct EncryptedExportTests {
  let name = "Cliënt Brouwer-Öztürk"

  @Test("export --seal writes a file only its password opens; a plain --output is mode 0600")
  func sealedExport() throws {
    let store = try TemporaryStore("enc-export")
    let secret = try PassphraseFile("geheim wachtwoord")
    let env = ["CASUS_PASSPHRASE_FILE": secret.path, "CASUS_TEST_SCRYPT_LOGN": "10"]
    #expect(try runCasus(["init", "--encrypt", "--store", store.path], env: env).status == 0)
    let id = try runCasus(
      ["new", "--store", store.path, "--name", name, "--question", "één vraag"], env: env
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let out = try TemporaryStore("enc-export-out")
    let sealedPath = out.url.appendingPathComponent("verslag.md.sealed").path
    let password = try PassphraseFile("overdracht 2026")
    let sealed = try runCasus(
      [
        "export", id, "--store", store.path, "--output", sealedPath, "--seal",
        "--password-file", password.path,
      ], env: env)
    #expect(sealed.status == 0, "\(sealed)")
    #expect(filesContaining("Brouwer", under: out.url).isEmpty)
    let opened = try runCasus(["unseal", sealedPath, "--password-file", password.path])
    #expect(opened.status == 0 && opened.stdout.contains(name), "\(opened)")
    let missing = try runCasus(["export", id, "--store", store.path, "--seal"], env: env)
    #expect(missing.status != 0 && missing.stderr.contains("--output"), "\(missing)")

    let plainPath = out.url.appendingPathComponent("verslag.md").path
    #expect(
      try runCasus(["export", id, "--store", store.path, "--output", plainPath], env: env).status
        == 0)
    let mode =
      try FileManager.default.attributesOfItem(atPath: plainPath)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test(
    "the verslag written in the app into exports/ is sealed, and unseal opens it with the store")
  func exportsFolderSealed() throws {
    let store = try TemporaryStore("enc-exports")
    let secret = try PassphraseFile("geheim wachtwoord")
    let env = ["CASUS_PASSPHRASE_FILE": secret.path, "CASUS_TEST_SCRYPT_LOGN": "10"]
    #expect(try runCasus(["init", "--encrypt", "--store", store.path], env: env).status == 0)
    _ = try runCasus(
      ["new", "--store", store.path, "--name", name, "--question", "één vraag"], env: env)
    let written = try runCasus(["--store", store.path, "--headless", "--keys", "vw"], env: env)
    #expect(written.status == 0, "\(written)")
    let exports = store.url.appendingPathComponent("exports")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? []
    try #require(!files.isEmpty, "no export was written: \(written.stdout)")
    #expect(
      filesContaining("Brouwer", under: store.url).isEmpty,
      "\(filesContaining("Brouwer", under: store.url))")
    let file = try #require(files.first { $0.hasSuffix(".md") })
    let opened = try runCasus(
      ["unseal", exports.appendingPathComponent(file).path, "--store", store.path], env: env)
    #expect(opened.status == 0 && opened.stdout.contains(name), "\(opened)")
  }
}
