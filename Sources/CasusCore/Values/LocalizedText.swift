/// A text in Dutch and English, as process data carries it.
public struct LocalizedText: Hashable, Sendable, Codable {
  public var nl: String
  public var en: String

  public init(nl: String, en: String) {
    self.nl = nl
    self.en = en
  }

  /// The text in a language code (`nl` or `en`); Dutch for anything else.
  public func text(_ language: String) -> String { language == "en" ? en : nl }
}
