import CasusCore
import Foundation
import TestSupport
import Testing

@Suite("Rebasing my change on top of theirs")
struct RebaseTests {
  let base = Fixtures.caseFile(id: "C-REBASE01")

  private func edit(_ file: CaseFile, _ edit: CaseEdit, by actor: String) throws -> CaseFile {
    try file.applying(.edit(edit), at: Fixtures.now, today: Fixtures.today, actor: actor)
  }

  @Test("fields only they changed keep their value; mine win where I changed them")
  func registration() throws {
    let theirs = try edit(base, CaseEdit(source: .network, phase: .gesprek), by: "bram")
    let mine = try edit(
      base, CaseEdit(question: "mijn nieuwe vraag", phase: .onderzoek), by: "anna")
    let merged = try mine.rebased(
      onto: theirs, at: Fixtures.now, today: Fixtures.today, actor: "anna")
    #expect(merged.state.melding.source == .network)
    #expect(merged.state.question == "mijn nieuwe vraag")
    #expect(merged.state.phase == .onderzoek)
    #expect(merged.events.map(\.actor) == ["consulent", "bram", "anna"])
    #expect(merged.problems().filter { !$0.contains("revision") }.isEmpty)
    #expect(mine.fieldsNotCarried(by: merged).isEmpty)
  }

  @Test("a change to a field the merge does not carry is reported, so the copy is kept")
  func notCarried() throws {
    let theirs = try edit(base, CaseEdit(source: .network), by: "bram")
    var mine = try edit(base, CaseEdit(question: "mijn vraag"), by: "anna")
    // The ladder, the plan, handovers and meetmomenten are not merged (yet): a change to one
    // of them must be noticed.
    mine.state.profile = "haarlem"
    let merged = try mine.rebased(
      onto: theirs, at: Fixtures.now, today: Fixtures.today, actor: "anna")
    #expect(merged.state.question == "mijn vraag")
    #expect(mine.fieldsNotCarried(by: merged) == ["profile"])
  }

  @Test("conversation notes merge per page")
  func notes() throws {
    let guide = try #require(Fixtures.guide)
    let started = try base.applying(
      .startConversation(guideID: guide.id, guideVersion: guide.version, firstItem: "a"),
      at: Fixtures.now, today: Fixtures.today, actor: "consulent")
    func noted(_ file: CaseFile, _ notes: [String: String], by actor: String) throws -> CaseFile {
      var update = ConversationUpdate(try #require(file.state.conversation))
      update.notes.merge(notes) { _, new in new }
      return try file.applying(
        .updateConversation(update), at: Fixtures.now, today: Fixtures.today, actor: actor)
    }
    let common = try noted(started, ["a": "begin", "b": "basis"], by: "consulent")
    let theirs = try noted(common, ["b": "hun tekst"], by: "bram")
    let mine = try noted(common, ["a": "mijn tekst"], by: "anna")
    let merged = try mine.rebased(
      onto: theirs, at: Fixtures.now, today: Fixtures.today, actor: "anna")
    #expect(merged.state.conversation?.notes == ["a": "mijn tekst", "b": "hun tekst"])
    #expect(throws: CaseError.nothingChanged) {
      try theirs.rebased(onto: merged, at: Fixtures.now, today: Fixtures.today, actor: "x")
    }
  }
}
