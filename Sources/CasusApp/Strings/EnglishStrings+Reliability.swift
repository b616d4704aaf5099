extension EnglishStrings: ReliabilityStrings {
  public var lockTitle: String { "Casus is locked" }
  public func lockedAfter(minutes: Int) -> String {
    let time = minutes == 1 ? "1 minute" : "\(minutes) minutes"
    return "Locked after \(time) without a key press. Your work is saved."
  }
  public var lockPromptPassphrase: String {
    "Type the store's passphrase and press Enter to continue."
  }
  public var lockPromptConfirm: String { "Press Enter to continue." }
  public var lockPassphraseLabel: String { "Passphrase: " }
  public var lockWrongPassphrase: String { "Wrong passphrase. Try again." }
  public var lockFinishFirst: String {
    "An unsaved form is open: unlock first and save it."
  }
  public var keyUnlock: String { "unlock" }
  public var keyClearInput: String { "clear" }
  public var keyQuitApp: String { "quit" }

  public func passphrasePrompt(_ store: String) -> String { "Passphrase for \(store): " }
  public var passphraseRetry: String { "Wrong passphrase, try again." }
  public var newPassphrasePrompt: String { "New passphrase (at least 8 characters): " }
  public var repeatPassphrasePrompt: String { "Again: " }
  public var currentPassphrasePrompt: String { "Current passphrase: " }
  public func historyChanged(_ id: String, _ seq: Int) -> String {
    "Case \(id) is not saved: its history was changed outside Casus at event \(seq). "
      + "Your input is still open; have the store checked (casus check)."
  }
  public var storeLocked: String {
    "The store is encrypted: open it with its passphrase (--passphrase-file or the prompt at start)."
  }
  public func systemReason(_ reason: String) -> String {
    switch reason {
    case "No space left on device": return "the disk is full"
    case "Permission denied": return "no permission to write"
    case "Read-only file system": return "the store is on a read-only disk"
    case "Input/output error": return "the disk reported a read or write error"
    case "Disk quota exceeded": return "your disk quota is used up"
    default: return reason
    }
  }
  public var externalEditorEncrypted: String {
    "In an encrypted store Casus opens no external editor: it would put the text on disk unencrypted."
  }

  public var conflictTitle: String { "Changed at the same time" }
  public func conflictPrompt(name: String, id: String, by: String, revision: Int) -> String {
    "Case \(name) (\(id)) was saved elsewhere meanwhile by \(by) (revision \(revision)). "
      + "Nothing was overwritten: both versions are kept."
  }
  public func conflictCopyAt(_ file: String) -> String { "Your version is in \(file)." }
  public var conflictCopyFailed: String {
    "Your version could not be kept as a copy; it is still in memory."
  }
  public var conflictTheirsLabel: String { "keep theirs (your change is dropped)" }
  public var conflictMineLabel: String { "apply my change on top of theirs" }
  public var conflictBothLabel: String { "keep both and choose later" }
  public var conflictFooter: String { "With b, Casus asks again at the next start." }
  public var keyConflictTheirs: String { "t" }
  public var keyConflictMine: String { "m" }
  public var keyConflictBoth: String { "b" }
  public var conflictTheirsKept: String { "Their version is kept; your copy is removed." }
  public var conflictMineApplied: String { "Your change is being applied on top of theirs." }
  public func conflictBothKept(_ file: String) -> String {
    "Both kept: the case shows their version, yours is in \(file)."
  }
  public func conflictPartlyApplied(_ file: String) -> String {
    "Not all of your changes could be merged; your version stays in \(file)."
  }
  public var conflictAlreadyIncluded: String {
    "Their version already holds your change; the copy is cleaned up."
  }
  public var conflictCaseGone: String {
    "The case of this copy no longer exists; the copy is kept."
  }
  public var problemConflict: String { "conflict copy" }
}
