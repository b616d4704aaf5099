import CasusStore

/// The strings of the idle lock, conflicting saves, failing disks and encrypted stores.
public protocol ReliabilityStrings {
  // Idle lock
  var lockTitle: String { get }
  func lockedAfter(minutes: Int) -> String
  var lockPromptPassphrase: String { get }
  var lockPromptConfirm: String { get }
  var lockPassphraseLabel: String { get }
  var lockWrongPassphrase: String { get }
  var lockFinishFirst: String { get }
  var keyUnlock: String { get }
  var keyClearInput: String { get }
  var keyQuitApp: String { get }

  // Encrypted stores and failing disks
  func passphrasePrompt(_ store: String) -> String
  var passphraseRetry: String { get }
  var newPassphrasePrompt: String { get }
  var repeatPassphrasePrompt: String { get }
  var currentPassphrasePrompt: String { get }
  var storeLocked: String { get }
  func historyChanged(_ id: String, _ seq: Int) -> String
  /// The system's (English) reason for a failed call, in this language where it is known.
  func systemReason(_ reason: String) -> String
  var externalEditorEncrypted: String { get }

  // Two copies of the app saving the same case
  var conflictTitle: String { get }
  func conflictPrompt(name: String, id: String, by: String, revision: Int) -> String
  func conflictCopyAt(_ file: String) -> String
  var conflictCopyFailed: String { get }
  var conflictTheirsLabel: String { get }
  var conflictMineLabel: String { get }
  var conflictBothLabel: String { get }
  var conflictFooter: String { get }
  var keyConflictTheirs: String { get }
  var keyConflictMine: String { get }
  var keyConflictBoth: String { get }
  var conflictTheirsKept: String { get }
  var conflictMineApplied: String { get }
  func conflictBothKept(_ file: String) -> String
  func conflictPartlyApplied(_ file: String) -> String
  var conflictAlreadyIncluded: String { get }
  var conflictCaseGone: String { get }
  var problemConflict: String { get }
}

extension ReliabilityStrings {
  /// Why a store call failed, short: the system's reason in this language for a failed
  /// system call, else the error's own sentence.
  public func reason(of error: StoreError) -> String {
    if case .io(_, _, let reason) = error { return systemReason(reason) }
    return error.description
  }
}
