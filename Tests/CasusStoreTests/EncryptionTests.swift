import CasusCore
import CasusStore
import Foundation
import Testing

/// Every byte under the store, file by file (relative path → content).
private func storeBytes(_ root: URL) -> [String: Data] { directoryContents(root) }

/// Whether any file under `root` contains `text` in UTF-8.
private func anyFileContains(_ root: URL, _ text: String) -> [String] {
  let needle = Data(text.utf8)
  return storeBytes(root).filter { $0.value.range(of: needle) != nil }.map(\.key).sorted()
}

private func passphrase(_ text: String) throws -> Passphrase { try #require(Passphrase(text)) }

@Suite("Encryption at rest")
struct EncryptionTests {
  let secret = try? passphrase("geheim wachtwoord")

  @Test("an encrypted store holds no readable name, and opens with its key")
  func noPlainText() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore.createEncrypted(
        root: root, passphrase: try #require(secret), derivation: .forTests())
      let saved = try store.save(try Samples.newCase())
      try store.saveDraft(
        ConversationDraft(
          caseID: saved.id, baseRevision: 1, savedAt: Samples.now,
          update: ConversationUpdate(
            notes: ["intro": "Cliënt Brouwer-Öztürk vertelt"], status: [:],
            position: .init(item: "intro", cursor: 0), elapsedSeconds: 3, network: [],
            safety: nil, consent: Consent())))
      try store.saveSettings(StoreSettings(matrix: "zrm-2017", idleLockMinutes: 3))
      for name in ["Brouwer", "Öztürk", "één ding", "Zoë", "zrm-2017", "case.opened"] {
        #expect(
          anyFileContains(root, name).isEmpty, "\(name) readable in \(anyFileContains(root, name))")
      }
      let key = try CaseStore.unlock(root: root, passphrase: try #require(secret))
      let reopened = try CaseStore(root: root, key: key)
      #expect(reopened.loadAll().cases == [saved])
      #expect(reopened.loadDrafts().first?.update.notes["intro"] == "Cliënt Brouwer-Öztürk vertelt")
      #expect(try reopened.loadSettings().idleLockMinutes == 3)
      #expect(reopened.check().isEmpty)
    }
  }

  @Test("a wrong passphrase is refused and nothing is read; without a key the store is locked")
  func wrongPassphrase() throws {
    try withTemporaryDirectory { root in
      _ = try CaseStore.createEncrypted(
        root: root, passphrase: try #require(secret), derivation: .forTests())
      #expect(throws: KeyFileError.wrongPassphrase) {
        try CaseStore.unlock(root: root, passphrase: try passphrase("fout wachtwoord"))
      }
      #expect(throws: StoreError.locked(reason: "the store is encrypted")) {
        try CaseStore(root: root)
      }
      #expect(CaseStore.encryption(at: root) == .encrypted)
    }
  }

  @Test("changing the passphrase rewrites only store.key")
  func changePassphrase() throws {
    try withTemporaryDirectory { root in
      let old = try #require(secret)
      let new = try passphrase("een heel nieuw wachtwoord")
      let store = try CaseStore.createEncrypted(
        root: root, passphrase: old, derivation: .forTests())
      _ = try store.save(try Samples.newCase())
      let before = storeBytes(root)
      try CaseStore.changePassphrase(root: root, from: old, to: new, derivation: .forTests())
      let after = storeBytes(root)
      #expect(before.keys.sorted() == after.keys.sorted())
      for (name, bytes) in before where name != "store.key" {
        #expect(after[name] == bytes, "\(name)")
      }
      #expect(before["store.key"] != after["store.key"])
      #expect(throws: KeyFileError.wrongPassphrase) {
        try CaseStore.unlock(root: root, passphrase: old)
      }
      let key = try CaseStore.unlock(root: root, passphrase: new)
      #expect(try CaseStore(root: root, key: key).loadAll().cases.count == 1)
      #expect(throws: KeyFileError.tooShort) {
        try CaseStore.changePassphrase(root: root, from: new, to: try passphrase("kort"))
      }
    }
  }

  @Test(
    "encrypting an existing store seals cases, drafts, settings and quarantine, and is resumable")
  func encryptExisting() throws {
    try withTemporaryDirectory { root in
      let plain = try CaseStore(root: root)
      let saved = try plain.save(try Samples.newCase())
      try plain.saveSettings(StoreSettings(matrix: "Brouwer-matrix"))
      try Data("Brouwer kapot".utf8).write(to: root.appendingPathComponent("cases/C-BAD.json"))
      _ = try plain.quarantine(file: "cases/C-BAD.json")
      _ = try plain.saveConflictCopy(saved, at: Samples.now)
      #expect(!anyFileContains(root, "Brouwer").isEmpty)
      // The first run dies before store.key.pending becomes store.key.
      var failing = FileSystem.real
      failing.rename = { from, to throws(FileSystem.Failure) in
        if to.hasSuffix("store.key") { throw FileSystem.Failure(EIO) }
        try FileSystem.real.rename(from, to)
      }
      let secret = try #require(secret)
      #expect(throws: KeyFileError.self) {
        try CaseStore.encrypt(
          root: root, passphrase: secret, derivation: .forTests(), fileSystem: failing)
      }
      #expect(CaseStore.encryption(at: root) == .interrupted)
      let report = try CaseStore.encrypt(root: root, passphrase: secret, derivation: .forTests())
      #expect(report.sealed.isEmpty, "the first run sealed everything: \(report.sealed)")
      #expect(report.alreadySealed == 4)
      #expect(CaseStore.encryption(at: root) == .encrypted)
      #expect(anyFileContains(root, "Brouwer").isEmpty, "\(anyFileContains(root, "Brouwer"))")
      let store = try CaseStore(
        root: root, key: try CaseStore.unlock(root: root, passphrase: secret))
      #expect(store.loadAll().cases == [saved])
      #expect(try store.loadSettings().matrix == "Brouwer-matrix")
      #expect(store.conflictCopies().map(\.mine) == [saved])
    }
  }

  @Test("a plain file in an encrypted store and a changed sealed byte are both reported")
  func foreignAndDamaged() throws {
    try withTemporaryDirectory { root in
      let secret = try #require(secret)
      let store = try CaseStore.createEncrypted(
        root: root, passphrase: secret, derivation: .forTests())
      let saved = try store.save(try Samples.newCase())
      let plain = try CaseStore(root: root.appendingPathComponent("other"))
      let other = try plain.save(try Samples.newCase("C-PLAIN1"))
      try FileManager.default.copyItem(
        at: root.appendingPathComponent("other/cases/C-PLAIN1.json"),
        to: root.appendingPathComponent("cases/C-PLAIN1.json"))
      let url = root.appendingPathComponent("cases/\(saved.id).json")
      var bytes = try Data(contentsOf: url)
      bytes[bytes.count / 2] ^= 0x01
      try bytes.write(to: url)
      let problems = store.loadAll().problems
      #expect(problems.count == 2)
      #expect(problems.contains { $0.file == "cases/C-PLAIN1.json" && $0.kind == .invalid })
      #expect(
        problems.contains {
          $0.file == "cases/\(saved.id).json" && $0.kind == .unreadable
            && $0.reason.contains("cannot be decrypted")
        })
      #expect(throws: StoreError.self) { try store.load(saved.id) }
      // casus encrypt seals the plain one.
      let report = try CaseStore.encrypt(root: root, passphrase: secret)
      #expect(report.sealed == ["cases/C-PLAIN1.json"])
      #expect(try store.load(other.id) == other)
    }
  }

  @Test("a password-sealed export opens with its password only, and refuses a changed byte")
  func passwordSeal() throws {
    let content = Data("Overdracht Brouwer-Öztürk: één plan".utf8)
    let password = try passphrase("overdracht 2026")
    let sealed = try PasswordSeal.seal(content, password: password, derivation: .forTests())
    #expect(sealed.range(of: Data("Brouwer".utf8)) == nil)
    #expect(PasswordSeal.isSealed(sealed))
    #expect(try PasswordSeal.open(sealed, password: password) == content)
    #expect(throws: KeyFileError.wrongPassphrase) {
      try PasswordSeal.open(sealed, password: try passphrase("overdracht 2025"))
    }
    for index in [16, 19, sealed.count - 1] {
      var changed = sealed
      changed[index] ^= 0x01
      #expect(throws: KeyFileError.self) { try PasswordSeal.open(changed, password: password) }
    }
    #expect(throws: KeyFileError.tooShort) {
      try PasswordSeal.seal(content, password: try passphrase("kort"))
    }
    // A file that asks scrypt for 256 GiB is refused before any memory is taken.
    var greedy = sealed
    greedy[16] = 22
    greedy[17] = 32
    greedy[18] = 16
    #expect(throws: KeyFileError.damaged("unsupported scrypt parameters")) {
      try PasswordSeal.open(greedy, password: password)
    }
  }

  @Test("a passphrase file loses one final line break; Unicode forms are the same passphrase")
  func passphraseFiles() throws {
    let plain = try #require(Passphrase(fileContents: Data("één twee\n".utf8)))
    #expect(plain == Passphrase(fileContents: Data("één twee\r\n".utf8)))
    #expect(plain == Passphrase(fileContents: Data("één twee".utf8)))
    #expect(plain == Passphrase("e\u{301}e\u{301}n twee"))
    #expect(plain != Passphrase(fileContents: Data("één twee\n\n".utf8)))
    #expect(Passphrase(fileContents: Data("\n".utf8)) == nil)
    #expect(Passphrase(fileContents: Data([0xFF, 0xFE])) == nil)
  }
}
