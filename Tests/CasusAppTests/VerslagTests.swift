import CasusApp
import CasusCore
import Foundation
import TerminalUI
import TestSupport
import Testing

@Suite("The verslag")
struct VerslagTests {
  static let notes: [String: String] = [
    "kennismaking": "Mevrouw stemt in met aantekeningen.",
    "hulpvraag": "„Ik wil zelf blijven koken.”\nDe trap naar de kelder is zwaar geworden.",
    "brede-uitvraag/financien": "Huur twee maanden achter (brief van de corporatie).",
    "brede-uitvraag/huisvesting": "Woont op driehoog zonder lift.",
    "veiligheid": "Geen zorgen over de kinderen; wel over de partner.",
    "wensen": "Over een half jaar weer zelf boodschappen doen.",
    "afspraken": "Consulent belt de ouderenbond; over twee weken weer bellen.",
  ]

  /// A case whose conversation holds every kind of answer.
  static func talkedCase() throws -> CaseFile {
    let today = Fixtures.today
    var file = Fixtures.caseFile(name: "Nguyễn Thị Lan")
    file = try file.applying(
      .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"),
      at: Fixtures.now, today: today, actor: "Consulent Jansen")
    file = try file.applying(
      .updateConversation(
        ConversationUpdate(
          notes: notes,
          status: ["brede-uitvraag/werk-opleiding": .skipped, "hulpvraag": .done],
          position: Conversation.Position(item: "veiligheid", cursor: 0), elapsedSeconds: 2700,
          network: [
            NetworkMember(
              name: "Yusuf", relation: "zoon", canDo: "belt elke week",
              cannotDo: "boodschappen (woont in Dubai)", reachable: false)
          ],
          safety: SafetyConcern(raised: true, note: "partner schreeuwde tijdens het gesprek"),
          consent: Consent(toRecord: true, toInvolveOthers: false))),
      at: Fixtures.now, today: today, actor: "Consulent Jansen")
    file = try file.applying(
      .recordResponse(VerslagResponse(date: today, text: "Mijn zoon belt twee keer per week.")),
      at: Fixtures.now, today: today, actor: "Consulent Jansen")
    return file
  }

  static func document(_ file: CaseFile, language: Language = .nl) -> ReportDocument {
    Verslag.document(
      .init(
        file: file, guide: Fixtures.guide, clocks: Fixtures.clocks, today: Fixtures.today,
        language: language, timeZone: Fixtures.utc))
  }

  @Test("every answer is in the Markdown verbatim, in the order of the guide")
  func everyAnswerInOrder() throws {
    let markdown = Self.document(try Self.talkedCase()).markdown
    let guide = try #require(Fixtures.guide)
    var position = markdown.startIndex
    var checked = 0
    for item in guide.items() {
      guard let note = Self.notes[item.id] else { continue }
      checked += 1
      for line in note.split(separator: "\n") {
        let found = try #require(
          markdown.range(of: "> " + line, range: position..<markdown.endIndex),
          "\(item.id): \(line) missing or out of order")
        position = found.upperBound
      }
    }
    #expect(checked == Self.notes.count, "a note's page is not in the guide")
    #expect(markdown.contains("> ik wil graag hulp bij één ding"))
    #expect(markdown.contains("> Mijn zoon belt twee keer per week."))
  }

  @Test("the safety remark is marked, the network listed, skipped and untouched domains named")
  func marksAndLists() throws {
    let markdown = Self.document(try Self.talkedCase()).markdown
    #expect(
      markdown.contains(
        "> **!** Let op: in dit gesprek is een zorg over de veiligheid gemeld.\n"
          + "> **!** partner schreeuwde tijdens het gesprek"))
    #expect(
      markdown.contains(
        "- Yusuf (zoon); kan: belt elke week; kan niet: boodschappen (woont in Dubai); "
          + "niet bereikbaar hiervoor"))
    #expect(markdown.contains("Overgeslagen: Werk & opleiding."))
    #expect(markdown.contains("Niet besproken: Tijdsbesteding, Huiselijke relaties"))
    #expect(!markdown.contains("### Tijdsbesteding"))
    #expect(markdown.contains("Toestemming om anderen te betrekken: nee"))
  }

  @Test("the dates and every legal term with its article, and what comes next")
  func datesAndClocks() throws {
    let markdown = Self.document(try Self.talkedCase()).markdown
    #expect(markdown.contains("| Meldingsdatum | 20-11-2026 |"))
    // 20-11 + 6 weeks is New Year's Day; the Algemene termijnenwet moves it past the weekend.
    #expect(
      markdown.contains(
        "| Onderzoek afgerond | nog 40 dagen (uiterlijk 04-01-2027) · Wmo 2015 art. 2.3.2 lid 1 |"
      ))
    #expect(markdown.contains("Beschikking op de aanvraag | start nog niet"))
    #expect(markdown.contains("## Vervolg\n\nPersoonlijk plan inleveren: nog 2 dagen"))
  }

  @Test("the plain text fits 80 columns, also with wide characters")
  func plainTextWidth() throws {
    var file = try Self.talkedCase()
    file.state.household.name = "山田 花子 Nguyễn محمد ትግርኛ"
    let text = Self.document(file).plainText(width: 80)
    for line in text.split(separator: "\n") {
      #expect(String(line).displayWidth <= 80, "\(line)")
    }
    #expect(text.contains("!!  Let op: in dit gesprek is een zorg over de veiligheid gemeld."))
  }

  @Test("control characters in a note never reach the output as controls")
  func sanitised() throws {
    var file = try Self.talkedCase()
    file.state.question = "naam\u{1B}]0;pwned\u{07}\u{1B}[2J"
    let document = Self.document(file)
    for output in [document.markdown, document.plainText()] {
      #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
      #expect(output.contains("naam␛]0;pwned␇␛[2J"))
    }
  }

  @Test("in English the headings and the words around the notes are English")
  func english() throws {
    let markdown = Self.document(try Self.talkedCase(), language: .en).markdown
    #expect(markdown.contains("# Report of the conversation: Nguyễn Thị Lan"))
    #expect(markdown.contains("Attention: a concern about safety was raised"))
    #expect(markdown.contains("> Woont op driehoog zonder lift."))
  }
}

