/// The law a case is handled under, chosen at the melding; it decides which clocks run.
public enum Law: String, Hashable, Sendable, Codable, CaseIterable {
  /// Wet maatschappelijke ondersteuning 2015.
  case wmo
  /// Jeugdwet.
  case jeugdwet
  /// Participatiewet.
  case participatiewet
}
