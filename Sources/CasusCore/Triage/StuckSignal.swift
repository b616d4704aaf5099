/// Why a case may be stuck: one explainable signal with its evidence and weight.
///
/// The procescoördinator's triage ranks cases by the sum of the weights; every signal says on
/// screen what it saw, so the ranking can be explained and argued with. The signals come from
/// the Zoetermeer factsheet ("meer dan 10 professionals", "boven €100.000 per huishouden per
/// jaar", "geen gezamenlijk Plan van Aanpak", l.1393-1430) and PRODUCT.md.
public struct StuckSignal: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// No progress (or a decline) between the last two meetmomenten of one matrix.
    case noMatrixProgress
    /// More than ten professionals involved.
    case manyProfessionals
    /// Yearly cost of care above €100.000.
    case highCost
    /// A legal or plan deadline has passed.
    case overdueDeadline
    /// No joint plan for the household.
    case noJointPlan
    /// Handed over more than once.
    case repeatedHandovers
    /// A long time since anyone recorded anything.
    case noRecentContact

    /// How much the signal counts in the ranking.
    public var weight: Int {
      switch self {
      case .manyProfessionals, .highCost: return 3
      case .noMatrixProgress, .overdueDeadline, .repeatedHandovers: return 2
      case .noJointPlan, .noRecentContact: return 1
      }
    }
  }

  public var kind: Kind
  /// What was seen, as numbers the view puts into words.
  public var evidence: Evidence

  public init(kind: Kind, evidence: Evidence) {
    self.kind = kind
    self.evidence = evidence
  }

  public var weight: Int { kind.weight }

  /// The facts behind a signal.
  public enum Evidence: Hashable, Sendable {
    /// Sum of scores of the two meetmomenten compared, with their dates.
    case matrix(before: Int, after: Int, from: LocalDate, to: LocalDate)
    case professionals(Int)
    /// Whole euros per year.
    case cost(Int)
    /// What is overdue and by how many days.
    case overdue(what: String, days: Int)
    case noPlan
    case handovers(Int)
    /// Days since the last recorded event.
    case silence(days: Int)
  }
}

/// The thresholds of the triage signals, in one place.
public enum StuckSignals {
  public static let professionalsAbove = 10
  public static let costAbove = 100_000
  public static let handoversFrom = 2
  public static let silenceDays = 60
  /// Procescoördinatie hands a case back within six months of accepting it.
  public static let procescoordinatieMonths = 6

  /// The signals of one case on `today`; `overdue` lists the deadlines already past (the legal
  /// clocks are evaluated by the caller, who has the clock definitions).
  public static func evaluate(
    _ state: CaseState, lastEvent: LocalDate?, overdue: [(what: String, days: Int)],
    today: LocalDate
  ) -> [StuckSignal] {
    evaluate(
      Inputs(
        matrix: lastTwoMeasurements(state), professionals: state.activeInvolvements.count,
        yearlyCost: state.yearlyCost, planIsEmpty: state.plan.isEmpty,
        handovers: state.handovers.map {
          .init(lane: $0.lane, state: $0.state, accepted: $0.accepted)
        }),
      lastEvent: lastEvent, overdue: overdue, today: today)
  }

  /// The signals from a case's summary in the index (the triage over a whole store).
  public static func evaluate(
    _ summary: CaseSummary, lastEvent: LocalDate?, overdue: [(what: String, days: Int)],
    today: LocalDate
  ) -> [StuckSignal] {
    evaluate(
      Inputs(
        matrix: summary.matrixPair.map { ($0.before, $0.after, $0.from, $0.to) },
        professionals: summary.activeInvolvements, yearlyCost: summary.yearlyCost,
        planIsEmpty: summary.planIsEmpty,
        handovers: summary.handovers.map {
          .init(lane: $0.lane, state: $0.state, accepted: $0.accepted)
        }),
      lastEvent: lastEvent, overdue: overdue, today: today)
  }

  /// What the signals are worked out from.
  public struct Inputs {
    public struct HandoverInput {
      public var lane: MunicipalityProfile.Lane.Kind
      public var state: HandoverState
      public var accepted: LocalDate?
    }
    public var matrix: (before: Int, after: Int, from: LocalDate, to: LocalDate)?
    public var professionals: Int
    public var yearlyCost: Int
    public var planIsEmpty: Bool
    public var handovers: [HandoverInput]
  }

  static func evaluate(
    _ inputs: Inputs, lastEvent: LocalDate?, overdue: [(what: String, days: Int)],
    today: LocalDate
  ) -> [StuckSignal] {
    var out: [StuckSignal] = []
    if let pair = inputs.matrix, pair.after <= pair.before {
      out.append(
        StuckSignal(
          kind: .noMatrixProgress,
          evidence: .matrix(before: pair.before, after: pair.after, from: pair.from, to: pair.to)))
    }
    let professionals = inputs.professionals
    if professionals > professionalsAbove {
      out.append(StuckSignal(kind: .manyProfessionals, evidence: .professionals(professionals)))
    }
    if inputs.yearlyCost > costAbove {
      out.append(StuckSignal(kind: .highCost, evidence: .cost(inputs.yearlyCost)))
    }
    var late = overdue
    for h in inputs.handovers
    where h.lane == .procescoordinatie && ![.closed, .returned].contains(h.state) {
      if let accepted = h.accepted {
        let due = accepted.adding(months: procescoordinatieMonths)
        if due < today { late.append(("procescoördinatie", due.days(until: today))) }
      }
    }
    if let worst = late.max(by: { $0.days < $1.days }) {
      out.append(
        StuckSignal(kind: .overdueDeadline, evidence: .overdue(what: worst.what, days: worst.days)))
    }
    if inputs.planIsEmpty {
      out.append(StuckSignal(kind: .noJointPlan, evidence: .noPlan))
    }
    let handed = inputs.handovers.filter { $0.state != .concept }.count
    if handed >= handoversFrom {
      out.append(StuckSignal(kind: .repeatedHandovers, evidence: .handovers(handed)))
    }
    if let lastEvent, lastEvent.days(until: today) > silenceDays {
      out.append(
        StuckSignal(kind: .noRecentContact, evidence: .silence(days: lastEvent.days(until: today))))
    }
    return out
  }

  /// The score sums of the last two meetmomenten of the most recent definition, when both
  /// scored the same domains.
  static func lastTwoMeasurements(_ state: CaseState)
    -> (before: Int, after: Int, from: LocalDate, to: LocalDate)?
  {
    guard let latest = state.measurements.last else { return nil }
    let series = state.measurements.filter {
      $0.definitionID == latest.definitionID && $0.definitionVersion == latest.definitionVersion
    }.sorted { $0.date < $1.date }
    guard series.count >= 2 else { return nil }
    let a = series[series.count - 2]
    let b = series[series.count - 1]
    let both = Set(a.scores.filter { $0.score != nil }.map(\.domain))
      .intersection(b.scores.filter { $0.score != nil }.map(\.domain))
    guard !both.isEmpty else { return nil }
    func sum(_ m: MatrixMeasurement) -> Int {
      m.scores.filter { both.contains($0.domain) }.reduce(0) { $0 + ($1.score ?? 0) }
    }
    return (sum(a), sum(b), a.date, b.date)
  }
}
