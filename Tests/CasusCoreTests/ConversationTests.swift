import CasusCore
import CasusResources
import Foundation
import Testing

@Suite("The keukentafelgesprek in the case file")
struct ConversationTests {
  let now = Date(timeIntervalSince1970: 1_795_599_000)
  let today = LocalDate(year: 2026, month: 11, day: 25)!

  func openCase() throws -> CaseFile {
    var file = try CaseFile.open(
      NewMelding(
        householdName: "Brouwer-Öztürk", members: [Member(name: "Cliënt Brouwer-Öztürk")],
        question: "ik wil graag hulp bij één ding", meldingDate: today),
      id: CaseID("C-GESPREK1")!, at: now, today: today, actor: "anna")
    file.revision = 1  // as saved
    return file
  }

  func started() throws -> CaseFile {
    try openCase().applying(
      .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"),
      at: now, today: today, actor: "anna")
  }

  func update(
    _ file: CaseFile, notes: [String: String] = [:], status: [String: StepStatus] = [:],
    item: String = "kennismaking", cursor: Int = 0, seconds: Int = 60,
    network: [NetworkMember] = [], safety: SafetyConcern? = nil, consent: Consent = Consent()
  ) -> ConversationUpdate {
    ConversationUpdate(
      notes: notes, status: status, position: Conversation.Position(item: item, cursor: cursor),
      elapsedSeconds: seconds, network: network, safety: safety, consent: consent)
  }

  @Test("starting the conversation moves the case to the gesprek phase, once")
  func start() throws {
    let file = try started()
    #expect(file.state.phase == .gesprek)
    #expect(file.state.conversation?.position.item == "kennismaking")
    #expect(throws: CaseError.conversationAlreadyStarted) {
      try file.applying(
        .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "x"),
        at: now, today: today, actor: "anna")
    }
  }

  @Test("an update records only what changed, one event per change, and replays exactly")
  func updateRecordsChanges() throws {
    let file = try started()
    let note =
      "Ze wil zelf blijven koken.\nDe trap is zwaar geworden; één keer per dag naar beneden."
    let first = try file.applying(
      .updateConversation(
        update(
          file, notes: ["hulpvraag": note], status: ["hulpvraag": .inProgress],
          item: "hulpvraag", cursor: 12,
          network: [NetworkMember(name: "Yusuf", relation: "zoon", reachable: false)],
          safety: SafetyConcern(raised: true, note: "partner schreeuwde"),
          consent: Consent(toRecord: true, toInvolveOthers: false))),
      at: now.addingTimeInterval(60), today: today, actor: "anna")
    let types = first.events.dropFirst(2).map(\.type)
    #expect(
      types == [
        "conversation.consentChanged", "conversation.noteChanged",
        "conversation.stepStatusChanged", "network.changed", "safety.changed",
        "conversation.positionSaved",
      ])
    #expect(first.state.conversation?.notes["hulpvraag"] == note)
    #expect(
      first.state.conversation?.position == Conversation.Position(item: "hulpvraag", cursor: 12))
    #expect(first.problems().isEmpty, "\(first.problems())")
    #expect(try CaseState.replay(id: first.id, events: first.events) == first.state)

    // The same update again changes nothing and is refused, not recorded.
    let same = try #require(first.state.conversation)
    #expect(throws: CaseError.nothingChanged) {
      try first.applying(
        .updateConversation(ConversationUpdate(same)), at: now, today: today, actor: "anna")
    }
    // Clearing a note records old → new and removes it from the state.
    var cleared = ConversationUpdate(same)
    cleared.notes = [:]
    let second = try first.applying(
      .updateConversation(cleared), at: now, today: today, actor: "anna")
    let change = try #require(try second.events.last?.payload.decode(NoteChanged.self))
    #expect(change.old == note && change.new == "")
    #expect(second.state.conversation?.notes.isEmpty == true)
  }

  @Test("an update before the conversation started is refused")
  func updateBeforeStart() throws {
    let file = try openCase()
    #expect(throws: CaseError.conversationNotStarted) {
      try file.applying(
        .updateConversation(update(file, notes: ["x": "y"])), at: now, today: today,
        actor: "anna")
    }
  }

  @Test("a response to the verslag and an export are facts in the history")
  func responseAndExport() throws {
    let file = try started()
    let responded = try file.applying(
      .recordResponse(VerslagResponse(date: today, text: "Mijn zoon belt één keer per week.")),
      at: now, today: today, actor: "anna")
    #expect(responded.state.verslagResponses.map(\.text) == ["Mijn zoon belt één keer per week."])
    #expect(throws: CaseError.emptyResponse) {
      try file.applying(
        .recordResponse(VerslagResponse(date: today, text: "  ")), at: now, today: today,
        actor: "anna")
    }
    let exported = try responded.applying(
      .recordExport(CaseExported(document: "verslag", format: "md", destination: "stdout")),
      at: now, today: today, actor: "bo")
    #expect(exported.events.last?.type == "case.exported")
    #expect(exported.events.last?.actor == "bo")
    #expect(exported.state == responded.state)
    #expect(exported.problems().isEmpty, "\(exported.problems())")
  }
}

@Suite("The conversation guide as data")
struct ConversationGuideTests {
  func shipped() throws -> ConversationGuide {
    try ConversationGuide.decode(CasusResources.data("guides/keukentafel.v1.json"))
  }

  @Test("the shipped guide validates and has the seven steps in the conversation's order")
  func shippedGuide() throws {
    let guide = try shipped()
    #expect(
      guide.steps.map(\.kind) == [.consent, .text, .domains, .network, .safety, .text, .text])
    #expect(guide.steps.allSatisfy { !$0.prompt.nl.isEmpty && !$0.prompt.en.isEmpty })
    let items = guide.items()
    #expect(items.count == guide.steps.count + guide.defaultDomains.count)
    let domainPages = items.filter { $0.domain != nil }
    #expect(domainPages.allSatisfy { $0.id.hasPrefix("brede-uitvraag/") })
    let financien = try #require(domainPages.first)
    #expect(financien.prompt("nl").contains(financien.domain?.name.nl.lowercased() ?? "?"))
  }

  @Test("every shipped guide file validates")
  func everyShippedFile() throws {
    let files = CasusResources.files(in: "guides")
    #expect(!files.isEmpty)
    for name in files {
      #expect(throws: Never.self, "\(name)") {
        try ConversationGuide.decode(CasusResources.data("guides/" + name))
      }
    }
  }

  @Test(
    "a malformed guide is refused with a message naming the step and field",
    arguments: [
      (#""prompt""#, #""promt""#, "prompt"),
      (#""id": "hulpvraag""#, #""id": "kennismaking""#, "used twice"),
      ("{domein}", "{domain}", "domainPrompt"),
      (#""kind": "safety""#, #""kind": "network""#, "only one step may be of kind network"),
    ])
  func malformedGuide(from: String, to: String, expected: String) throws {
    let text = String(
      decoding: try CasusResources.data("guides/keukentafel.v1.json"), as: UTF8.self)
    #expect(text.contains(from))
    var broken = text
    if let range = broken.range(of: from) { broken.replaceSubrange(range, with: to) }
    let error = #expect(throws: GuideError.self) {
      try ConversationGuide.decode(Data(broken.utf8))
    }
    #expect(error?.description.contains(expected) == true, "\(error?.description ?? "")")
  }
}
