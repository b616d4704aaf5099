extension LegalClockDefinition {
  /// Who the term binds, which decides how a passed term is shown.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The municipality must act in time; a passed term is overdue.
    case deadline
    /// The client may act within the term; a passed term is closed, never overdue.
    case window
  }
}
