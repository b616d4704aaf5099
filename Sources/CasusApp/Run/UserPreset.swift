import CasusCore

/// Who is working as the command line says: a name, a role, or both.
///
/// Either part may be missing: a role alone takes the stored name, a name alone the stored
/// role (or consulent).
public struct UserPreset: Hashable, Sendable {
  public var name: String?
  public var role: UserRole?

  public init(name: String? = nil, role: UserRole? = nil) {
    self.name = name
    self.role = role
  }

  /// The preset from `--user`, `--role` and `CASUS_USER`; `nil` when none is given.
  public static func resolve(user: String?, role: UserRole?, environment: [String: String])
    -> UserPreset?
  {
    let name = [user, environment["CASUS_USER"]].compactMap { $0 }.first { !$0.isEmpty }
    guard name != nil || role != nil else { return nil }
    return UserPreset(name: name, role: role)
  }
}
