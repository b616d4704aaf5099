/// A request to change a case; the engine answers with events or a ``CaseError``.
public enum CaseCommand: Hashable, Sendable {
  /// Replace the fields given in the edit; fields left `nil` stay as they are.
  case edit(CaseEdit)
}

/// What a consulent fills in to register a melding.
public struct NewMelding: Hashable, Sendable {
  public var householdName: String
  public var members: [Member]
  public var question: String
  public var meldingDate: LocalDate
  public var source: Melding.Source
  public var regie: Regie

  public init(
    householdName: String, members: [Member], question: String, meldingDate: LocalDate,
    source: Melding.Source = .self, regie: Regie = Regie(holder: .resident)
  ) {
    self.householdName = householdName
    self.members = members
    self.question = question
    self.meldingDate = meldingDate
    self.source = source
    self.regie = regie
  }
}

/// New values for some fields of a case.
public struct CaseEdit: Hashable, Sendable {
  public var householdName: String?
  public var members: [Member]?
  public var question: String?
  public var meldingDate: LocalDate?
  public var source: Melding.Source?
  public var regie: Regie?
  public var phase: Phase?

  public init(
    householdName: String? = nil, members: [Member]? = nil, question: String? = nil,
    meldingDate: LocalDate? = nil, source: Melding.Source? = nil, regie: Regie? = nil,
    phase: Phase? = nil
  ) {
    self.householdName = householdName
    self.members = members
    self.question = question
    self.meldingDate = meldingDate
    self.source = source
    self.regie = regie
    self.phase = phase
  }
}
