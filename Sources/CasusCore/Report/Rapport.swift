import Foundation

/// The figures a municipality reports, computed from the case files of one store.
///
/// Pure: the caller passes the cases, the period, the legal clocks and today. How each figure
/// is computed is written in `docs/rapport.md`; a test recounts them independently from
/// `casus export --all --format jsonl`.
public enum Rapport {
  /// A period, both ends included; `nil` ends are open.
  public struct Period: Hashable, Sendable {
    public var from: LocalDate?
    public var to: LocalDate?

    public init(from: LocalDate? = nil, to: LocalDate? = nil) {
      self.from = from
      self.to = to
    }

    public func contains(_ date: LocalDate) -> Bool {
      (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }
  }

  /// Every figure, in report order; every cell below five suppressed.
  public static func figures(
    _ files: [CaseFile], period: Period, clocks: LegalClockSet?, today: LocalDate
  ) -> [ReportFigure] {
    let cases = files.filter { period.contains($0.state.melding.date) }
    let raw = [
      meldingen(cases), onderzoeken(cases, clocks: clocks, today: today), doorlooptijden(cases),
      rungs(cases), combinations(cases), skipped(cases), safety(cases), handovers(cases),
      handoverMoments(cases), matrix(cases), procescoordinatie(cases), lifecycle(cases),
      perMonth("meldingenPerMonth", cases.map(\.state.melding.date)),
      perMonth("closedPerMonth", cases.compactMap(\.state.closure?.date)),
      perQuarter("meldingenPerQuarter", cases.map(\.state.melding.date)),
      perQuarter("closedPerQuarter", cases.compactMap(\.state.closure?.date)),
    ]
    return raw.map { figure in
      ReportFigure(id: figure.id, rows: figure.rows.map { .init($0.key, $0.value.protected) })
    }
  }

  static func meldingen(_ cases: [CaseFile]) -> ReportFigure {
    var rows = [ReportFigure.Row("total", .count(cases.count))]
    for source in Melding.Source.allCases {
      rows.append(
        .init(
          "source:\(source.rawValue)",
          .count(cases.filter { $0.state.melding.source == source }.count)))
    }
    for law in Law.allCases {
      rows.append(.init("law:\(law.rawValue)", .count(cases.filter { $0.state.law == law }.count)))
    }
    return ReportFigure(id: "meldingen", rows: rows)
  }

  /// Wmo onderzoeken: finished within the six weeks, finished late, still open and overdue.
  static func onderzoeken(_ cases: [CaseFile], clocks: LegalClockSet?, today: LocalDate)
    -> ReportFigure
  {
    guard
      let clock = clocks?.clocks.first(where: { $0.law == .wmo && $0.stop == .onderzoekFinished })
    else { return ReportFigure(id: "onderzoeken", rows: []) }
    var inTime = 0
    var late = 0
    var overdue = 0
    var running = 0
    for file in cases where file.state.law == .wmo {
      let status = LegalClocks.evaluate(clock, dates: file.state.dates, today: today)
      switch status.state {
      case .met: inTime += 1
      case .metLate: late += 1
      case .overdue: overdue += 1
      default: running += 1
      }
    }
    let finished = inTime + late
    return ReportFigure(
      id: "onderzoeken",
      rows: [
        .init("withinTerm", .share(part: inTime, of: finished)),
        .init("finishedLate", .count(late)),
        .init("openOverdue", .count(overdue)), .init("openRunning", .count(running)),
      ])
  }

  /// Median days melding → verslag verstuurd, and aanvraag → beschikking.
  static func doorlooptijden(_ cases: [CaseFile]) -> ReportFigure {
    let verslag = cases.compactMap { file in
      file.state.milestones.verslagSent.map { Double(file.state.melding.date.days(until: $0)) }
    }
    var beschikking: [Double] = []
    for file in cases {
      if let a = file.state.milestones.aanvraag, let b = file.state.milestones.beschikking {
        beschikking.append(Double(a.days(until: b)))
      }
      for a in file.state.aanvragen {
        if let decided = a.dates.beschikking, let aanvraag = a.dates.aanvraag {
          beschikking.append(Double(aanvraag.days(until: decided)))
        }
      }
    }
    return ReportFigure(
      id: "doorlooptijden",
      rows: [
        .init("meldingToVerslag", .medianDays(median(verslag) ?? 0, of: verslag.count)),
        .init(
          "aanvraagToBeschikking", .medianDays(median(beschikking) ?? 0, of: beschikking.count)),
      ])
  }

  /// The rungs each case has help on (offers or network), by rung id.
  static func helpedRungs(_ state: CaseState) -> Set<String> {
    Set(
      state.needs.flatMap { need in
        need.rungs.filter { !$0.value.offers.isEmpty || !$0.value.network.isEmpty }.map(\.key)
      })
  }

