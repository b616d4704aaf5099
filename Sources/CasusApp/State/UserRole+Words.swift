import CasusCore

extension UserRole {
  /// The role a typed word names, in Dutch or English, with or without diacritics:
  /// `procescoördinator`, `pc`, `meer-team`, `consultant`.
  public static func parse(_ text: String) -> UserRole? {
    let word = CaseFilter.fold(text).replacingOccurrences(of: "-", with: "")
      .replacingOccurrences(of: " ", with: "")
    switch word {
    case "consulent", "consultant", "c": return .consulent
    case "procescoordinator", "processcoordinator", "coordinator", "pc": return .procescoordinator
    case "meerteam", "mt": return .meerteam
    case "trainer", "t": return .trainer
    default: return nil
    }
  }
}
