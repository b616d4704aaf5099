import CasusCore
import Foundation
import Testing

@Suite("Handovers, the procescoördinatie workspace and the triage signals")
struct HandoverTests {
  let now = Date(timeIntervalSince1970: 1_795_599_000)
  let today = LocalDate(year: 2026, month: 11, day: 25)!
  let consulent = LocalUser(name: "Anna de Vries", role: .consulent).actor
  let coordinator = LocalUser(name: "Anna de Vries", role: .procescoordinator).actor

  func household() throws -> CaseFile {
    var file = try CaseFile.open(
      NewMelding(
        householdName: "El Amrani-Visser",
        members: [Member(name: "Samira El Amrani"), Member(name: "Jeroen Visser", role: .partner)],
        question: "het loopt vast", meldingDate: today.adding(days: -200)),
      id: CaseID("C-STUCK001")!, at: now, today: today, actor: consulent)
    file.revision = 1
    return file
  }

  func apply(_ file: CaseFile, _ command: HandoverCommand, as actor: String) throws -> CaseFile {
    try file.applying(.handover(command), at: now, today: today, actor: actor)
  }

  func registration() -> Handover {
    Handover(
      id: "H1", lane: .procescoordinatie, laneName: "Procescoördinatie", from: consulent,
      to: "Procescoördinatie", reasons: ["Onvrede over de voortgang"])
  }

