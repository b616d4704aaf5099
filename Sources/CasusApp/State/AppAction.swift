import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// Something that happened: a key or resize from the terminal, a clock tick, or the
/// result of an effect the runner performed.
public enum AppAction: Equatable {
  case event(TerminalEvent)
  case tick
  case saved(CaseFile)
  case saveFailed(StoreError)
  /// A newer version of a case, read from disk after a save was refused as stale.
  case reloaded(CaseFile)
  case quarantined([StoreProblem])
  /// The text came back from `$EDITOR` (`nil` when the editor could not run).
  case externalEditFinished(String?)
  case draftFailed(StoreError)
  /// Sets how the idle lock behaves (sent once by whoever starts the runner).
  case configureLock(IdleLock.Settings)
  /// Whether the passphrase typed on the lock screen was right.
  case unlockFinished(Bool)
  /// A save was refused because another copy saved first; my version was kept as a copy.
  case conflict(CaseConflict)
  /// Export files were written (their paths, relative to the store), or could not be.
  case exportWritten(caseID: CaseID, kind: String, formats: [String], paths: [String])
  case exportFailed(String)
  /// A case file the screen needs was read (see ``AppState/casesToLoad``).
  case caseLoaded(CaseFile)
  /// A case file the screen needs could not be read.
  case caseUnreadable(CaseID, StoreError)
  /// A case saved without feedback (a recorded view), or why it could not be.
  case savedQuietly(CaseFile)
  /// Who is working was written to the store's settings, or could not be.
  case userSaved(LocalUser)
  case userSaveFailed(LocalUser, StoreError)
  /// The demo's own actions (see ``DemoAction``).
  case demo(DemoAction)
  /// The report over every case file of the store (`:rapport`).
  case rapportComputed(figures: [ReportFigure], counted: Int, unreadable: Int)
}

/// Work for the runner: the reducer only describes it.
public enum Effect: Equatable {
  /// Save this case; the runner answers with `.saved` or `.saveFailed`.
  case save(CaseFile)
  /// Move these unreadable files (relative paths) into quarantine.
  case quarantine([String])
  /// Ask the backend to repaint everything (Ctrl-L).
  case redraw
  /// Write a conversation draft beside the case.
  case writeDraft(ConversationDraft)
  /// Remove a case's draft (after the conversation was saved into the case).
  case deleteDraft(CaseID)
  /// Open this text in `$EDITOR` and send back the result.
  case editExternally(String)
  /// Check this passphrase against the store; the runner answers with `.unlockFinished`.
  case unlock(String)
  /// Save the case resolving a conflict, then remove the conflict copy if the save worked.
  case resolveConflict(CaseFile, copy: String?)
  /// Remove a conflict copy (relative path).
  case deleteConflictCopy(String)
  /// Write documents about a case to `<store>/exports/` (file name → content).
  case writeExport(caseID: CaseID, kind: String, files: [ExportFile])
  /// Save a case without changing the screen (a recorded view); answered with `.savedQuietly`.
  case saveQuietly(CaseFile)
  /// Write who is working to `<store>/settings.json`; answered with `.userSaved`.
  case saveUser(LocalUser)
  /// File work for the trainer's demo (see ``DemoEffect``).
  case demo(DemoEffect)
  /// Read every case file and count the report for the period; answered with
  /// `.rapportComputed`.
  case computeRapport(Rapport.Period)
  case quit
}

/// The world as the reducer may see it for one action: time, a fresh id, who is working.
public struct ReduceContext: Equatable, Sendable {
  public var now: Date
  public var today: LocalDate
  /// An id for a case registered by this action, if it registers one.
  public var newCaseID: CaseID
  public var actor: String
  /// `HH:MM` of `now` in the user's time zone, for "saved at".
  public var clockTime: String

  public init(now: Date, today: LocalDate, newCaseID: CaseID, actor: String, clockTime: String) {
    self.now = now
    self.today = today
    self.newCaseID = newCaseID
    self.actor = actor
    self.clockTime = clockTime
  }
}

/// One file of an export: its name inside `<store>/exports/` and its text.
public struct ExportFile: Equatable, Sendable {
  public var name: String
  public var format: String
  public var content: String

  public init(name: String, format: String, content: String) {
    self.name = name
    self.format = format
    self.content = content
  }
}