@Suite("The verslag in the app")
struct VerslagScreenTests {
  func state(_ size: Size = Size(width: 100, height: 30)) throws -> AppState {
    var file = try VerslagTests.talkedCase()
    file.revision = 3
    return Fixtures.state(size: size, cases: [file])
  }

  @Test("v opens the verslag; w writes it as Markdown and text and records the export")
  func writeFiles() throws {
    var state = try state()
    Fixtures.play("v", on: &state)
    guard case .document(let viewer) = state.mode else {
      Issue.record("no document view: \(state.mode)")
      return
    }
    #expect(render(state).plainText().contains("Verslag van het gesprek: Nguyễn Thị Lan"))
    let effects = Fixtures.play("w", on: &state)
    guard case .writeExport(let id, let kind, let files) = effects.first else {
      Issue.record("no export effect: \(effects)")
      return
    }
    #expect(id == viewer.caseID && kind == "verslag")
    #expect(
      files.map(\.name) == [
        "C-TEST0001-verslag-2026-11-25.md", "C-TEST0001-verslag-2026-11-25.txt",
      ])
    #expect(files[0].content == viewer.document.markdown)
    let recorded = reduce(
      &state,
      .exportWritten(
        caseID: id, kind: kind, formats: ["md", "txt"],
        paths: files.map { "exports/" + $0.name }), Fixtures.context())
    guard case .save(let file) = recorded.first else {
      Issue.record("the export was not recorded: \(recorded)")
      return
    }
    let event = try #require(file.events.last)
    #expect(event.type == "case.exported")
    #expect(try event.payload.decode(CaseExported.self).format == "md+txt")
    _ = reduce(&state, .saved(file), Fixtures.context())
    #expect(state.message?.text.hasPrefix("Verslag opgeslagen: exports/C-TEST0001-verslag") == true)
  }

  @Test("r records the client's response in their words; v records that the verslag was sent")
  func responseAndSent() throws {
    var state = try state()
    let effects = Fixtures.play(
      "vrIk ben het er niet mee eens:\nde trap gaat nog.<C-s>", on: &state)
    guard case .save(let file) = effects.first else {
      Issue.record("no save: \(effects)")
      return
    }
    #expect(
      file.state.verslagResponses.last
        == VerslagResponse(
          date: Fixtures.today, text: "Ik ben het er niet mee eens:\nde trap gaat nog."))
    var saved = file
    saved.revision = 4
    _ = reduce(&state, .saved(saved), Fixtures.context())
    #expect(state.message?.text == "Reactie vastgelegd.")
    guard case .document(let viewer) = state.mode else {
      Issue.record("left the verslag after the save")
      return
    }
    #expect(viewer.response == nil)
    #expect(viewer.document.markdown.contains("> de trap gaat nog."))
    let sent = Fixtures.play("v", on: &state)
    guard case .save(let marked) = sent.first else {
      Issue.record("no save for verslag sent: \(sent)")
      return
    }
    #expect(marked.state.milestones.verslagSent == Fixtures.today)
  }

  @Test("Esc with a typed response asks first; a second Esc discards it")
  func escAsks() throws {
    var state = try state()
    Fixtures.play("vrhalve zin<Esc>", on: &state)
    guard case .document(let viewer) = state.mode else { return }
    #expect(viewer.response?.text.text == "halve zin")
    #expect(state.message?.kind == .error)
    Fixtures.play("<Esc>", on: &state)
    guard case .document(let after) = state.mode else { return }
    #expect(after.response == nil)
  }

  @Test("a read-only store shows the verslag but refuses to change anything")
  func readOnly() throws {
    var state = try state()
    state.readOnly = true
    let effects = Fixtures.play("vwrv", on: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text == "Alleen lezen: er wordt niets opgeslagen.")
  }

  @Test(
    "the verslag view at 80×24 and 120×40",
    arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func snapshots(size: Size) throws {
    var state = try state(size)
    Fixtures.play(":verslag<Enter>jjjjjjjjjjjjjjjjjjjj", on: &state)
    #expect(Snapshot.mismatch(render(state), named: "verslag-\(size.width)x\(size.height)") == nil)
  }
}