  @Test("a registration needs a reason and consent, a legal ground or an override")
  func submitNeedsGround() throws {
    var file = try apply(try household(), .create(registration()), as: consulent)
    #expect(file.state.handovers.first?.state == .concept)
    #expect(throws: CaseError.handoverNeedsConsent) {
      try apply(file, .submit(id: "H1", date: today), as: consulent)
    }
    var revised = file.state.handovers[0]
    revised.consent = HandoverConsent(kind: .consent, detail: "mondeling, 25-11", date: today)
    file = try apply(file, .revise(revised), as: consulent)
    file = try apply(file, .submit(id: "H1", date: today), as: consulent)
    #expect(file.state.handovers[0].state == .submitted)
    #expect(file.state.handovers[0].submitted == today)
  }

  @Test("the whole procescoördinatie route, with every step's actor in the history")
  func procescoordinatie() throws {
    var h = registration()
    h.consent = HandoverConsent(kind: .legalGround, detail: "Wmo 2015 art. 5.2.1", date: today)
    var file = try apply(try household(), .create(h), as: consulent)
    file = try apply(file, .submit(id: "H1", date: today), as: consulent)
    file = try apply(file, .accept(id: "H1", date: today), as: coordinator)
    for n in 1...12 {
      file = try file.applying(
        .involvement(
          .set(id: "p\(n)", Involvement(id: "p\(n)", name: "Professional \(n)", yearlyCost: 10_000))
        ),
        at: now, today: today, actor: coordinator)
    }
    #expect(file.state.activeInvolvements.count == 12)
    #expect(file.state.yearlyCost == 120_000)
    for basic in Basic.allCases {
      file = try file.applying(
        .involvement(.basic(basic, BasicStatus(stable: true, note: "op orde", date: today))),
        at: now, today: today, actor: coordinator)
    }
    #expect(file.state.basicsStable)
    file = try apply(file, .start(id: "H1", date: today), as: coordinator)
    #expect(throws: CaseError.handoverNeedsEvaluation) {
      try apply(
        file, .handBack(id: "H1", to: "wijkcoach Sanne", evaluation: nil, date: today),
        as: coordinator)
    }
    let evaluation = HandoverEvaluation(
      movement: true, cooperation: true, sharedPerspective: false, addedValue: true, rating: 8,
      costBefore: 120_000, costAfter: 64_000)
    file = try apply(
      file,
      .handBack(
        id: "H1", to: "wijkcoach Sanne", evaluation: evaluation, date: today.adding(days: 150)),
      as: coordinator)
    let done = file.state.handovers[0]
    #expect(done.state == .returned && done.returnedTo == "wijkcoach Sanne")
    #expect(done.evaluation?.rating == 8)
    let steps = file.events.filter { $0.type == CaseEventType.handoverStateChanged }
    #expect(steps.map(\.actor) == [consulent, coordinator, coordinator, coordinator])
    #expect(throws: CaseError.handoverTransition(from: .returned, to: .accepted)) {
      try apply(file, .accept(id: "H1", date: today), as: coordinator)
    }
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
  }

  @Test("a declined Meer-team registration goes back to the sender with its reason")
  func declined() throws {
    var h = Handover(
      id: "H1", lane: .meerTeam, laneName: "Meer-team", from: consulent, to: "Meer-team",
      reasons: ["Meerdere problemen tegelijk"])
    h.consent = HandoverConsent(kind: .consent, detail: "schriftelijk", date: today)
    var file = try apply(try household(), .create(h), as: consulent)
    file = try apply(file, .submit(id: "H1", date: today), as: consulent)
    let meerteam = LocalUser(name: "Bo Kramer", role: .meerteam).actor
    #expect(throws: CaseError.emptyReason) {
      try apply(file, .decline(id: "H1", reason: " ", date: today), as: meerteam)
    }
    file = try apply(
      file, .decline(id: "H1", reason: "eerst het wijkteam inzetten", date: today), as: meerteam)
    #expect(file.state.handovers[0].state == .declined)
    #expect(file.state.handovers[0].declineReason == "eerst het wijkteam inzetten")
    // The sender may submit it again; the reason is cleared then.
    file = try apply(file, .submit(id: "H1", date: today), as: consulent)
    #expect(file.state.handovers[0].declineReason == nil)
    file = try apply(file, .accept(id: "H1", date: today), as: meerteam)
    let doorbraak = Doorbraak(
      solution: "tijdelijke woning via de corporatie", reason: "zonder dak lukt niets anders",
      cost: 9_000, decided: today, relapseCheck: today.adding(months: 6))
    file = try apply(file, .recordDoorbraak(id: "H1", doorbraak), as: meerteam)
    #expect(file.state.handovers[0].doorbraak?.mandate == "alle vormen van zorg en ondersteuning")
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
  }

  @Test("the triage signals: each with its evidence, three outweigh one")
  func signals() throws {
    var stuck = try household().state
    for n in 1...11 {
      stuck.involvements.append(Involvement(id: "p\(n)", name: "P\(n)", yearlyCost: 12_000))
    }
    let signals = StuckSignals.evaluate(
      stuck, lastEvent: today.adding(days: -90), overdue: [("Onderzoek afgerond", 5)], today: today)
    #expect(
      Set(signals.map(\.kind)) == [
        .manyProfessionals, .highCost, .overdueDeadline, .noJointPlan, .noRecentContact,
      ])
    #expect(signals.first { $0.kind == .highCost }?.evidence == .cost(132_000))
    #expect(signals.first { $0.kind == .noRecentContact }?.evidence == .silence(days: 90))
    var calm = try household().state
    calm.plan.agreements = [HouseholdPlan.Agreement(id: "a", text: "bellen")]
    let one = StuckSignals.evaluate(
      calm, lastEvent: today, overdue: [("Onderzoek afgerond", 1)], today: today)
    #expect(one.map(\.kind) == [.overdueDeadline])
    #expect(signals.reduce(0) { $0 + $1.weight } > one.reduce(0) { $0 + $1.weight })
  }

  @Test("six months of procescoördinatie: overdue the day after, counting calendar months")
  func sixMonths() throws {
    #expect(
      LocalDate(year: 2026, month: 8, day: 31)!.adding(months: 6)
        == LocalDate(year: 2027, month: 2, day: 28))
    var state = try household().state
    var h = registration()
    h.state = .inProgress
    h.accepted = today.adding(months: -7)
    state.handovers = [h]
    state.plan.agreements = [HouseholdPlan.Agreement(id: "a", text: "x")]
    let signals = StuckSignals.evaluate(state, lastEvent: today, overdue: [], today: today)
    #expect(signals.map(\.kind) == [.overdueDeadline])
  }
}
