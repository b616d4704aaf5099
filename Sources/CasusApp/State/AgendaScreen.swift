import CasusCore

/// The agenda across all cases: every reminder (monitor the arrangement, an open request, a
/// plan action due), overdue first.
public struct AgendaScreen: Equatable {
  /// The reminders, worked out when the agenda opens and after each save (working them out
  /// for every key would cost a pass over every case).
  public var rows: [AgendaEntry]
  /// The highlighted row.
  public var row: Int
  /// The note for the reminder being marked as dealt with.
  public var form: EntryForm?
  /// The reminder the form is about.
  public var formFor: AgendaEntry?

  public init(rows: [AgendaEntry], row: Int = 0) {
    self.rows = rows
    self.row = row
    self.form = nil
    self.formFor = nil
  }
}

/// One reminder of one case.
public struct AgendaEntry: Equatable, Sendable {
  public var caseID: CaseID
  public var reminder: Reminder

  public init(caseID: CaseID, reminder: Reminder) {
    self.caseID = caseID
    self.reminder = reminder
  }
}
