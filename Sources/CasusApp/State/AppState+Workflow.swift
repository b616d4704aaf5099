import CasusCore

/// What the ladder, the safety lane, the plan and the agenda add to the app state.
extension AppState {
  /// Whether a form on one of those screens holds changes that are not saved.
  var workflowHasUnsavedWork: Bool {
    switch mode {
    case .ladder(let screen):
      switch screen.overlay {
      case .form(let form, _): return form.isDirty
      case .reasons: return true
      default: return false
      }
    case .safety(let screen): return screen.form?.isDirty ?? false
    case .plan(let screen): return screen.form?.form.isDirty ?? false
    case .agenda(let screen): return screen.form?.isDirty ?? false
    default: return false
    }
  }

  /// The profile a case is handled under (its own, else the store's).
  public func process(for file: CaseFile) -> ProcessData? { process.data(for: file.state) }

  /// The reminder rules for a case; the generic rules when no profile is loaded.
  public func reminderRules(for file: CaseFile) -> MunicipalityProfile.ReminderRules {
    process(for: file)?.profile.reminders
      ?? MunicipalityProfile.ReminderRules(monitorAfterDays: 42, openRequestDays: 14)
  }

  /// The reminders of one case not dealt with yet, earliest first.
  public func reminders(for file: CaseFile) -> [Reminder] {
    file.state.reminders(rules: reminderRules(for: file))
  }

  /// Every reminder of every case, earliest (so overdue) first, then by household.
  public var agenda: [AgendaEntry] {
    cases.flatMap { file in reminders(for: file).map { AgendaEntry(caseID: file.id, reminder: $0) }
    }
    .sorted { a, b in
      if a.reminder.due != b.reminder.due { return a.reminder.due < b.reminder.due }
      if a.caseID != b.caseID { return a.caseID < b.caseID }
      return a.reminder.id < b.reminder.id
    }
  }

  /// The matrix definition whose domains a case's hulpvragen name: the one of its latest
  /// meetmoment, else the active one.
  public func domainDefinition(for file: CaseFile) -> MatrixDefinition? {
    if let latest = file.state.latestMeasurement, let d = matrices.definition(latest.reference) {
      return d
    }
    if let id = process(for: file)?.profile.matrix, let d = matrices.latest(id) { return d }
    return matrix
  }

  /// The name of a life domain in the user's language (the id when no matrix knows it).
  public func domainName(_ id: String, for file: CaseFile) -> String {
    let lang = language.rawValue
    if let d = domainDefinition(for: file)?.domain(id) { return d.name.text(lang) }
    for definition in matrices.definitions {
      if let d = definition.domain(id) { return d.name.text(lang) }
    }
    return id
  }
}
