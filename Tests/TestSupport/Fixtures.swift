import CasusApp
import CasusCore
import CasusResources
import Foundation
import TerminalUI

/// Fixed inputs for tests: a clock, dates and fictional households.
public enum Fixtures {
  /// 2026-11-25 09:30:00 UTC.
  public static let now = Date(timeIntervalSince1970: 1_795_599_000)
  public static let today = LocalDate(year: 2026, month: 11, day: 25) ?? LocalDate(dayNumber: 0)
  public static let utc = TimeZone(identifier: "UTC") ?? .current

  /// A reducer context at ``now`` with a fixed id.
  public static func context(id: String = "C-TEST0001", actor: String = "consulent")
    -> ReduceContext
  {
    ReduceContext(
      now: now, today: today, newCaseID: CaseID(id) ?? CaseID.make(random: 1),
      actor: actor, clockTime: "09:30")
  }

  /// A registered case for a fictional household.
  public static func caseFile(
    id: String = "C-TEST0001", name: String = "Cliënt Brouwer-Öztürk",
    question: String = "ik wil graag hulp bij één ding", meldingDay: Int = 20,
    members: [Member]? = nil
  ) -> CaseFile {
    let melding = NewMelding(
      householdName: name,
      members: members ?? [Member(name: name, born: LocalDate(year: 1980, month: 3, day: 12))],
      question: question,
      meldingDate: LocalDate(year: 2026, month: 11, day: meldingDay) ?? today)
    var file =
      (try? CaseFile.open(
        melding, id: CaseID(id) ?? CaseID.make(random: 2), at: now, today: today,
        actor: "consulent"))
      ?? CaseFile(
        id: CaseID.make(random: 3), revision: 0,
        state: CaseState(
          id: CaseID.make(random: 3), household: Household(name: "", members: []), question: "",
          melding: Melding(date: today, source: .self)), events: [])
    file.revision = 1
    return file
  }

  /// An app state of the given size over the given cases, in Dutch, without colour.
  public static func state(
    size: Size = Size(width: 80, height: 24), cases: [CaseFile] = [],
    language: Language = .nl
  ) -> AppState {
    var state = AppState(
      language: language, size: size, storeDescription: "/home/consulent/casus",
      cases: cases.sorted(by: AppState.listOrder), today: today, colors: false, timeZone: utc)
    state.guide = guide
    state.clocks = clocks
    state.matrices = matrices
    state.matrix = matrices.latest("zrm-2017")
    state.process = process
    return state
  }

  /// The shipped municipality profiles with `generiek` active, as the app loads them.
  public static let process: ProcessLibrary = ProcessLibrary.load(active: nil, ownKaart: nil)
    .library

  /// The shipped profiles with another one active (`haarlemmermeer`).
  public static func process(_ active: String) -> ProcessLibrary {
    ProcessLibrary.load(active: active, ownKaart: nil).library
  }

  /// The shipped matrix definitions, as the app loads them.
  public static let matrices: MatrixLibrary = MatrixChoice.shipped().library

  /// A shipped matrix definition by id (an empty one if it is missing, so tests fail on it).
  public static func matrix(_ id: String) -> MatrixDefinition {
    matrices.latest(id)
      ?? MatrixDefinition(
        id: id, version: 1, title: LocalizedText(nl: "", en: ""),
        source: LocalizedText(nl: "", en: ""), levels: [],
        notDiscussed: LocalizedText(nl: "", en: ""), domains: [])
  }

  /// A meetmoment with `scores` in the definition's domain order (`nil`: not discussed).
  public static func measurement(
    _ definition: MatrixDefinition, on date: LocalDate, scores: [Int?], targets: [Int?] = [],
    notes: [String?] = [], by actor: String = "consulent"
  ) -> MatrixMeasurement {
    MatrixMeasurement(
      definitionID: definition.id, definitionVersion: definition.version, date: date,
      scoredBy: actor,
      scores: definition.domains.enumerated().map { i, domain in
        DomainScore(
          domain: domain.id, score: i < scores.count ? scores[i] : nil,
          note: i < notes.count ? notes[i] : nil, target: i < targets.count ? targets[i] : nil)
      })
  }

  /// A case with these meetmomenten recorded through the engine (revision 1, as if saved).
  public static func measuredCase(
    id: String = "C-MATRIX01", name: String = "Cliënt Brouwer-Öztürk", meldingDay: Int = 2,
    _ measurements: [MatrixMeasurement]
  ) -> CaseFile {
    var file = caseFile(id: id, name: name, meldingDay: meldingDay)
    for m in measurements {
      let definition = matrices.definition(m.reference) ?? matrix(m.definitionID)
      if let next = try? file.applying(
        .recordMeasurement(m, definition: definition), at: now, today: today, actor: m.scoredBy)
      {
        file = next
      }
    }
    file.revision = 1
    return file
  }

  /// The shipped conversation guide, as the app loads it.
  public static let guide: ConversationGuide? = try? ConversationGuide.decode(
    CasusResources.data("guides/keukentafel.v1.json"))

  /// The shipped legal clocks, as the app loads them.
  public static let clocks: LegalClockSet? = try? LegalClockSet.decode(
    CasusResources.data("clocks/legal-clocks.v1.json"))

  /// Plays keys (headless notation) through the reducer, collecting effects.
  @discardableResult
  public static func play(
    _ keys: String, on state: inout AppState,
    context: ReduceContext = Fixtures.context()
  ) -> [Effect] {
    var effects: [Effect] = []
    for event in (try? KeyNotation.parse(keys)) ?? [] {
      effects += reduce(&state, .event(event), context)
    }
    return effects
  }
}