  static func rungs(_ cases: [CaseFile]) -> ReportFigure {
    var counts: [String: Int] = [:]
    for file in cases { for rung in helpedRungs(file.state) { counts[rung, default: 0] += 1 } }
    return ReportFigure(
      id: "rungs",
      rows: counts.sorted { $0.key < $1.key }.map { .init("rung:\($0.key)", .count($0.value)) })
  }

  /// Arrangements: the combination of rungs a case has help on.
  static func combinations(_ cases: [CaseFile]) -> ReportFigure {
    var counts: [String: Int] = [:]
    for file in cases {
      let set = helpedRungs(file.state)
      guard !set.isEmpty else { continue }
      counts[set.sorted().joined(separator: "+"), default: 0] += 1
    }
    return ReportFigure(
      id: "arrangements",
      rows: counts.sorted { $0.key < $1.key }.map { .init($0.key, .count($0.value)) })
  }

  /// Rungs passed over with a reason, grouped by rung and by the reason's words.
  static func skipped(_ cases: [CaseFile]) -> ReportFigure {
    var counts: [String: Int] = [:]
    for file in cases {
      var seen: Set<String> = []
      for need in file.state.needs {
        for (rung, decision) in need.rungs
        where decision.suffices != .yes && !decision.reason.trimmed.isEmpty {
          let key = "\(rung):\(ReasonGroup.key(decision.reason))"
          if seen.insert(key).inserted { counts[key, default: 0] += 1 }
        }
      }
    }
    return ReportFigure(
      id: "skippedRungs",
      rows: counts.sorted { $0.key < $1.key }.map { .init($0.key, .count($0.value)) })
  }

  static func safety(_ cases: [CaseFile]) -> ReportFigure {
    let lanes = cases.compactMap(\.state.safetyLane)
    var rows = [
      ReportFigure.Row("opened", .count(lanes.count)),
      .init("open", .count(lanes.filter(\.isOpen).count)),
    ]
    for source in SafetyLane.Source.allCases {
      rows.append(
        .init("source:\(source.rawValue)", .count(lanes.filter { $0.source == source }.count)))
    }
    return ReportFigure(id: "safetyLane", rows: rows)
  }

  /// Per lane: registered, accepted of decided, and the median days from registration to the end.
  static func handovers(_ cases: [CaseFile]) -> ReportFigure {
    let all = cases.flatMap(\.state.handovers).filter { $0.submitted != nil }
    var rows: [ReportFigure.Row] = []
    for lane in MunicipalityProfile.Lane.Kind.allCases {
      let mine = all.filter { $0.lane == lane }
      let accepted = mine.filter { $0.accepted != nil }.count
      let declined = mine.filter { $0.state == .declined || $0.declineReason != nil }.count
      let durations = mine.compactMap { h -> Double? in
        guard let start = h.submitted, let end = h.returned else { return nil }
        return Double(start.days(until: end))
      }
      rows += [
        .init("\(lane.rawValue):registered", .count(mine.count)),
        .init("\(lane.rawValue):accepted", .share(part: accepted, of: accepted + declined)),
        .init(
          "\(lane.rawValue):medianDays", .medianDays(median(durations) ?? 0, of: durations.count)),
      ]
    }
    return ReportFigure(id: "handovers", rows: rows)
  }

  /// How many times a case was handed over: cases with 0, 1, 2, 3 or more.
  static func handoverMoments(_ cases: [CaseFile]) -> ReportFigure {
    var buckets = [0, 0, 0, 0]
    for file in cases {
      let n = file.state.handovers.filter { $0.submitted != nil }.count
      buckets[min(3, n)] += 1
    }
    return ReportFigure(
      id: "handoverMoments",
      rows: buckets.enumerated().map {
        .init($0.offset == 3 ? "3+" : "\($0.offset)", .count($0.element))
      })
  }

  /// Per domain: median change from the first to the last meetmoment of one definition, and
  /// how many cases improved, stayed the same or went down.
  static func matrix(_ cases: [CaseFile]) -> ReportFigure {
    var changes: [String: [Int]] = [:]
    for file in cases {
      guard let latest = file.state.measurements.last else { continue }
      let series = file.state.measurements.filter { $0.reference == latest.reference }
        .sorted { $0.date < $1.date }
      guard let first = series.first, let last = series.last, series.count >= 2 else { continue }
      for score in last.scores {
        guard let after = score.score, let before = first.score(score.domain) else { continue }
        changes["\(latest.definitionID):\(score.domain)", default: []].append(after - before)
      }
    }
    var rows: [ReportFigure.Row] = []
    for (key, values) in changes.sorted(by: { $0.key < $1.key }) {
      rows += [
        .init(
          "\(key):medianChange", .number(median(values.map(Double.init)) ?? 0, of: values.count)),
        .init("\(key):improved", .share(part: values.filter { $0 > 0 }.count, of: values.count)),
        .init("\(key):same", .share(part: values.filter { $0 == 0 }.count, of: values.count)),
        .init("\(key):worse", .share(part: values.filter { $0 < 0 }.count, of: values.count)),
      ]
    }
    return ReportFigure(id: "matrixProgress", rows: rows)
  }

