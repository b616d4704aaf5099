import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI
import TestSupport
import Testing

@Suite("The keukentafelgesprek screen")
struct ConversationScreenTests {
  /// A state with one case selected, a fixed clock `seconds` after ``Fixtures/now``.
  func state(_ size: Size = Size(width: 100, height: 30)) -> AppState {
    Fixtures.state(size: size, cases: [Fixtures.caseFile()])
  }

  func context(after seconds: Double) -> ReduceContext {
    var context = Fixtures.context()
    context.now = Fixtures.now.addingTimeInterval(seconds)
    return context
  }

  func session(_ state: AppState) -> ConversationSession? {
    if case .conversation(let session) = state.mode { return session }
    return nil
  }

  /// The case file in the first save effect.
  func savedFile(_ effects: [Effect]) -> CaseFile? {
    for case .save(let file) in effects { return file }
    return nil
  }

  @Test("g opens the first step; text typed there is kept when moving on and coming back")
  func typeMoveAndReturn() throws {
    var state = state()
    Fixtures.play("g", on: &state)
    #expect(session(state)?.item?.id == "kennismaking")
    Fixtures.play("Ze wil graag zelf blijven koken.<C-n>Één ding: de trap.", on: &state)
    #expect(session(state)?.item?.id == "hulpvraag")
    Fixtures.play("<C-p>", on: &state)
    #expect(session(state)?.editor.text == "Ze wil graag zelf blijven koken.")
    #expect(session(state)?.status["kennismaking"] == .inProgress)
    #expect(session(state)?.notes["hulpvraag"] == "Één ding: de trap.")
  }

  @Test("a step can be skipped and returned to, and marked done from the steps list")
  func skipAndReturn() throws {
    var state = state()
    Fixtures.play("g<C-n><C-k><C-n>Financiën: huur is achterstallig.", on: &state)
    #expect(session(state)?.status["hulpvraag"] == .skipped)
    // Back to the skipped step through the list: Tab, up, Enter; the skip is lifted by typing.
    Fixtures.play("<Tab>k<Enter>alsnog besproken<C-d>", on: &state)
    #expect(session(state)?.item?.id == "hulpvraag")
    #expect(session(state)?.status["hulpvraag"] == .done)
    #expect(session(state)?.notes["brede-uitvraag"] == "Financiën: huur is achterstallig.")
  }

  @Test("Esc saves the conversation into the case, verbatim, and leaves the screen")
  func escSaves() throws {
    var state = state()
    let note = "Mevrouw zegt: „ik red het niet meer”.\nZoon Nguyễn belt één keer per week."
    let effects = Fixtures.play("g<C-r><C-n>\(note)<Esc>", on: &state)
    let file = try #require(savedFile(effects))
    #expect(file.state.conversation?.notes["hulpvraag"] == note)
    #expect(file.state.conversation?.consent.toRecord == true)
    #expect(file.state.conversation?.position.item == "hulpvraag")
    #expect(file.state.phase == .gesprek)
    var stored = file
    stored.revision = 2
    #expect(stored.problems().isEmpty, "\(stored.problems())")
    _ = reduce(&state, .saved(file), Fixtures.context())
    #expect(state.mode == .browse)
    #expect(state.message?.text == "Gesprek opgeslagen.")
  }

  @Test("reopening the conversation returns to the same step and cursor position")
  func resumesWhereItPaused() throws {
    var state = state()
    let effects = Fixtures.play("g<C-n>hulp bij boodschappen<Left><Left><Left><Esc>", on: &state)
    var file = try #require(savedFile(effects))
    file.revision = 2
    _ = reduce(&state, .saved(file), Fixtures.context())
    Fixtures.play("g", on: &state)
    let resumed = try #require(session(state))
    #expect(resumed.item?.id == "hulpvraag")
    #expect(resumed.editor.text == "hulp bij boodschappen")
    #expect(resumed.editor.cursor == "hulp bij boodschappen".count - 3)
  }

