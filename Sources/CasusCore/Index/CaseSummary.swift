import Foundation

/// What the list, the filter, the triage queue, the Termijnen view and the agenda need of one
/// case, without its history.
///
/// The store keeps one summary per case in its index, so the app starts and filters without
/// reading every case file; a case file is read when the case is opened.
public struct CaseSummary: Hashable, Sendable, Codable {
  public var id: CaseID
  public var revision: Int
  public var householdName: String
  public var memberNames: [String]
  /// The client's question, as far as the filter looks (the first 200 characters).
  public var question: String
  public var melding: Melding
  public var phase: Phase
  public var law: Law
  /// The municipality profile the case is handled under, once it has a ladder.
  public var profile: String?
  /// The dates the legal clocks read.
  public var dates: CaseDates
  /// Each aanvraag with its own beschikking dates (name of the offer, aanvraag, beschikking).
  public var aanvragen: [Aanvraag]
  /// Why the case is urgent (``CaseState/urgencyReasons``: `safety`, `conversation`, `acute`)
  /// and its domains at level 1 (`domain:<id>`, also when a closed lane settled them).
  public var urgency: [String]
  /// The reminders' inputs: the due date follows from the profile's rules when shown.
  public var reminderSeeds: [ReminderSeed]
  public var handovers: [HandoverSummary]
  /// The handovers' dates in the Termijnen view (``CaseState/handoverDeadlines``).
  public var handoverDeadlines: [HandoverDeadline]
  /// Triage inputs.
  public var activeInvolvements: Int
  public var yearlyCost: Int
  public var planIsEmpty: Bool
  public var matrixPair: MatrixPair?
  /// The last contact with the household (``CaseFile/lastContact``: anything but views and
  /// exports).
  public var lastEvent: Date?

  /// One aanvraag for the beschikking clock.
  public struct Aanvraag: Hashable, Sendable, Codable {
    public var name: String
    public var aanvraag: LocalDate
    public var beschikking: LocalDate?

    public init(name: String, aanvraag: LocalDate, beschikking: LocalDate?) {
      self.name = name
      self.aanvraag = aanvraag
      self.beschikking = beschikking
    }
  }

  /// What a reminder is made from; see ``CaseState/reminders(rules:)``.
  public struct ReminderSeed: Hashable, Sendable, Codable {
    public var id: String
    public var kind: Reminder.Kind
    /// The offer's start or request date, or an action's due date.
    public var base: LocalDate
    public var subject: String

    public init(id: String, kind: Reminder.Kind, base: LocalDate, subject: String) {
      self.id = id
      self.kind = kind
      self.base = base
      self.subject = subject
    }
  }

  /// One handover as the queues show it.
  public struct HandoverSummary: Hashable, Sendable, Codable {
    public var id: String
    public var lane: MunicipalityProfile.Lane.Kind
    /// The lane's name in the profile when it was registered.
    public var laneName: String
    public var state: HandoverState
    public var from: String
    public var to: String
    public var reasons: [String]
    public var declineReason: String?
    public var submitted: LocalDate?
    public var accepted: LocalDate?

    public init(
      id: String, lane: MunicipalityProfile.Lane.Kind, laneName: String = "",
      state: HandoverState, from: String,
      to: String, reasons: [String], declineReason: String?, submitted: LocalDate?,
      accepted: LocalDate?
    ) {
      self.id = id
      self.lane = lane
      self.laneName = laneName
      self.state = state
      self.from = from
      self.to = to
      self.reasons = reasons
      self.declineReason = declineReason
      self.submitted = submitted
      self.accepted = accepted
    }
  }

  /// The sums of the last two meetmomenten of one definition over the domains both scored.
  public struct MatrixPair: Hashable, Sendable, Codable {
    public var before: Int
    public var after: Int
    public var from: LocalDate
    public var to: LocalDate

    public init(before: Int, after: Int, from: LocalDate, to: LocalDate) {
      self.before = before
      self.after = after
      self.from = from
      self.to = to
    }
  }

