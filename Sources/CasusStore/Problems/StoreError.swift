import CasusCore

/// Why the store refused or failed a request.
///
/// `description` is a plain English sentence for logs and the command line; the app maps each
/// case to its own (Dutch) wording.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Someone else saved this case first: the disk holds a later revision than the one edited.
  case staleRevision(CaseID, expected: Int, onDisk: Int)
  /// A new case (revision 0) was saved, but a file for its id already exists.
  case alreadyExists(CaseID)
  /// There is no file for this case.
  case notFound(CaseID)
  /// The file was written by a newer version of Casus; it is read-only here, never rewritten.
  case newerSchema(CaseID, version: Int)
  /// The file exists but cannot be read as a case file.
  case unreadable(file: String, reason: String)
  /// The store was opened read-only.
  case readOnly
  /// A system call failed; `reason` is the system's wording for `errno`.
  case io(path: String, operation: String, reason: String)
  /// The store is encrypted and was opened without its key (or with a key it does not use).
  case locked(reason: String)
  /// The case's history on disk was changed outside Casus (its event chain is broken at
  /// event `seq`); nothing is saved on top of it.
  case historyChanged(CaseID, seq: Int)

  public var description: String {
    switch self {
    case .staleRevision(let id, let expected, let onDisk):
      return "Case \(id) was changed elsewhere: it is at revision \(onDisk) on disk, "
        + "but this change was made to revision \(expected)."
    case .alreadyExists(let id):
      return "A case with id \(id) already exists."
    case .notFound(let id):
      return "Case \(id) does not exist in the store."
    case .newerSchema(let id, let version):
      return "Case \(id) was written by a newer version of Casus (schema version \(version)); "
        + "it can only be read, not changed."
    case .unreadable(let file, let reason):
      return "The case file \(file) cannot be read: \(reason)."
    case .readOnly:
      return "The store is opened read-only; nothing can be saved."
    case .io(let path, let operation, let reason):
      return "Could not \(operation) \(path): \(reason)."
    case .historyChanged(let id, let seq):
      return "Case \(id) is not saved: its history was changed outside Casus at event \(seq) "
        + "(see casus check)."
    case .locked(let reason):
      return "The store cannot be opened: \(reason); give its passphrase."
    }
  }
}
