/// One plan for the household: één gezin, één plan, één regisseur (Haarlem 2013 S1:540-541).
///
/// Goals per life domain with a target level and date, actions with who does what by when,
/// agreements, the named regisseur, and the moments the arrangement was looked at again.
public struct HouseholdPlan: Hashable, Sendable, Codable {
  /// Who coordinates: a name (the client, a network member, the professional).
  public var regisseur: String?
  public var goals: [Goal]
  public var actions: [Action]
  public var agreements: [Agreement]
  /// Reminders that were dealt with (the arrangement monitored, a request followed up).
  public var monitoring: [Monitoring]

  public init(
    regisseur: String? = nil, goals: [Goal] = [], actions: [Action] = [],
    agreements: [Agreement] = [], monitoring: [Monitoring] = []
  ) {
    self.regisseur = regisseur
    self.goals = goals
    self.actions = actions
    self.agreements = agreements
    self.monitoring = monitoring
  }

  /// Whether nothing has been planned yet.
  public var isEmpty: Bool { goals.isEmpty && actions.isEmpty && agreements.isEmpty }

  /// A goal for one life domain.
  public struct Goal: Hashable, Sendable, Codable {
    public var id: String
    /// A matrix domain id, when the goal is about one.
    public var domain: String?
    public var text: String
    /// The self-sufficiency level aimed for (1–5).
    public var targetLevel: Int?
    public var targetDate: LocalDate?

    public init(
      id: String, domain: String? = nil, text: String, targetLevel: Int? = nil,
      targetDate: LocalDate? = nil
    ) {
      self.id = id
      self.domain = domain
      self.text = text
      self.targetLevel = targetLevel
      self.targetDate = targetDate
    }
  }

  /// Who does what, by when.
  public struct Action: Hashable, Sendable, Codable {
    public var id: String
    public var owner: Owner
    /// The owner's name: the client, "zoon Yusuf", "Humanitas", the professional.
    public var ownerName: String
    public var what: String
    public var due: LocalDate?
    public var status: Status

    public init(
      id: String, owner: Owner, ownerName: String, what: String, due: LocalDate? = nil,
      status: Status = .open
    ) {
      self.id = id
      self.owner = owner
      self.ownerName = ownerName
      self.what = what
      self.due = due
      self.status = status
    }

    /// Whose action it is.
    public enum Owner: String, Hashable, Sendable, Codable, CaseIterable {
      case client, network, provider, professional
    }

    /// Where the action stands.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
      case open, done, dropped
    }
  }

  /// Something agreed with the client, in words.
  public struct Agreement: Hashable, Sendable, Codable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
      self.id = id
      self.text = text
    }
  }

  /// A reminder that was dealt with.
  public struct Monitoring: Hashable, Sendable, Codable {
    /// The reminder's id (see ``Reminder``).
    public var reminder: String
    public var date: LocalDate
    public var note: String

    public init(reminder: String, date: LocalDate, note: String) {
      self.reminder = reminder
      self.date = date
      self.note = note
    }
  }
}
