import CasusApp
import CasusCore
import CasusResources
import CasusSynthetic
import Foundation
import NCursesBackend
import TerminalUI
import TestSupport
import Testing

@testable import CasusStore

/// The loaders under fuzzing. To fuzz another loader (matrix, profile, scenario), add one
/// entry: a name, a seed, good files to mutate, and a closure that loads one input and
/// renders what loaded (``ScreenCheck``).
extension FuzzTarget {
  static let all: [FuzzTarget] = [caseFile, guide, clocks, matrix, profile, kaart, keys]

  /// The case-file loader (with migration and the event chain), `problems()`, and every
  /// screen a loaded case appears on.
  static let caseFile = FuzzTarget(
    name: "case-file", seed: 0xCA5E_F11E, iterations: 500,
    seeds: { caseSeeds() },
    load: { data in
      var cases: [CaseFile] = []
      var problems: [StoreProblem] = []
      switch CaseFileCoding.decode(data) {
      case .current(let file), .newer(_, .some(let file), _):
        _ = file.problems()
        _ = EventChain.verify(file)
        cases = [file]
      case .newer(_, nil, let reason), .failed(let reason):
        problems = [StoreProblem(file: "cases/C-FUZZ.json", kind: .unreadable, reason: reason)]
      }
      if cases.isEmpty {
        var state = Fixtures.state()
        state.problems = problems
        state.overlay = .problems
        ScreenCheck.expectClean(render(state), "problems", input: data)
        return
      }
      // One size per input (alternating by length), so the budget goes to more inputs.
      let size = ScreenCheck.sizes[data.count % 2]
      for (what, screen) in ScreenCheck.screens(of: cases, sizes: [size]) {
        ScreenCheck.expectClean(screen, what, input: data)
      }
    })

  /// The conversation-guide loader, and the conversation screen on what it loaded.
  static let guide = FuzzTarget(
    name: "guide", seed: 0x6D1D_E5, iterations: 300,
    seeds: { [resource("guides/keukentafel.v1.json")] },
    load: { data in
      guard let guide = try? ConversationGuide.decode(data) else { return }
      let cases = [Fixtures.caseFile(id: "C-GUIDE001")]
      for (what, screen) in ScreenCheck.screens(of: cases, guide: guide)
      where what.hasPrefix("conversation") {
        ScreenCheck.expectClean(screen, what, input: data)
      }
    })

  /// The legal-clock loader, and the screens that show clocks.
  static let clocks = FuzzTarget(
    name: "clocks", seed: 0xC10C_C5, iterations: 300,
    seeds: { [resource("clocks/legal-clocks.v1.json")] },
    load: { data in
      guard let clocks = try? LegalClockSet.decode(data) else { return }
      let cases = [Fixtures.caseFile(id: "C-CLOCK001")]
      for (what, screen) in ScreenCheck.screens(of: cases, clocks: clocks)
      where what.hasPrefix("deadlines") || what.hasPrefix("detail") || what.hasPrefix("list") {
        ScreenCheck.expectClean(screen, what, input: data)
      }
    })

  /// The matrix-definition loader, and the scoring screen on what it loaded.
  static let matrix = FuzzTarget(
    name: "matrix", seed: 0x3A7_81C, iterations: 300,
    seeds: {
      ["matrices/zrm-2017.json", "matrices/haarlemmermeer-5.json"].map(resource)
    },
    load: { data in
      guard let definition = try? MatrixDefinition.decode(data, file: "fuzz.json") else { return }
      for size in ScreenCheck.sizes {
        var state = Fixtures.state(size: size, cases: [Fixtures.caseFile(id: "C-MATRIX01")])
        state.matrix = definition
        for keys in ["m", "m3j", "m?"] {
          var copy = state
          Fixtures.play(keys, on: &copy)
          ScreenCheck.expectClean(render(copy), "scoring \(keys) \(size)", input: data)
        }
      }
    })

  /// The municipality-profile loader.
  static let profile = FuzzTarget(
    name: "profile", seed: 0x9_F11E, iterations: 300,
    seeds: { ["profiles/generiek.v1.json", "profiles/haarlem.v1.json"].map(resource) },
    load: { data in _ = try? MunicipalityProfile.decode(data) })

  /// The sociale-kaart loader (against the shipped profile it belongs to).
  static let kaart = FuzzTarget(
    name: "sociale-kaart", seed: 0x50C1_A1, iterations: 300,
    seeds: { ["sociale-kaart/generiek.v1.json"].map(resource) },
    load: { data in
      guard let profile = try? MunicipalityProfile.decode(resource("profiles/generiek.v1.json"))
      else { return }
      _ = try? SocialeKaart.decode(data, profile: profile)
    })

