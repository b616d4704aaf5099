import CasusCore
import Foundation
import TestSupport
import Testing

@Suite("When a case is urgent, and the reason of the safety lane")
struct UrgencyTests {
  let today = Fixtures.today

  func apply(_ file: CaseFile, _ command: CaseCommand) throws -> CaseFile {
    try file.applying(command, at: Fixtures.now, today: today, actor: "consulent")
  }

  func acute(_ file: CaseFile, on date: LocalDate, financien: Int) throws -> CaseFile {
    let zrm = Fixtures.matrix("zrm-2017")
    return try apply(
      file,
      .recordMeasurement(
        Fixtures.measurement(zrm, on: date, scores: [financien, 3, 3]), definition: zrm))
  }

  @Test("a domain at level 1 makes the case urgent until a safety lane settles it")
  func acuteDomain() throws {
    var file = try acute(Fixtures.caseFile(meldingDay: 2), on: today.adding(days: -2), financien: 1)
    #expect(file.state.urgencyReasons == [.acute(domains: ["financien"])])
    #expect(file.state.isUrgent)
    file = try apply(
      file, .safety(.open(SafetyLane(opened: today, source: .matrix, reason: "niveau 1"))))
    #expect(file.state.urgencyReasons == [.safetyLane(reason: "niveau 1")])
    file = try apply(file, .safety(.close(date: today, reason: "regeling getroffen")))
    #expect(!file.state.isUrgent, "the lane was closed for the scores it was opened for")
    // A later meetmoment with a level 1 counts again.
    file = try acute(file, on: today, financien: 2)
    #expect(!file.state.isUrgent)
    let later = try acute(file, on: today, financien: 1)
    #expect(!later.state.isUrgent, "the same day as the closing is still settled")
    #expect(try CaseState.replay(id: later.id, events: later.events) == later.state)
  }

  @Test("a safety concern from the conversation is urgent while no lane was opened for it")
  func conversation() throws {
    var file = try apply(
      Fixtures.caseFile(),
      .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"))
    var update = ConversationUpdate(try #require(file.state.conversation))
    update.safety = SafetyConcern(raised: true, note: "blauwe plekken gezien")
    file = try apply(file, .updateConversation(update))
    #expect(file.state.urgencyReasons == [.conversation(note: "blauwe plekken gezien")])
    #expect(UrgencyReason.conversation(note: "").code == "conversation")
    file = try apply(
      file,
      .safety(.open(SafetyLane(opened: today, source: .conversation, reason: "blauwe plekken"))))
    file = try apply(file, .safety(.close(date: today, reason: "veiligheidsplan werkt")))
    #expect(file.state.urgencyReasons.isEmpty)
  }

  @Test("the lane's reason can be worded again while it is open, not after")
  func reason() throws {
    var file = try apply(
      Fixtures.caseFile(),
      .safety(.open(SafetyLane(opened: today, source: .matrix, reason: "standaardreden"))))
    #expect(throws: CaseError.nothingChanged) {
      try apply(file, .safety(.reason("standaardreden")))
    }
    #expect(throws: CaseError.emptyReason) { try apply(file, .safety(.reason("  "))) }
    file = try apply(file, .safety(.reason("  huisuitzetting dreigt ")))
    #expect(file.state.safetyLane?.reason == "huisuitzetting dreigt")
    #expect(file.events.last?.type == "safety.laneReasonChanged")
    let payload = try #require(try file.events.last?.payload.decode(SafetyReasonChanged.self))
    #expect(payload.old == "standaardreden")
    file = try apply(file, .safety(.close(date: today, reason: "opgelost")))
    #expect(throws: CaseError.noSafetyLane) { try apply(file, .safety(.reason("later"))) }
    #expect(try CaseState.replay(id: file.id, events: file.events) == file.state)
    #expect(CaseEventType.all.contains("safety.laneReasonChanged"))
  }
}
