import CasusApp
import CasusCore
import TerminalUI
import TestSupport
import Testing

/// The ladder screen through the keys: hulpvragen, rungs, the sociale kaart, comply or
/// explain, offers and op- en afschalen.
@Suite("The ladder through the keys")
struct LadderReducerTests {
  func ladder(_ state: AppState) -> LadderScreen? {
    if case .ladder(let screen) = state.mode { return screen }
    return nil
  }

  func file(_ state: AppState, _ id: String = "C-DEJONG01") -> CaseFile? {
    state.cases.first { $0.id.rawValue == id }
  }

  func picker(_ state: AppState) -> Picker? {
    switch ladder(state)?.overlay {
    case .needPicker(let p), .kaart(let p, _), .network(let p, _): return p
    default: return nil
    }
  }

  @Test("l on a case without hulpvragen offers the life domains, scored 1–3 and discussed first")
  func suggestions() throws {
    let zrm = Fixtures.matrix("zrm-2017")
    var scores = [Int?](repeating: 4, count: 13)
    scores[0] = 3  // financien
    scores[9] = 2  // instrumentele-adl
    var measured = Fixtures.deJong()
    measured = try measured.applying(
      .recordMeasurement(
        Fixtures.measurement(zrm, on: Fixtures.today, scores: scores), definition: zrm),
      at: Fixtures.now, today: Fixtures.today, actor: "consulent")
    var state = Fixtures.state(cases: [measured])
    Fixtures.play("l", on: &state)
    let list = try #require(picker(state))
    #expect(
      list.items.prefix(3).map(\.id) == ["instrumentele-adl", "financien", "sociaal-netwerk"])
    #expect(list.items[0].detail == "matrix: niveau 2")
    #expect(list.items[2].detail == "besproken in het gesprek")
    #expect(list.items[2].tag == "voorgesteld")
    #expect(list.items.count == 13)
    // Typing filters (diacritics do not matter); a text that is no domain is a question.
    Fixtures.play("financ", on: &state)
    #expect(picker(state)?.items.map(\.title) == ["Financiën", "Eigen vraag: financ"])
    Fixtures.play("<C-u>bridgen met anderen", on: &state)
    #expect(picker(state)?.items.map(\.isFreeText) == [true])
    Fixtures.playSaving("<Enter>", on: &state)
    let need = try #require(file(state)?.state.needs.first)
    #expect(need.id == "vraag-1")
    #expect(need.title == "bridgen met anderen")
    #expect(need.domain == nil)
    #expect(file(state)?.state.profile == "generiek")
    #expect(ladder(state)?.focus == .rungs)
    #expect(ladder(state)?.overlay == nil)
  }

  @Test("specialist care without the lighter rungs asks a reason for each, then saves them all")
  func complyOrExplain() throws {
    var state = Fixtures.state(cases: [Fixtures.deJong()])
    Fixtures.playSaving("lbasale<Enter>jjj/verzorging", on: &state)
    #expect(picker(state)?.items.first?.id == "persoonlijke-verzorging")
    Fixtures.playSaving("<Enter>", on: &state)
    guard
      case .form(let form, .offer(let rung, nil, "persoonlijke-verzorging")) = ladder(state)?
        .overlay
    else {
      Issue.record("expected the offer form, got \(String(describing: ladder(state)?.overlay))")
      return
    }
    #expect(rung == "specialistisch")
    #expect(form.has("aanvraag"), "a rung with a beschikking asks for the aanvraag")
    #expect(form.text("aanvraag") == Fixtures.today.dutch)
    var effects = Fixtures.playSaving("<C-s>", on: &state)
    #expect(effects.isEmpty, "nothing is saved before the reasons are in")
    guard case .reasons(let prompt) = ladder(state)?.overlay else {
      Issue.record("expected the reasons, got \(String(describing: ladder(state)?.overlay))")
      return
    }
    #expect(prompt.rungs == ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam"])
    #expect(render(state).plainText().contains("Waarom volstaat Eigen kracht en eigen netwerk"))
    // An empty reason is asked again, not refused by the engine.
    effects = Fixtures.playSaving("<Enter>", on: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text.contains("Noteer waarom") == true)
    // Esc goes back to the form, with the aanvraag still in it.
    Fixtures.playSaving("<Esc>", on: &state)
    guard case .form(let back, _) = ladder(state)?.overlay else {
      Issue.record("Esc did not go back to the form")
      return
    }
    #expect(back.text("name") == "Persoonlijke verzorging en begeleiding thuis")
    Fixtures.playSaving("<C-s>zoon in het buitenland<Enter>typo<S-Tab>", on: &state)
    if case .reasons(let again) = ladder(state)?.overlay {
      #expect(again.index == 0)
      #expect(again.input.text == "zoon in het buitenland")
    }
    effects = Fixtures.playSaving(
      "<Enter><C-u>vrijwilligers wassen niet<Enter>wijkteam kan niet verzorgen<Enter>",
      on: &state)
    let saved = try #require(file(state))
    let need = try #require(saved.state.needs.first)
    #expect(need.decision(on: "eigen-kracht").reason == "zoon in het buitenland")
    #expect(need.decision(on: "basisinfrastructuur").reason == "vrijwilligers wassen niet")
    #expect(need.decision(on: "sociaal-wijkteam").reason == "wijkteam kan niet verzorgen")
    #expect(!need.decision(on: "eigen-kracht").considered)
    let offer = try #require(need.decision(on: "specialistisch").offers.first)
    #expect(offer.voorziening?.aanvraag == Fixtures.today)
    #expect(effects.filter { if case .save = $0 { return true } else { return false } }.count == 1)
    #expect(saved.events.suffix(4).allSatisfy { $0.type == "ladder.rungRecorded" })
    #expect(state.message?.text == "De 3 redenen en de hulp zijn opgeslagen.")
    #expect(saved.problems().filter { !$0.contains("revision") }.isEmpty)
  }

  @Test("the network from the conversation can be ticked; someone unreachable is marked")
  func network() throws {
    var state = Fixtures.state(cases: [Fixtures.deJong()])
    Fixtures.playSaving("lsociaal<Enter>w", on: &state)
    let list = try #require(picker(state))
    #expect(list.multiple)
    #expect(list.items.map(\.title) == ["Jan de Jong"])
    #expect(list.items.first?.tag == "niet bereikbaar")
    Fixtures.playSaving("<Space><Enter>", on: &state)
    let decision = try #require(file(state)?.state.needs.first?.decision(on: "eigen-kracht"))
    #expect(decision.network == ["Jan de Jong"])
    #expect(decision.considered)
    #expect(render(state).plainText().contains("Netwerk: Jan de Jong (niet bereikbaar)"))
    // What the rung brings, and that it does not suffice.
    Fixtures.playSaving(
      "<Enter><C-u>zoon komt bijna nooit<Tab><Space><Space><Space><Tab>niemand kan helpen<C-s>",
      on: &state)
    let after = try #require(file(state)?.state.needs.first?.decision(on: "eigen-kracht"))
    #expect(after.note == "zoon komt bijna nooit")
    #expect(after.suffices == .no)
    #expect(after.reason == "niemand kan helpen")
    #expect(after.network == ["Jan de Jong"])
  }

  @Test("s moves an offer from asked to running to ended, with today's dates")
  func offerStatus() throws {
    var state = Fixtures.state(cases: [Fixtures.deJongArranged()])
    Fixtures.play("l", on: &state)
    // Rows: rung 1, rung 2, ouderenbond, BUUV.
    Fixtures.playSaving("jjjs", on: &state)
    var buuv = try #require(
      file(state)?.state.needs.first?.decision(on: "basisinfrastructuur").offers[1])
    #expect(buuv.status == .active)
    #expect(buuv.started == Fixtures.today)
    #expect(state.message?.text == "BUUV: medespelers voor bridge: loopt sinds 25-11-2026.")
    Fixtures.playSaving("s", on: &state)
    buuv = try #require(
      file(state)?.state.needs.first?.decision(on: "basisinfrastructuur").offers[1])
    #expect(buuv.status == .ended)
    #expect(buuv.ended == Fixtures.today)
    #expect(Fixtures.playSaving("s", on: &state).isEmpty)
    // x twice takes it out of the arrangement.
    Fixtures.playSaving("x", on: &state)
    #expect(file(state)?.state.needs.first?.decision(on: "basisinfrastructuur").offers.count == 2)
    Fixtures.playSaving("x", on: &state)
    #expect(file(state)?.state.needs.first?.decision(on: "basisinfrastructuur").offers.count == 1)
  }

  @Test("op- en afschalen needs a reason and opens the ladder again")
  func stepUp() throws {
    var state = Fixtures.state(cases: [Fixtures.deJongArranged()])
    Fixtures.playSaving("lo", on: &state)
    Fixtures.playSaving("<C-s>", on: &state)
    #expect(state.message?.text == "Geef een reden.")
    Fixtures.playSaving("kan zich niet meer zelf wassen<C-s>", on: &state)
    let need = try #require(file(state)?.state.needs.first)
    #expect(
      need.changes == [
        LadderChange(date: Fixtures.today, direction: .up, reason: "kan zich niet meer zelf wassen")
      ])
    #expect(render(state).plainText().contains("↑ Opgeschaald op 25-11-2026"))
  }

  @Test("an aanvraag starts its own beschikking clock: detail, status line and Termijnen")
  func aanvraagClock() throws {
    var state = Fixtures.state(cases: [Fixtures.deJongArranged()])
    Fixtures.playSaving("ljjjjjjjjj/scootmobiel<Enter><C-s>", on: &state)
    // The wijkteam was not looked at: one reason is asked (rungs 1 and 2 were looked at).
    guard case .reasons(let prompt) = ladder(state)?.overlay else {
      Issue.record("expected one reason to be asked")
      return
    }
    #expect(prompt.rungs == ["sociaal-wijkteam"])
    Fixtures.playSaving("een hulpmiddel vraagt geen coördinatie<Enter>", on: &state)
    let saved = try #require(file(state))
    #expect(saved.state.aanvragen.count == 1, "\(String(describing: ladder(state)?.overlay))")
    let clocks = state.aanvraagClocks(for: saved)
    #expect(clocks.first?.subject == "Scootmobiel (Wmo-hulpmiddel)")
    #expect(clocks.first?.status.dueDate == Fixtures.today.adding(days: 14))
    #expect(
      state.allOpenClocks.contains {
        $0.clock.subject == "Scootmobiel (Wmo-hulpmiddel)" && $0.clock.status.state == .running
      })
    Fixtures.play("<Esc><Esc>t", on: &state)
    #expect(render(state).plainText().contains("Beschikking Scootmobi"))
    // The detail pane names it whole, with its own due date.
    Fixtures.play("<Esc>", on: &state)
    state.size = Size(width: 160, height: 50)
    let detail = render(state).plainText()
    #expect(detail.contains("Beschikking Scootmobiel (Wmo-hulpmiddel): nog 14 dagen"), "\(detail)")
    state.size = Size(width: 80, height: 24)
    // The clock is shown on the offer's row in the ladder, too.
    Fixtures.play("ljjjjjjj", on: &state)
    #expect(render(state).plainText().contains("beschikking nog 14 dagen"))
  }

  @Test("a read-only store shows the ladder but changes nothing")
  func readOnly() throws {
    var state = Fixtures.state(cases: [Fixtures.deJongArranged()])
    state.readOnly = true
    Fixtures.play("l", on: &state)
    #expect(ladder(state) != nil)
    let effects = Fixtures.play("/ouderen<Enter><C-s>n", on: &state)
    #expect(effects.isEmpty)
    #expect(ladder(state)?.overlay == nil)
    #expect(state.message?.text == "Alleen lezen: er wordt niets opgeslagen.")
  }

  @Test("Haarlemmermeer: no wijkteam rung, and the Meer-team is offered beside the ladder")
  func haarlemmermeer() throws {
    var state = Fixtures.state(size: Size(width: 120, height: 40), cases: [Fixtures.deJong()])
    state.process = Fixtures.process("haarlemmermeer")
    Fixtures.playSaving("lwonen<Enter>", on: &state)
    let text = render(state).plainText()
    #expect(text.contains("1 Eigen netwerk"))
    #expect(text.contains("3 Lichte ondersteuning in de buurt"))
    #expect(text.contains("4 Geïndiceerde zorg"))
    #expect(!text.lowercased().contains("wijkteam"), "\(text)")
    #expect(text.contains("Route ernaast: Meer-team — als: meerdere problemen tegelijk"))
    #expect(file(state)?.state.profile == "haarlemmermeer")
  }
}
