/// The role of the person working: each role has its own start view and keys.
public enum UserRole: String, Hashable, Sendable, Codable, CaseIterable {
  /// Consulent, gemandateerde professional, wijkteam member: works the case.
  case consulent
  /// Procescoördinator: triages stuck households and takes them in.
  case procescoordinator
  /// Meer-team consultant: receives complex cases that need a doorbraak.
  case meerteam
  /// Trainer: runs demo casussen.
  case trainer
}

/// Who is working on this laptop: a name for the history and a role.
public struct LocalUser: Hashable, Sendable, Codable {
  public var name: String
  public var role: UserRole

  public init(name: String, role: UserRole) {
    self.name = name
    self.role = role
  }

  /// How events name the actor: the name with the role, so the history shows both when one
  /// person switches roles (`Anna de Vries (procescoordinator)`).
  public var actor: String { "\(name) (\(role.rawValue))" }
}