  /// The ncurses key decoder (codes and escape sequences) and the headless key notation;
  /// whatever keys come out are typed into the app, whose screen must stay clean.
  static let keys = FuzzTarget(
    name: "keys", seed: 0x4E75_DEC0, iterations: 700,
    seeds: {
      [
        Data("nCliënt<Tab>12-03-1980<Tab><Tab><Tab><Tab>één<C-s>".utf8),
        Data("\u{1B}[1;5C\u{1B}OP".utf8),
      ]
    },
    load: { data in
      var keys: [Key] = []
      var index = data.startIndex
      while index + 4 <= data.endIndex {
        let code = data[index..<index + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if let key = KeyDecoder.decode(code: code % 0x11_0000, isFunctionKey: code & 1 == 0) {
          keys.append(key)
        }
        if let key = KeyDecoder.decode(code: code, isFunctionKey: false) { keys.append(key) }
        index += 4
      }
      let text = String(decoding: data, as: UTF8.self)
      for introducer in ["[", "O", "x"] as [Character] {
        if let key = KeyDecoder.decodeEscapeSequence(introducer: introducer, body: text) {
          keys.append(key)
        }
      }
      var events = keys.map(TerminalEvent.key)
      if let parsed = try? KeyNotation.parse(text) {
        // A resize from the notation is kept within reason: the screen is allocated.
        events += parsed.map { event in
          if case .resize(let size) = event {
            return .resize(
              Size(width: min(max(size.width, 1), 300), height: min(max(size.height, 1), 100)))
          }
          return event
        }
      }
      var state = Fixtures.state(cases: [Fixtures.caseFile(id: "C-KEYS0001")])
      let context = Fixtures.context()
      for event in events.prefix(400) { _ = reduce(&state, .event(event), context) }
      ScreenCheck.expectClean(render(state), "after the keys", input: data)
    })

  /// Good case files to mutate: a new case, an edited one, one with a conversation, and the
  /// schema 1 fixture.
  static func caseSeeds() -> [Data] {
    var out: [Data] = []
    let base = Fixtures.caseFile(id: "C-SEED0001")
    out += [(try? CaseFileCoding.encode(EventChain.linked(base))) ?? Data()]
    if let guide = Fixtures.guide,
      var file = try? base.applying(
        .startConversation(guideID: guide.id, guideVersion: guide.version, firstItem: "intro"),
        at: Fixtures.now, today: Fixtures.today, actor: "consulent")
    {
      var update = ConversationUpdate(
        file.state.conversation
          ?? Conversation(
            guideID: guide.id, guideVersion: guide.version, startedAt: Fixtures.now,
            firstItem: "intro"))
      update.notes = ["intro": "de cliënt vertelt", "brede-uitvraag/financien": "schulden"]
      update.network = [
        NetworkMember(
          name: "tante Fatima", relation: "tante", canDo: "boodschappen", cannotDo: "",
          reachable: true)
      ]
      update.safety = SafetyConcern(raised: true, note: "zorg")
      if let next = try? file.applying(
        .updateConversation(update), at: Fixtures.now, today: Fixtures.today, actor: "consulent")
      {
        file = next
      }
      if let edited = try? file.applying(
        .edit(CaseEdit(question: "nieuwe vraag", phase: .onderzoek)), at: Fixtures.now,
        today: Fixtures.today, actor: "consulent")
      {
        out.append((try? CaseFileCoding.encode(EventChain.linked(edited))) ?? Data())
      }
    }
    // Rich histories (meetmomenten, the ladder, plans, handovers) from the synthetic generator.
    let (library, _) = MatrixChoice.shipped()
    let maker = SyntheticCase(
      definitions: ["zrm-2017", "zrm-2013"].compactMap { library.latest($0) },
      ladder: ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"],
      today: Fixtures.today)
    for index in 0..<3 {
      if let file = try? maker.make(index: index, seed: 7) {
        out.append((try? CaseFileCoding.encode(EventChain.linked(file))) ?? Data())
      }
    }
    let fixture = TestSupportPaths.repositoryRoot.appendingPathComponent(
      "Tests/CasusStoreTests/Fixtures/v1/C-V1FIXTURE.json")
    if let data = FileManager.default.contents(atPath: fixture.path) { out.append(data) }
    return out
  }

  static func resource(_ path: String) -> Data { (try? CasusResources.data(path)) ?? Data() }
}