  public init(
    id: CaseID, revision: Int, householdName: String, memberNames: [String], question: String,
    melding: Melding, phase: Phase, law: Law, profile: String?, dates: CaseDates,
    aanvragen: [Aanvraag],
    urgency: [String], reminderSeeds: [ReminderSeed], handovers: [HandoverSummary],
    handoverDeadlines: [HandoverDeadline] = [], activeInvolvements: Int, yearlyCost: Int,
    planIsEmpty: Bool, matrixPair: MatrixPair?,
    lastEvent: Date?
  ) {
    self.id = id
    self.revision = revision
    self.householdName = householdName
    self.memberNames = memberNames
    self.question = question
    self.melding = melding
    self.phase = phase
    self.law = law
    self.profile = profile
    self.dates = dates
    self.aanvragen = aanvragen
    self.urgency = urgency
    self.reminderSeeds = reminderSeeds
    self.handovers = handovers
    self.handoverDeadlines = handoverDeadlines
    self.activeInvolvements = activeInvolvements
    self.yearlyCost = yearlyCost
    self.planIsEmpty = planIsEmpty
    self.matrixPair = matrixPair
    self.lastEvent = lastEvent
  }
}

extension CaseSummary {
  /// The summary of a case file.
  public init(_ file: CaseFile) {
    let s = file.state
    id = file.id
    revision = file.revision
    householdName = s.household.name
    memberNames = s.household.members.map(\.name)
    question = String(s.question.prefix(200))
    melding = s.melding
    phase = s.phase
    law = s.law
    profile = s.profile
    dates = s.dates
    aanvragen = s.aanvragen.map {
      Aanvraag(
        name: $0.offer.name, aanvraag: $0.dates.aanvraag ?? s.melding.date,
        beschikking: $0.dates.beschikking)
    }
    var urgency: [String] = s.urgencyReasons.map {
      switch $0 {
      case .safetyLane: return "safety"
      case .conversation: return "conversation"
      case .acute: return "acute"
      }
    }
    urgency += s.acuteDomains.map { "domain:\($0)" }
    self.urgency = urgency
    // Rules of zero days give the base dates; the view adds the profile's days.
    let seeds = s.reminders(rules: .init(monitorAfterDays: 0, openRequestDays: 0))
    reminderSeeds = seeds.map {
      ReminderSeed(id: $0.id, kind: $0.kind, base: $0.due, subject: $0.subject)
    }
    handovers = s.handovers.map {
      HandoverSummary(
        id: $0.id, lane: $0.lane, laneName: $0.laneName, state: $0.state, from: $0.from, to: $0.to,
        reasons: $0.reasons,
        declineReason: $0.declineReason, submitted: $0.submitted, accepted: $0.accepted)
    }
    handoverDeadlines = s.handoverDeadlines
    activeInvolvements = s.activeInvolvements.count
    yearlyCost = s.yearlyCost
    planIsEmpty = s.plan.isEmpty
    matrixPair = StuckSignals.lastTwoMeasurements(s).map {
      MatrixPair(before: $0.before, after: $0.after, from: $0.from, to: $0.to)
    }
    lastEvent = file.lastContact?.at
  }

  /// The newest registration for procescoördinatie still waiting for an answer.
  public var pendingRegistration: HandoverSummary? {
    handovers.last { $0.lane == .procescoordinatie && $0.state == .submitted }
  }

  /// Whether the case must be treated as urgent (see ``CaseState/isUrgent``).
  public var isUrgent: Bool { urgency.contains { !$0.hasPrefix("domain:") } }

  /// The domains scored at level 1 on the latest meetmoment.
  public var acuteDomains: [String] {
    urgency.compactMap { $0.hasPrefix("domain:") ? String($0.dropFirst(7)) : nil }
  }

  /// The reminders on the profile's rules, earliest first.
  public func reminders(rules: MunicipalityProfile.ReminderRules) -> [Reminder] {
    reminderSeeds.map { seed in
      let days: Int
      switch seed.kind {
      case .monitor: days = rules.monitorAfterDays
      case .openRequest: days = rules.openRequestDays
      case .action: days = 0
      }
      return Reminder(
        id: seed.id, kind: seed.kind, due: seed.base.adding(days: days), subject: seed.subject)
    }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
  }
}
