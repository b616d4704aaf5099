/// The language of the user interface: Dutch by default, English on request.
public enum Language: String, Sendable, CaseIterable {
  case nl, en

  /// `--lang` wins; otherwise `LC_ALL`, `LC_MESSAGES` or `LANG` starting with `en` selects English.
  ///
  /// Everything else (including `C.UTF-8`) is Dutch: these are Dutch professionals.
  public static func resolve(explicit: String?, environment: [String: String]) -> Language {
    if let explicit, let lang = Language(rawValue: String(explicit.lowercased().prefix(2))) {
      return lang
    }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        return value.lowercased().hasPrefix("en") ? .en : .nl
      }
    }
    return .nl
  }

  /// The strings table for this language.
  public var strings: any StringTable {
    switch self {
    case .nl: return DutchStrings()
    case .en: return EnglishStrings()
    }
  }
}
