import CasusCore
import Foundation
import Testing

@Suite("The handover package, its import, the handover dates and the triage order")
struct HandoverPackageTests {
  let now = Date(timeIntervalSince1970: 1_795_599_000)
  let today = LocalDate(year: 2026, month: 11, day: 25)!
  let consulent = LocalUser(name: "Anna de Vries", role: .consulent).actor
  let coordinator = LocalUser(name: "Bo Kramer", role: .procescoordinator).actor
  let placeholders = HandoverPackage.Placeholders(household: "Niet meegestuurd", question: "?")

  /// A household with one meetmoment-free history: a registration with these sections.
  func registered(sections: [HandoverPackage.Section]) throws -> CaseFile {
    var file = try CaseFile.open(
      NewMelding(
        householdName: "El Amrani-Visser",
        members: [Member(name: "Samira El Amrani"), Member(name: "Jeroen Visser", role: .partner)],
        question: "het loopt vast", meldingDate: today.adding(days: -30)),
      id: CaseID("C-PKG00001")!, at: now, today: today, actor: consulent)
    file = try file.applying(
      .involvement(
        .set(id: "P1", Involvement(id: "P1", name: "Wijkagent Bakker", yearlyCost: 4_000))),
      at: now, today: today, actor: consulent)
    var h = Handover(
      id: "H1", lane: .procescoordinatie, laneName: "Procescoördinatie", from: consulent,
      to: "Procescoördinatie", reasons: ["Onvrede over de voortgang"], whyStuck: "te veel hulp",
      question: "wie neemt de regie?", sections: sections)
    h.consent = HandoverConsent(kind: .consent, detail: "mondeling", date: today)
    for command: HandoverCommand in [.create(h), .submit(id: "H1", date: today)] {
      file = try file.applying(.handover(command), at: now, today: today, actor: consulent)
    }
    return file
  }

  @Test("a package carries only the chosen sections, and reads back the same")
  func onlyChosenSections() throws {
    let file = try registered(sections: [.question, .involved])
    let package = try HandoverPackage.document(
      of: file, handover: "H1", exportedAt: now, exportedBy: consulent)
    #expect(package.question == "het loopt vast")
    #expect(package.involvements?.map(\.name) == ["Wijkagent Bakker"])
    #expect(package.household == nil && package.regie == nil && package.measurements == nil)
    #expect(package.ladder == nil && package.plan == nil && package.conversation == nil)
    #expect(package.summary.members == 2)
    let json = String(decoding: HandoverPackage.encode(package), as: UTF8.self)
    #expect(!json.contains("Samira"), "a name went along without the household section")
    #expect(json.contains("\"format\" : \"casus-handover\""))
    #expect(try HandoverPackage.decode(HandoverPackage.encode(package)) == package)
  }