  /// Procescoördinatie handed back with an evaluation: the outcomes and the cost before/after.
  static func procescoordinatie(_ cases: [CaseFile]) -> ReportFigure {
    let evaluations = cases.flatMap(\.state.handovers)
      .filter { $0.lane == .procescoordinatie }.compactMap(\.evaluation)
    let n = evaluations.count
    func share(_ keyPath: KeyPath<HandoverEvaluation, Bool>) -> ReportFigure.Value {
      .share(part: evaluations.filter { $0[keyPath: keyPath] }.count, of: n)
    }
    let rating = n == 0 ? 0 : Double(evaluations.reduce(0) { $0 + $1.rating }) / Double(n)
    return ReportFigure(
      id: "procescoordinatie",
      rows: [
        .init("evaluated", .count(n)), .init("movement", share(\.movement)),
        .init("cooperation", share(\.cooperation)),
        .init("sharedPerspective", share(\.sharedPerspective)),
        .init("addedValue", share(\.addedValue)),
        .init("meanRating", .number((rating * 10).rounded() / 10, of: n)),
        .init("costBefore", .euros(evaluations.reduce(0) { $0 + $1.costBefore }, of: n)),
        .init("costAfter", .euros(evaluations.reduce(0) { $0 + $1.costAfter }, of: n)),
      ])
  }

  /// Open, closed and reopened cases.
  static func lifecycle(_ cases: [CaseFile]) -> ReportFigure {
    var reopened = 0
    for file in cases {
      let changes = file.events.filter { $0.type == CaseEventType.edited }
        .compactMap { try? $0.payload.decode(CaseEdited.self) }.flatMap(\.changes)
      if changes.contains(where: {
        $0.field == .phase && $0.old == .string(Phase.afgesloten.rawValue)
      }) {
        reopened += 1
      }
    }
    let closed = cases.filter { $0.state.phase == .afgesloten }.count
    return ReportFigure(
      id: "lifecycle",
      rows: [
        .init("open", .count(cases.count - closed)), .init("closed", .count(closed)),
        .init("reopened", .count(reopened)),
      ])
  }

  /// Dates counted per month (`YYYY-MM`): the melding dates (the trend) or the closure
  /// dates, for the charts in the app.
  static func perMonth(_ id: String, _ dates: [LocalDate]) -> ReportFigure {
    counted(id, dates) { String(format: "%04d-%02d", $0.year, $0.month) }
  }

  /// Dates counted per quarter (`YYYY-Qn`): summed from the cases, not from the months, so a
  /// month under five still counts in its quarter.
  static func perQuarter(_ id: String, _ dates: [LocalDate]) -> ReportFigure {
    counted(id, dates) { String(format: "%04d-Q%d", $0.year, ($0.month - 1) / 3 + 1) }
  }

  /// How many dates fall under each key, in key order.
  private static func counted(_ id: String, _ dates: [LocalDate], key: (LocalDate) -> String)
    -> ReportFigure
  {
    var counts: [String: Int] = [:]
    for d in dates { counts[key(d), default: 0] += 1 }
    return ReportFigure(
      id: id, rows: counts.sorted { $0.key < $1.key }.map { .init($0.key, .count($0.value)) })
  }

  /// The median of some numbers; `nil` for none.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
}

/// Groups free-text reasons without carrying their words into the report.
///
/// A reason typed by a professional may name a person ("zoon Yusuf woont in Dubai"); the report
/// never shows the text, only a group: the first matching theme, else `other`.
public enum ReasonGroup {
  /// Themes and the words that place a reason in them, checked in order.
  static let themes: [(String, [String])] = [
    (
      "network-unavailable",
      [
        "netwerk", "familie", "zoon", "dochter", "buur", "mantelzorg", "buitenland",
        "niet bereikbaar",
      ]
    ),
    ("waiting-list", ["wachtlijst", "wachttijd"]),
    ("not-suitable", ["past niet", "niet passend", "niet geschikt", "te zwaar", "te licht"]),
    ("safety", ["veilig", "geweld", "acuut", "crisis"]),
    ("refused", ["wil niet", "weigert", "geen behoefte"]),
    ("not-enough", ["niet voldoende", "onvoldoende", "niet genoeg"]),
    ("cost", ["kosten", "duur", "betalen", "eigen bijdrage"]),
  ]

  public static func key(_ reason: String) -> String {
    let text = reason.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    for (theme, words) in themes where words.contains(where: { text.contains($0) }) { return theme }
    return "other"
  }
}
