/// One professional or service involved with the household, with its yearly cost.
///
/// The procescoördinator "brengt het gehele huidige zorgaanbod, met inbegrip van kosten, in
/// beeld" (Zoetermeer 2019 l.1339-1341); "Bij de meeste casussen waren meer dan 10
/// professionals betrokken" (l.1409-1410) and costs "lopen snel op tot boven €100.000 per
/// huishouden per jaar" (l.1429-1430).
public struct Involvement: Hashable, Sendable, Codable {
  public var id: String
  /// The person or service: "Wijkagent Bakker", "Schuldhulp".
  public var name: String
  public var organisation: String
  /// What they do for the household.
  public var role: String
  /// Cost per year in whole euros (0 when unknown or free).
  public var yearlyCost: Int
  /// Whether they are still involved.
  public var active: Bool

  public init(
    id: String, name: String, organisation: String = "", role: String = "",
    yearlyCost: Int = 0, active: Bool = true
  ) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.role = role
    self.yearlyCost = yearlyCost
    self.active = active
  }
}

/// The basics the procescoördinator stabilises first: finances, housing, daytime activity.
///
/// "start met het stabiliseren van de feitelijke situatie (financiën, woning, dagbesteding)"
/// (Zoetermeer 2019 l.1342-1344).
public enum Basic: String, Hashable, Sendable, Codable, CaseIterable {
  case finances, housing, daytime
}

/// Where one basic stands.
public struct BasicStatus: Hashable, Sendable, Codable {
  public var stable: Bool
  public var note: String
  public var date: LocalDate

  public init(stable: Bool, note: String, date: LocalDate) {
    self.stable = stable
    self.note = note
    self.date = date
  }
}

extension CaseState {
  /// The professionals and services still involved.
  public var activeInvolvements: [Involvement] { involvements.filter(\.active) }

  /// The yearly cost of everything still involved, in whole euros.
  public var yearlyCost: Int { activeInvolvements.reduce(0) { $0 + $1.yearlyCost } }

  /// Whether the basics (finances, housing, daytime activity) are all stable.
  public var basicsStable: Bool {
    Basic.allCases.allSatisfy { basics[$0.rawValue]?.stable == true }
  }
}
