extension LegalClockDefinition {
  /// The clock's name in the two languages the app speaks.
  public struct Label: Hashable, Sendable, Codable {
    /// Dutch, the default.
    public var nl: String
    /// English.
    public var en: String

    public init(nl: String, en: String) {
      self.nl = nl
      self.en = en
    }
  }
}