  @Test("the draft is written at most every two seconds while typing, and at once on Ctrl-C")
  func draftsWhileTyping() throws {
    var state = state()
    Fixtures.play("g", on: &state)
    var drafts: [ConversationDraft] = []
    for (i, c) in "één woord".enumerated() {
      for case .writeDraft(let draft) in reduce(
        &state, .event(.key(.char(c))), context(after: Double(i) * 0.5))
      {
        drafts.append(draft)
      }
    }
    // Keys at 0, 0.5, … 4.0 s: drafts at 0, 2 and 4 s.
    #expect(drafts.map(\.savedAt) == [0, 2, 4].map { Fixtures.now.addingTimeInterval($0) })
    #expect(drafts.last?.update.notes["kennismaking"] == "één woord")
    // A tick after a pause writes what the last key left behind.
    _ = reduce(&state, .event(.key(.char("!"))), context(after: 4.2))
    let ticked = reduce(&state, .tick, context(after: 6.5))
    #expect(
      ticked.contains {
        if case .writeDraft(let d) = $0 {
          return d.update.notes["kennismaking"] == "één woord!"
        } else {
          return false
        }
      })
    // Ctrl-C never loses the last letters: the draft is written before quitting.
    _ = reduce(&state, .event(.key(.char("?"))), context(after: 6.6))
    let quit = reduce(&state, .event(.key(.ctrl("c"))), context(after: 6.7))
    #expect(quit.last == .quit)
    #expect(
      quit.contains {
        if case .writeDraft(let d) = $0 {
          return d.update.notes["kennismaking"] == "één woord!?"
        } else {
          return false
        }
      })
  }

  @Test("a draft found at start is offered, and h puts its text back on screen")
  func recoversDraft() throws {
    var state = state()
    let file = Fixtures.caseFile()
    let update = ConversationUpdate(
      notes: ["hulpvraag": "half getypte zin over één"], status: ["hulpvraag": .inProgress],
      position: Conversation.Position(item: "hulpvraag", cursor: 5), elapsedSeconds: 300,
      network: [], safety: nil, consent: Consent())
    state.drafts = [
      ConversationDraft(caseID: file.id, baseRevision: 1, savedAt: Fixtures.now, update: update)
    ]
    state.overlay = .recover
    let screen = render(state).plainText()
    #expect(screen.contains("Er is een niet-opgeslagen gesprek"), "\(screen)")
    Fixtures.play("h", on: &state)
    let recovered = try #require(session(state))
    #expect(recovered.item?.id == "hulpvraag")
    #expect(recovered.editor.text == "half getypte zin over één")
    #expect(recovered.editor.cursor == 5)
    #expect(state.overlay == nil)
  }

  @Test("the safety flag and the network list are part of the saved conversation")
  func safetyAndNetwork() throws {
    var state = state()
    // To the network step (after 2 steps and the broad sweep with its domains), add a person.
    let guide = try #require(Fixtures.guide)
    let networkIndex = try #require(guide.items().firstIndex { $0.step.kind == .network })
    let moves = String(repeating: "<C-n>", count: networkIndex)
    let effects = Fixtures.play(
      "g\(moves)<Tab>aYusuf<Tab>zoon<Tab>belt<Tab>boodschappen doen<Tab>n<Enter><C-t><C-s>",
      on: &state)
    let file = try #require(savedFile(effects))
    #expect(
      file.state.conversation?.network == [
        NetworkMember(
          name: "Yusuf", relation: "zoon", canDo: "belt", cannotDo: "boodschappen doen",
          reachable: false)
      ])
    #expect(file.state.conversation?.safety?.raised == true)
  }

  @Test(
    "the conversation screen at 80×24 and 120×40",
    arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func snapshots(size: Size) throws {
    var state = Fixtures.state(
      size: size,
      cases: [Fixtures.caseFile(name: "Nguyễn Thị Lan", question: "Mijn moeder redt het niet")])
    Fixtures.play("g", on: &state)
    Fixtures.play(
      "<C-r>Mevrouw Nguyễn vertelt dat haar dochter één keer per week komt. Zij wil graag "
        + "zelf blijven koken, maar de trap naar de kelder is zwaar geworden.<C-d><C-n><C-k>"
        + "<C-n><C-n>Huur is twee maanden achter; brief van de woningcorporatie (محمد).",
      on: &state, context: context(after: 754))
    let screen = render(state)
    #expect(
      Snapshot.mismatch(screen, named: "conversation-\(size.width)x\(size.height)") == nil)
    // The hardware cursor sits in the editor, after the typed text.
    let cursor = try #require(screen.cursor)
    #expect(cursor.x > ConversationLayoutProbe.pageX(size))
  }
}

/// Where the page pane starts, measured from the screen rather than from internal layout.
enum ConversationLayoutProbe {
  static func pageX(_ size: Size) -> Int { max(28, min(40, size.width * 3 / 10)) }
}