  @Test(
    "a malformed package is refused with the field that is wrong",
    arguments: [
      ("{ niet af", "the document"),
      (#"{"format": "iets anders", "version": 1}"#, "format"),
      (#"{"format": "casus-handover", "version": 9}"#, "version"),
    ])
  func malformedHeader(text: String, field: String) {
    #expect(throws: HandoverPackageError.self) { try HandoverPackage.decode(Data(text.utf8)) }
    do {
      _ = try HandoverPackage.decode(Data(text.utf8))
    } catch {
      #expect(error.field == field, "\(error)")
    }
  }

  @Test("a package without a ground, with a part it may not carry, or a bad value names it")
  func malformedContent() throws {
    let file = try registered(sections: [.question])
    let package = try HandoverPackage.document(
      of: file, handover: "H1", exportedAt: now, exportedBy: consulent)
    let good =
      try JSONSerialization.jsonObject(with: HandoverPackage.encode(package))
      as? [String: Any] ?? [:]
    func field(_ change: (inout [String: Any]) -> Void) -> String {
      var object = good
      change(&object)
      let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
      do {
        _ = try HandoverPackage.decode(data)
        return "accepted"
      } catch {
        return error.field
      }
    }
    #expect(
      field { o in
        var h = o["handover"] as? [String: Any] ?? [:]
        h["consent"] = nil
        o["handover"] = h
      } == "handover.consent")
    #expect(
      field { $0["household"] = ["name": "X", "members": [["name": "X", "role": "client"]]] }
        == "household")
    #expect(
      field { o in
        var h = o["handover"] as? [String: Any] ?? [:]
        h["lane"] = "elders"
        o["handover"] = h
      } == "handover.lane")
    #expect(field { $0["caseID"] = nil } == "caseID")
    #expect(
      field { o in
        var h = o["handover"] as? [String: Any] ?? [:]
        h["reasons"] = [String]()
        o["handover"] = h
      } == "handover.reasons")
  }

  @Test("an import builds a new case whose handover waits in the receiving queue")
  func importLandsInQueue() throws {
    let file = try registered(sections: HandoverPackage.Section.allCases)
    let package = try HandoverPackage.document(
      of: file, handover: "H1", exportedAt: now, exportedBy: consulent)
    let imported = try HandoverPackage.importedCase(
      try HandoverPackage.decode(HandoverPackage.encode(package)), id: CaseID("C-PKG00001")!,
      file: "C-PKG00001-overdracht-H1.json", placeholders: placeholders,
      at: now.addingTimeInterval(3600), today: today, actor: coordinator,
      definition: { _ in nil })
    let h = try #require(imported.state.handovers.first)
    #expect(h.state == .submitted && h.from == consulent && h.submitted == today)
    #expect(h.reasons == ["Onvrede over de voortgang"] && h.whyStuck == "te veel hulp")
    #expect(imported.state.household.members.map(\.name) == ["Samira El Amrani", "Jeroen Visser"])
    #expect(imported.state.involvements.map(\.name) == ["Wijkagent Bakker"])
    #expect(imported.events.last?.type == CaseEventType.handoverImported)
    let provenance = try #require(try imported.events.last?.payload.decode(HandoverImported.self))
    #expect(provenance.exportedBy == consulent && provenance.sourceCase.rawValue == "C-PKG00001")
    #expect(imported.events.allSatisfy { $0.actor == coordinator })
    var saved = imported
    saved.revision = 1
    #expect(saved.problems().isEmpty, "\(saved.problems())")
  }

  @Test("without the household and the question, the import fills in what was not sent")
  func importWithPlaceholders() throws {
    let file = try registered(sections: [.involved])
    let package = try HandoverPackage.document(
      of: file, handover: "H1", exportedAt: now, exportedBy: consulent)
    let imported = try HandoverPackage.importedCase(
      package, id: CaseID("C-PKG00001")!, file: "p.json", placeholders: placeholders, at: now,
      today: today, actor: coordinator, definition: { _ in nil })
    #expect(imported.state.household.name == "Niet meegestuurd C-PKG00001")
    // The question to the team stands in for the client's own words, which were not sent.
    #expect(imported.state.question == "wie neemt de regie?")
  }

  @Test("a meetmoment of a matrix the receiver does not know is refused, naming it")
  func unknownMatrix() throws {
    var file = try registered(sections: [.matrix])
    file.state.measurements = [
      MatrixMeasurement(
        definitionID: "eigen-matrix", definitionVersion: 3, date: today, scoredBy: consulent,
        scores: [DomainScore(domain: "wonen", score: 2)])
    ]
    let package = try HandoverPackage.document(
      of: file, handover: "H1", exportedAt: now, exportedBy: consulent)
    #expect(
      throws: HandoverPackageError(
        field: "measurements[0].definitionID",
        problem: "matrix eigen-matrix version 3 is not known here")
    ) {
      try HandoverPackage.importedCase(
        package, id: CaseID("C-PKG00001")!, file: "p.json", placeholders: placeholders,
        at: now, today: today, actor: coordinator, definition: { _ in nil })
    }
  }

  @Test("the cost before hand-back is the peak since acceptance, not the day of acceptance")
  func costSinceAcceptance() throws {
    var file = try registered(sections: [])
    #expect(file.costSinceAcceptance(of: "H1") == nil)
    file = try file.applying(
      .handover(.accept(id: "H1", date: today)), at: now, today: today, actor: coordinator)
    for (id, cost) in [("P2", 60_000), ("P3", 60_000)] {
      file = try file.applying(
        .involvement(.set(id: id, Involvement(id: id, name: id, yearlyCost: cost))), at: now,
        today: today, actor: coordinator)
    }
    file = try file.applying(
      .involvement(
        .set(id: "P3", Involvement(id: "P3", name: "P3", yearlyCost: 60_000, active: false))),
      at: now, today: today, actor: coordinator)
    let cost = try #require(file.costSinceAcceptance(of: "H1"))
    #expect(cost.atAcceptance == 4_000)
    #expect(cost.peak == 124_000)
    #expect(file.state.yearlyCost == 64_000)
  }

  @Test("six months after acceptance and the relapse check are dates to look at again")
  func deadlines() throws {
    var file = try registered(sections: [])
    #expect(file.state.handoverDeadlines.isEmpty)
    file = try file.applying(
      .handover(.accept(id: "H1", date: today)), at: now, today: today, actor: coordinator)
    let six = try #require(file.state.handoverDeadlines.first)
    #expect(six.kind == .procescoordinatie && six.due == LocalDate(year: 2027, month: 5, day: 25))
    #expect(six.daysLeft(on: today) == 181)
    file = try file.applying(
      .handover(.close(id: "H1", reason: "ingetrokken", date: today)), at: now, today: today,
      actor: coordinator)
    #expect(file.state.handoverDeadlines.isEmpty, "a closed handover has no clock")

    var state = file.state
    var meer = Handover(
      id: "H2", lane: .meerTeam, laneName: "Meer-team", from: consulent, to: "Meer-team")
    meer.state = .accepted
    meer.doorbraak = Doorbraak(
      solution: "tijdelijke woning", reason: "dak", cost: 9_000, decided: today,
      relapseCheck: today.adding(days: 90))
    state.handovers.append(meer)
    #expect(state.handoverDeadlines.map(\.kind) == [.relapseCheck])
    state.plan.monitoring.append(
      HouseholdPlan.Monitoring(reminder: "relapse:H2", date: today, note: "geen terugval"))
    #expect(state.handoverDeadlines.isEmpty, "a relapse check that was done is not shown again")
  }

  @Test("triage: three signals outweigh one, ties go to the registration waiting longest")
  func triageOrder() {
    let a = CaseID("C-AAAAAAAA")!
    let b = CaseID("C-BBBBBBBB")!
    let c = CaseID("C-CCCCCCCC")!
    let one = [StuckSignal(kind: .noJointPlan, evidence: .noPlan)]
    let three = [
      StuckSignal(kind: .noJointPlan, evidence: .noPlan),
      StuckSignal(kind: .manyProfessionals, evidence: .professionals(12)),
      StuckSignal(kind: .highCost, evidence: .cost(120_000)),
    ]
    let ranked = TriageEntry.ranked([
      TriageEntry(caseID: a, signals: one),
      TriageEntry(caseID: b, signals: one, registered: today),
      TriageEntry(caseID: c, signals: three),
    ])
    #expect(ranked.map(\.caseID) == [c, b, a])
    #expect(ranked[0].score == 7)
    #expect(ranked[0].explained.map(\.kind) == [.highCost, .manyProfessionals, .noJointPlan])
  }
}
