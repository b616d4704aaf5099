import CasusCore
import Foundation

/// Builds fictional cases through the real engine, so every generated file is a case the app
/// itself could have written: its history replays, its events validate.
public struct SyntheticCase: Sendable {
  /// The matrix definitions the generator scores with (shipped ones).
  public var definitions: [MatrixDefinition]
  /// The profile's rung ids, lightest first.
  public var ladder: [String]
  /// The day the store is generated "on"; melding dates fall in the three years before it.
  public var today: LocalDate

  public init(definitions: [MatrixDefinition], ladder: [String], today: LocalDate) {
    self.definitions = definitions
    self.ladder = ladder
    self.today = today
  }

  /// Case number `index` of a store generated with `seed`: the same inputs give the same case.
  public func make(index: Int, seed: UInt64) throws -> CaseFile {
    var rng = SeededRandom(seed: seed &* 1_000_003 &+ UInt64(index))
    let melding = today.adding(days: -rng.int(0...1095))
    var clock = Clock(date: melding, seconds: rng.int(8 * 3600...17 * 3600), limit: today)
    let actors = [
      "Consulent Jansen (consulent)", "Peter Langenberg (consulent)", "Willem Post (consulent)",
    ]
    let actor = rng.pick(actors)
    let family = rng.pick(SyntheticNames.family)
    var members: [Member] = []
    for n in 0..<rng.int(1...6) {
      let role: Member.Role = n == 0 ? .client : (n == 1 && rng.chance(0.6) ? .partner : .child)
      let born =
        role == .child
        ? melding.adding(days: -rng.int(365...6500)) : melding.adding(days: -rng.int(6600...32000))
      members.append(
        Member(name: "\(rng.pick(SyntheticNames.given)) \(family)", born: born, role: role))
    }
    let law: Law = members.contains { $0.role == .child } && rng.chance(0.3) ? .jeugdwet : .wmo
    var file = try CaseFile.open(
      NewMelding(
        householdName: family, members: members, question: rng.pick(SyntheticNames.questions),
        meldingDate: melding, source: rng.pick(Melding.Source.allCases),
        regie: Regie(holder: .resident), law: law, clientSupportOffered: rng.chance(0.7)),
      id: CaseID.make(random: rng.next()), at: clock.now, today: today, actor: actor)
    func apply(_ command: CaseCommand, after days: Int = 0) throws {
      clock.advance(days: days, rng: &rng)
      file = try file.applying(command, at: clock.now, today: today, actor: actor)
    }
    // The keukentafelgesprek, in a few sittings.
    try apply(
      .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"),
      after: rng.int(1...14))
    let safety = rng.chance(0.06)
    for sitting in 0..<rng.int(1...3) {
      var notes: [String: String] = file.state.conversation?.notes ?? [:]
      for item in [
        "kennismaking", "hulpvraag", "brede-uitvraag/financien", "brede-uitvraag/sociaal-netwerk",
        "netwerk", "wensen", "afspraken",
      ]
      where rng.chance(0.6) {
        notes[item] = rng.pick(SyntheticNames.notes) + (sitting > 0 ? " (vervolg)" : "")
      }
      try? apply(
        .updateConversation(
          ConversationUpdate(
            notes: notes,
            status: Dictionary(uniqueKeysWithValues: notes.keys.map { ($0, StepStatus.done) }),
            position: Conversation.Position(item: "afspraken", cursor: 0),
            elapsedSeconds: (sitting + 1) * rng.int(900...3600),
            network: [
              NetworkMember(
                name: rng.pick(SyntheticNames.given),
                relation: rng.pick(["zoon", "dochter", "buurvrouw", "zus"]),
                reachable: rng.chance(0.5))
            ],
            safety: safety
              ? SafetyConcern(raised: true, note: "zorg over de veiligheid thuis") : nil,
            consent: Consent(toRecord: true, toInvolveOthers: rng.chance(0.8)))),
        after: rng.int(0...10))
    }
    // Meetmomenten: one to four, mostly the 13-domain ZRM.
    let definition = rng.chance(0.85) ? definitions[0] : rng.pick(definitions)
    var level = Dictionary(uniqueKeysWithValues: definition.domains.map { ($0.id, rng.int(1...4)) })
    for _ in 0..<rng.int(1...4) {
      let scores = definition.domains.map { domain -> DomainScore in
        guard rng.chance(0.85) else { return DomainScore(domain: domain.id) }
        level[domain.id] = min(5, max(1, (level[domain.id] ?? 3) + rng.int(-1...1)))
        return DomainScore(
          domain: domain.id, score: level[domain.id], target: rng.chance(0.3) ? 4 : nil)
      }
      clock.advance(days: rng.int(20...120), rng: &rng)
      let date = min(clock.date, today)
      try? apply(
        .recordMeasurement(
          MatrixMeasurement(
            definitionID: definition.id, definitionVersion: definition.version, date: date,
            scoredBy: actor, scores: scores),
          definition: definition))
    }
    if safety {
      try? apply(
        .safety(
          .open(
            SafetyLane(
              opened: min(clock.date, today), source: .conversation,
              reason: "zorg over de veiligheid thuis"))))
    }
    // The ladder: one or two needs, rung by rung.
    let needDomains = definition.domains.filter { (level[$0.id] ?? 5) <= 3 }.prefix(2)
    for domain in needDomains {
      try? apply(
        .ladder(
          .openNeed(
            SupportNeed(id: domain.id, domain: domain.id, title: domain.name.nl),
            profile: "generiek")))
      let top = rng.int(0...(ladder.count - 1))
      for (i, rung) in ladder.enumerated() where i <= top {
        let helps = i == top
        let offer = ArrangedOffer(
          id: "aanbod-\(i)", name: rng.pick(SyntheticNames.organisations),
          status: rng.chance(0.7) ? .active : .requested, requested: min(clock.date, today),
          started: rng.chance(0.7) ? min(clock.date, today) : nil,
          voorziening: i == ladder.count - 1
            ? Voorziening(
              aanvraag: min(clock.date, today), decision: rng.chance(0.7) ? .granted : nil,
              decided: rng.chance(0.7) ? min(clock.date, today) : nil, motivation: "maatwerk nodig")
            : nil)
        let decision = RungDecision(
          considered: true, note: helps ? "" : "niet voldoende", offers: helps ? [offer] : [],
          suffices: helps ? .yes : .no,
          reason: helps
            ? "" : rng.pick(["netwerk niet beschikbaar", "wachtlijst", "past niet bij de vraag"]))
        try? apply(
          .ladder(.recordRung(need: domain.id, rung: rung, decision: decision, ladder: ladder)),
          after: rng.int(0...5))
      }
    }
    // A plan for most households.
    if rng.chance(0.75) {
      try? apply(.plan(.regisseur(members[0].name)))
      try? apply(
        .plan(
          .goal(
            id: "g1",
            HouseholdPlan.Goal(
              id: "g1", domain: needDomains.first?.id, text: "de basis op orde", targetLevel: 4,
              targetDate: clock.date.adding(days: 180)))))
      try? apply(
        .plan(
          .action(
            id: "a1",
            HouseholdPlan.Action(
              id: "a1", owner: .professional, ownerName: "consulent", what: "aanvraag indienen",
              due: clock.date.adding(days: rng.int(-30...60))))))
    }
    // Many professionals and high costs in a few stuck households, handed over.
    if rng.chance(0.08) {
      for n in 0..<rng.int(6...15) {
        try? apply(
          .involvement(
            .set(
              id: "p\(n)",
              Involvement(
                id: "p\(n)", name: rng.pick(SyntheticNames.organisations),
                yearlyCost: rng.int(0...20) * 1000))))
      }
      var h = Handover(
        id: "H1", lane: rng.chance(0.5) ? .procescoordinatie : .meerTeam,
        laneName: "Procescoördinatie",
        from: actor, to: "Procescoördinatie", reasons: ["Onvrede over de voortgang"])
      h.consent = HandoverConsent(kind: .consent, detail: "mondeling", date: min(clock.date, today))
      try? apply(.handover(.create(h)))
      try? apply(.handover(.submit(id: "H1", date: min(clock.date, today))))
      if rng.chance(0.6) { try? apply(.handover(.accept(id: "H1", date: min(clock.date, today)))) }
    }
    // Milestones: most onderzoeken finished, some overdue.
    if rng.chance(0.8) {
      let finished = min(melding.adding(days: rng.int(10...50)), today)
      try? apply(
        .edit(
          CaseEdit(
            milestones: Milestones(
              onderzoekFinished: finished, verslagSent: rng.chance(0.8) ? finished : nil))))
    }
    // About a fifth of the older cases were closed, a few months after the melding.
    if melding.adding(days: 150) < today, rng.chance(0.2) {
      let closed = min(melding.adding(days: rng.int(90...150)), today)
      try? apply(
        .close(date: max(closed, clock.date), reason: "Doelen bereikt", retentionYears: 15))
    }
    // Views and exports bring each history to between 20 and 200 events.
    let target = rng.int(20...200)
    while file.events.count < target {
      if rng.chance(0.9) {
        try apply(.recordView(CaseViewed(what: "detail")))
      } else {
        try apply(
          .recordExport(CaseExported(document: "verslag", format: "md", destination: "stdout")))
      }
    }
    file.revision = 1
    return file
  }

  /// The time inside a generated history: it only moves forward, never past today.
  struct Clock {
    var date: LocalDate
    var seconds: Int

    var now: Date {
      Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + Double(seconds))
    }

    /// The last day of the history: the day the store is generated.
    var limit: LocalDate

    mutating func advance(days: Int, rng: inout SeededRandom) {
      date = min(date.adding(days: days), limit)
      seconds = min(86_399, seconds + rng.int(1...600))
    }
  }
}
