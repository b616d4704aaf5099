/// The unit of a case: everyone who lives together and is part of the question.
public struct Household: Hashable, Sendable, Codable {
  /// How the household is called in lists, for example "Brouwer-Öztürk".
  public var name: String
  public var members: [Member]

  public init(name: String, members: [Member]) {
    self.name = name
    self.members = members
  }

  /// The member whose question this is (the first with role client, else the first).
  public var client: Member? { members.first { $0.role == .client } ?? members.first }
}

/// One person in a household.
public struct Member: Hashable, Sendable, Codable {
  public var name: String
  public var born: LocalDate?
  public var role: Role

  public init(name: String, born: LocalDate? = nil, role: Role = .client) {
    self.name = name
    self.born = born
    self.role = role
  }

  /// The person's place in the household.
  public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    case client, partner, child, parent, other
  }

  /// Age in whole years on `date`, or `nil` without a date of birth.
  public func age(on date: LocalDate) -> Int? {
    guard let born else { return nil }
    var years = date.year - born.year
    if (date.month, date.day) < (born.month, born.day) { years -= 1 }
    return years
  }
}
