import CasusCore
import TerminalUI

/// The scoring screen while it is open: one new meetmoment being scored, domain by domain.
///
/// The method scores top-down: the rows go in the definition's order and the cursor
/// advances after each score, and on each row the level cursor starts at 5 (volledig
/// zelfredzaam) and moves down until the guidance fits.
public struct ScoringSession: Equatable {
  /// A small input open on the screen.
  public enum Editing: Equatable {
    case note(TextInput)
    case date(TextInput)
    /// Waiting for the digit of a target (`t` then `1`–`5`, `0` clears).
    case target
  }

  /// What `u` restores.
  public struct Snapshot: Equatable {
    public var entries: [DomainScore]
    public var decided: Set<String>
    public var row: Int
    public var date: LocalDate
  }

  public var caseID: CaseID
  public let definition: MatrixDefinition
  public var date: LocalDate
  /// One entry per domain, in the definition's order.
  public var entries: [DomainScore]
  /// Domains given a score or explicitly marked "niet besproken" (`0`).
  public var decided: Set<String>
  public var row: Int
  /// The level whose guidance is shown (1–5).
  public var level: Int
  public var editing: Editing?
  public var undo: [Snapshot]
  /// The latest earlier meetmoment with the same definition, for the "vorige" column.
  public let previous: MatrixMeasurement?
  /// Set after a first Ctrl-S with undecided domains: a second one records them as not
  /// discussed.
  public var confirmingIncomplete: Bool
  /// Set after a first Esc with unsaved scores: a second one discards them.
  public var confirmingDiscard: Bool
  /// The conversation to go back to when scoring was opened from it.
  public var returnTo: ConversationSession?

  /// A new meetmoment on a case with `definition`, dated `today`, starting at `domain`.
  public init(
    file: CaseFile, definition: MatrixDefinition, today: LocalDate, domain: String? = nil,
    returnTo: ConversationSession? = nil
  ) {
    caseID = file.id
    self.definition = definition
    date = today
    let previous = file.state.series(definition.reference).last
    self.previous = previous
    // Targets are goals that last: they carry over from the previous meetmoment.
    entries = definition.domains.map {
      DomainScore(domain: $0.id, target: previous?.entry($0.id)?.target)
    }
    decided = []
    row = domain.flatMap { d in definition.domains.firstIndex { $0.id == d } } ?? 0
    level = MatrixDefinition.scores.upperBound
    editing = nil
    undo = []
    confirmingIncomplete = false
    confirmingDiscard = false
    self.returnTo = returnTo
  }

  /// The domain on the focused row.
  public var domain: MatrixDefinition.Domain? {
    definition.domains.indices.contains(row) ? definition.domains[row] : nil
  }

  /// Whether anything was scored or typed.
  public var isDirty: Bool { !undo.isEmpty }

  /// The domains not decided yet.
  public var undecided: [MatrixDefinition.Domain] {
    definition.domains.filter { !decided.contains($0.id) }
  }

  /// The meetmoment as it will be recorded (undecided domains as not discussed).
  public func measurement(scoredBy: String) -> MatrixMeasurement {
    MatrixMeasurement(
      definitionID: definition.id, definitionVersion: definition.version, date: date,
      scoredBy: scoredBy,
      scores: entries.map { entry in
        var e = entry
        if let note = e.note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty {
          e.note = note
        } else {
          e.note = nil
        }
        return e
      })
  }

  /// Remembers the current state for `u`.
  public mutating func checkpoint() {
    undo.append(Snapshot(entries: entries, decided: decided, row: row, date: date))
    confirmingIncomplete = false
    confirmingDiscard = false
  }

  /// Undoes the last change; false when there is none.
  public mutating func undoLast() -> Bool {
    guard let last = undo.popLast() else { return false }
    entries = last.entries
    decided = last.decided
    row = last.row
    date = last.date
    level = entries[row].score ?? MatrixDefinition.scores.upperBound
    return true
  }

  /// Scores the focused domain (`nil`: not discussed) and moves to the next one.
  public mutating func score(_ value: Int?) {
    guard entries.indices.contains(row) else { return }
    checkpoint()
    entries[row].score = value
    decided.insert(entries[row].domain)
    move(by: 1)
  }

  /// Sets or clears the focused domain's target.
  public mutating func setTarget(_ value: Int?) {
    guard entries.indices.contains(row), entries[row].target != value else { return }
    checkpoint()
    entries[row].target = value
  }

  /// Sets the focused domain's note.
  public mutating func setNote(_ text: String) {
    guard entries.indices.contains(row), (entries[row].note ?? "") != text else { return }
    checkpoint()
    entries[row].note = text.isEmpty ? nil : text
  }

  /// Moves the row cursor, staying on the screen's rows; the level cursor starts again at 5
  /// (or on the score already given).
  public mutating func move(by delta: Int) {
    row = min(max(0, row + delta), max(0, entries.count - 1))
    level = entries.indices.contains(row) ? entries[row].score ?? 5 : 5
  }
}
