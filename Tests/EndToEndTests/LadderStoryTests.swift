import Foundation
import TestSupport
import Testing

/// Meneer de Jong (Haarlem 2013, S1:520-530) recorded end to end through the keys of the real
/// binary: three headless sessions on three days (`CASUS_TODAY`), the JSON on disk after each,
/// and the plan export telling the story.
@Suite("Meneer de Jong, end to end through the keys")
struct LadderStoryTests {
  /// One session of the app on `day`, playing `keys`; returns the last screen.
  @discardableResult
  static func session(_ store: TemporaryStore, on day: String, _ keys: String) throws -> String {
    let result = try runCasus(
      ["--store", store.path, "--headless", "--size", "100x30", "--keys", keys],
      env: ["CASUS_TODAY": day, "CASUS_USER": "Peter Langenberg"])
    try #require(result.status == 0, "\(result)")
    return result.stdout
  }

  static func caseJSON(_ store: TemporaryStore) throws -> CaseFileJSON {
    try CaseFileJSON(contentsOf: try #require(store.caseFiles().first))
  }

  /// The decisions of one need by rung, from the file on disk.
  static func rungs(_ file: CaseFileJSON, need: String) -> [String: [String: Any]] {
    let needs = file.state["needs"] as? [[String: Any]] ?? []
    return needs.first { $0["id"] as? String == need }?["rungs"] as? [String: [String: Any]] ?? [:]
  }

  static func offers(_ rung: [String: Any]?) -> [[String: Any]] {
    rung?["offers"] as? [[String: Any]] ?? []
  }

  /// The text with every run of spaces and line breaks as one space.
  static func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  @Test("son abroad, ouderenbond, Milly, buurtbedrijf, BUUV open at six weeks; four years on")
  func deJong() throws {
    let store = try TemporaryStore("de-jong")
    let created = try runCasus(
      [
        "new", "--store", store.path, "--name", "meneer de Jong", "--household", "de Jong",
        "--born", "1945-04-02", "--date", "2026-11-25", "--question",
        "Ik wil graag huishoudelijke hulp en een scootmobiel voor de boodschappen.",
      ], env: ["CASUS_TODAY": "2026-11-25"])
    try #require(created.status == 0, "\(created)")
    let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

    // 25-11-2026, the keukentafelgesprek: loneliness, and a son abroad who cannot help.
    try Self.session(
      store, on: "2026-11-25",
      "g<Tab>" + String(repeating: "j", count: 13)
        + "<Enter>voelt zich erg alleen sinds zijn vrouw is overleden<Tab>jjj<Enter><Tab>"
        + "aJan de Jong<Tab>zoon<Tab>belt soms<Tab>woont in het buitenland en komt bijna nooit"
        + "<Tab>n<Enter><Esc><Esc>")
    // The ladder, lightest first, for two needs; no specialist care.
    let ladder = try Self.session(
      store, on: "2026-11-25",
      // Sociaal netwerk, suggested because it was discussed.
      "l<Enter>w<Space><Enter>"
        + "<Enter>zoon woont in het buitenland en komt bijna nooit; de buren kent hij niet meer"
        + "<Tab><Space><Space><Space><Tab>niemand uit zijn netwerk kan nu helpen<C-s>"
        + "j/ouderenbond<Enter><C-u>Ouderenbond: koffie drinken en een uitstapje<Tab><Space><C-s>"
        + "/buuv<Enter><C-u>BUUV-vraag: medespelers voor bridge<C-s>"
        + "kk<Enter><Tab><Space><C-s>"
        // Instrumentele ADL: the bed and the laundry, the groceries.
        + "ninstrumentele<Enter>"
        + "<Enter>wassen en aankleden lukt; bed verschonen en de was ophangen niet"
        + "<Tab><Space><Space><Space><Tab>durft het niet te vragen; de zoon is er niet<C-s>"
        + "j/thuishulp<Enter><C-u>Milly van Steeg (vrijwilliger ouderenbond): wekelijks bed "
        + "verschonen en de was<Tab><Space><C-s>"
        + "/boodschap<Enter><C-u>Buurtbedrijf: wekelijks de boodschappen, tegen "
        + "onkostenvergoeding<Tab><Space><C-s>"
        + "kk<Enter><Tab><Space><C-s>"
        // One plan, one regisseur.
        + "p<Enter><C-s>jjj<Enter>over zes weken kijken Peter en meneer de Jong samen hoe het "
        + "gaat<C-s>")
    #expect(ladder.contains("Plan · de Jong"), "\(ladder)")
    var file = try Self.caseJSON(store)
    var social = Self.rungs(file, need: "sociaal-netwerk")
    #expect(social["eigen-kracht"]?["network"] as? [String] == ["Jan de Jong"])
    #expect(social["eigen-kracht"]?["suffices"] as? String == "no")
    #expect(
      Self.offers(social["basisinfrastructuur"]).compactMap { $0["offerID"] as? String } == [
        "ouderenbond-bezoek", "buuv-vraag",
      ])
    #expect(Self.offers(social["basisinfrastructuur"]).last?["status"] as? String == "requested")
    let adl = Self.rungs(file, need: "instrumentele-adl")
    #expect(Self.offers(adl["basisinfrastructuur"]).count == 2)
    #expect(adl["specialistisch"] == nil && social["specialistisch"] == nil, "no specialist care")
    #expect(file.state["profile"] as? String == "generiek")

    // 06-01-2027, six weeks on: the agenda says the BUUV request is still open.
    let agenda = try Self.session(store, on: "2027-01-06", "a")
    #expect(agenda.contains("! 09-12-2026, 28 dagen te laat"), "\(agenda)")
    #expect(agenda.contains("nog geen antwoord: BUUV-vraag: medespelers voor bridge"))
    #expect(agenda.contains("06-01-2027, vandaag"))
    try Self.session(
      store, on: "2027-01-06",
      "axBUUV-vraag staat nog open; ouderenbond gebeld, die zoekt een vrijwilliger<C-s>"
        + "xkomt wekelijks, gaat goed<C-s>xMilly komt elke week<C-s>"
        + "xouderenbond komt koffie drinken<C-s><Esc>"
        // The ouderenbond found a volunteer: the request is met.
        + "l<Tab><Tab>jjj<Enter><C-u>Vrijwilliger ouderenbond: rijdt hem naar het Wijkcentrum "
        + "om te bridgen<Tab><Space><C-s>")
    file = try Self.caseJSON(store)
    social = Self.rungs(file, need: "sociaal-netwerk")
    let buuv = try #require(Self.offers(social["basisinfrastructuur"]).last)
    #expect(buuv["status"] as? String == "active")
    #expect(buuv["requested"] as? String == "2026-11-25")
    #expect(buuv["started"] as? String == "2027-01-06")
    let monitoring = (file.state["plan"] as? [String: Any])?["monitoring"] as? [[String: Any]]
    #expect(monitoring?.first?["reminder"] as? String == "request:sociaal-netwerk/buuv-vraag")
    #expect(monitoring?.count == 4)

    // 25-11-2030, four years on: he can no longer wash himself or cook; back up the ladder.
    try Self.session(
      store, on: "2030-11-25",
      "g<Tab>aFatma Öztürk<Tab>buurvrouw<Tab>kookt twee keer per week<Tab><Tab><Enter>"
        + "<Esc><Esc>")
    let after = try Self.session(
      store, on: "2030-11-25",
      "l<Esc>jo<Tab><Tab>85 jaar: kan zich niet meer zelf wassen en niet zelf voor zijn eten "
        + "zorgen; voor de ouderenbond wordt het te zwaar<C-s>"
        + "<Tab>w<Down><Space><Enter>"
        + "j/maaltijd<Enter><Tab><Space><C-s>"
        + "j/wijkteam<Enter><C-u>Sociaal wijkteam: Peter coördineert het nieuwe arrangement"
        + "<Tab><Space><C-s>"
        + "j/verzorging<Enter><C-s>"
        // The beschikking: toegekend, zorg in natura, a year.
        + "<Enter><Tab><Space><Tab><Tab><Tab><Tab><Tab><Space><Tab>25-11-2030<Tab>Zelf wassen "
        + "en eten klaarmaken lukt niet meer; vrijwilligers kunnen dit niet dragen.<Tab>"
        + "01-12-2030<Tab>30-11-2031<Tab><Space><C-s>")
    #expect(after.contains("toegekend"), "\(after)")
    file = try Self.caseJSON(store)
    let later = Self.rungs(file, need: "instrumentele-adl")
    let needs = file.state["needs"] as? [[String: Any]] ?? []
    let changes = needs.first { $0["id"] as? String == "instrumentele-adl" }?["changes"]
    #expect((changes as? [[String: Any]])?.first?["direction"] as? String == "up")
    #expect(later["eigen-kracht"]?["network"] as? [String] == ["Fatma Öztürk"])
    #expect(Self.offers(later["basisinfrastructuur"]).count == 3)
    #expect(Self.offers(later["sociaal-wijkteam"]).count == 1)
    let care = try #require(Self.offers(later["specialistisch"]).first)
    let v = try #require(care["voorziening"] as? [String: Any])
    #expect(v["aanvraag"] as? String == "2030-11-25")
    #expect(v["decision"] as? String == "granted")
    #expect(v["form"] as? String == "zin")
    #expect(v["end"] as? String == "2031-11-30")
    // Every rung of the generic ladder is in the new arrangement.
    #expect(
      ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"].allSatisfy {
        !((later[$0]?["network"] as? [String] ?? [])
          + Self.offers(later[$0]).compactMap { $0["id"] as? String }).isEmpty
      })
    let check = try runCasus(["check", "--store", store.path])
    #expect(check.status == 0, "\(check)")

    // The plan for the client tells the story.
    let export = try runCasus(
      ["export", "--store", store.path, id, "--plan", "--format", "txt"],
      env: ["CASUS_TODAY": "2030-11-25", "CASUS_USER": "Peter Langenberg"])
    try #require(export.status == 0, "\(export)")
    let plan = Self.flat(export.stdout)
    for phrase in [
      "Plan: de Jong",
      "Jan de Jong (zoon); kan: belt soms; kan niet: woont in het buitenland en komt bijna nooit; niet bereikbaar hiervoor",
      "1. Eigen kracht en eigen netwerk: bekeken, volstaat niet. Zoon woont in het buitenland",
      "Netwerk: Jan de Jong (niet bereikbaar).",
      "Ouderenbond: koffie drinken en een uitstapje (gevraagd op 25-11-2026, loopt sinds 25-11-2026)",
      "Milly van Steeg (vrijwilliger ouderenbond): wekelijks bed verschonen en de was",
      "Buurtbedrijf: wekelijks de boodschappen, tegen onkostenvergoeding",
      "Vrijwilliger ouderenbond: rijdt hem naar het Wijkcentrum om te bridgen (gevraagd op 25-11-2026, loopt sinds 06-01-2027)",
      "3. Sociaal wijkteam: niet nodig.", "4. Specialistische zorg (maatwerk): niet nodig.",
      "06-01-2027: BUUV-vraag staat nog open; ouderenbond gebeld, die zoekt een vrijwilliger",
      "↑ Opgeschaald op 25-11-2030: 85 jaar: kan zich niet meer zelf wassen",
      "Netwerk · Fatma Öztürk · Instrumentele ADL", "Basis · Maaltijdservice Aan Tafel",
      "Wijkteam · Sociaal wijkteam: Peter coördineert het nieuwe arrangement",
      "Specialist · Persoonlijke verzorging en begeleiding thuis",
      "Persoonlijke verzorging en begeleiding thuis: aanvraag ontvangen op 25-11-2030.",
      "Toegekend op 25-11-2030, als zorg in natura, vanaf 01-12-2030 tot en met 30-11-2031.",
      "Regisseur meneer de Jong",
      "over zes weken kijken Peter en meneer de Jong samen hoe het gaat",
    ] {
      #expect(plan.contains(phrase), "the plan does not say: \(phrase)\n\(export.stdout)")
    }
    // The export is in the history; show --json holds the ladder; show reads it out.
    file = try Self.caseJSON(store)
    #expect(file.events.last?["type"] as? String == "case.exported")
    #expect((file.events.last?["payload"] as? [String: Any])?["document"] as? String == "plan")
    let json = try runCasus(["show", "--store", store.path, id, "--json"])
    #expect(json.stdout.contains("\"rungs\""))
    #expect(json.stdout.contains("\"voorziening\""))
    let show = try runCasus(["show", "--store", store.path, id])
    #expect(show.stdout.contains("Ladder en plan (Generiek):"))
    #expect(show.stdout.contains("1. Eigen kracht en eigen netwerk: bekeken, volstaat niet"))
    #expect(show.stdout.contains("Gemonitord: 06-01-2027 BUUV-vraag staat nog open"))
  }

  @Test("specialist care straight away asks a reason per lighter rung; they are kept and told")
  func complyOrExplain() throws {
    let store = try TemporaryStore("comply")
    let created = try runCasus(
      [
        "new", "--store", store.path, "--name", "Cliënt Brouwer-Öztürk", "--question",
        "de schulden groeien me boven het hoofd", "--date", "2026-11-20",
      ], env: ["CASUS_TODAY": "2026-11-25"])
    try #require(created.status == 0, "\(created)")
    let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let screen = try Self.session(
      store, on: "2026-11-25", "lfinanc<Enter>jjj/schuld<Enter><C-s>")
    #expect(screen.contains("Pas toe of leg uit"), "\(screen)")
    #expect(screen.contains("Waarom volstaat Eigen kracht en eigen netwerk niet? (1 van 3)"))
    // Nothing was saved before the reasons: the screen above was the last one of the session.
    #expect(Self.rungs(try Self.caseJSON(store), need: "financien").isEmpty)
    try Self.session(
      store, on: "2026-11-25",
      // The need was opened in the first session: the ladder opens on its rungs.
      "ljjj/schuld<Enter><C-s>familie weet het niet en mag het niet weten<Enter>"
        + "thuisadministratie is te licht: er loopt een beslag<Enter>"
        + "het wijkteam verwijst toch door naar schuldhulp<Enter>")
    let rungs = Self.rungs(try Self.caseJSON(store), need: "financien")
    #expect(
      rungs["eigen-kracht"]?["reason"] as? String == "familie weet het niet en mag het niet weten")
    #expect(rungs["eigen-kracht"]?["considered"] as? Bool == false)
    #expect(
      rungs["sociaal-wijkteam"]?["reason"] as? String
        == "het wijkteam verwijst toch door naar schuldhulp")
    #expect(
      Self.offers(rungs["specialistisch"]).first?["offerID"] as? String == "schuldhulpverlening")
    let export = try runCasus(
      ["export", "--store", store.path, id, "--plan", "--format", "md"],
      env: ["CASUS_TODAY": "2026-11-25"])
    let plan = Self.flat(export.stdout)
    #expect(
      plan.contains(
        "1. Eigen kracht en eigen netwerk: overgeslagen. Waarom dit niet volstaat: familie weet het niet en mag het niet weten."
      ), "\(export.stdout)")
    #expect(
      plan.contains(
        "Waarom dit niet volstaat: thuisadministratie is te licht: er loopt een beslag."))
    #expect(plan.contains("Schuldhulpverlening (gemeente): aanvraag ontvangen op 25-11-2026."))
  }

  @Test("casus init --profile and --profile are remembered; Haarlemmermeer has the Meer-team")
  func profiles() throws {
    let store = try TemporaryStore("profile")
    let initialised = try runCasus(["init", "--store", store.path, "--profile", "haarlemmermeer"])
    #expect(initialised.status == 0, "\(initialised)")
    #expect(initialised.stdout.contains("profile: haarlemmermeer"))
    let settings = try String(
      contentsOf: store.url.appendingPathComponent("settings.json"), encoding: .utf8)
    #expect(settings.contains("\"profile\" : \"haarlemmermeer\""))
    let created = try runCasus(
      ["new", "--store", store.path, "--name", "Nguyễn Thị Lan", "--question", "ik wil meedoen"])
    try #require(created.status == 0)
    let screen = try Self.session(store, on: "2026-11-25", "lmeedoen<Enter>")
    #expect(screen.contains("profiel Haarlemmermeer"))
    #expect(screen.contains("3 Lichte ondersteuning in de buurt"))
    #expect(!screen.lowercased().contains("wijkteam"), "\(screen)")
    #expect(screen.contains("Route ernaast: Meer-team — als: meerdere problemen tegelijk"))
    // The matrix follows the profile: the schijf van vijf.
    let measure = try Self.session(store, on: "2026-11-25", "m")
    #expect(measure.contains("0 van 5 gescoord"), "\(measure)")
    // --profile switches the store and is remembered.
    let switched = try runCasus(
      ["--store", store.path, "--profile", "zoetermeer", "--headless", "--keys", ""])
    #expect(switched.stdout.contains("profiel Zoetermeer"), "\(switched)")
    let again = try Self.session(store, on: "2026-11-25", "")
    #expect(again.contains("profiel Zoetermeer"))
    let unknown = try runCasus(["--store", store.path, "--profile", "amsterdam", "--headless"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("generiek, haarlem, haarlemmermeer, zoetermeer"), "\(unknown)")
  }

  @Test("an organisation's own sociale kaart is searched; a broken one is named, the rest works")
  func ownKaart() throws {
    let store = try TemporaryStore("kaart")
    let own = #"""
      {"profile": "generiek", "version": 1, "offers": [
        {"id": "bridgeclub-de-troef", "name": "Bridgeclub De Troef", "rung": "basisinfrastructuur",
         "domains": ["sociaal-netwerk"], "offers": {"nl": "Bridgen op woensdagmiddag",
         "en": "Bridge on Wednesday afternoons"}, "contact": "wijkcentrum (fictief)", "cost": "paid"}
      ]}
      """#
    try Data(own.utf8).write(to: store.url.appendingPathComponent("sociale-kaart.json"))
    let created = try runCasus(
      ["new", "--store", store.path, "--name", "meneer de Jong", "--question", "ik ben alleen"])
    try #require(created.status == 0)
    let found = try Self.session(store, on: "2026-11-25", "lsociaal<Enter>j/bridge")
    #expect(found.contains("Bridgeclub De Troef"), "\(found)")
    try Data(own.replacingOccurrences(of: "\"basisinfrastructuur\"", with: "\"buurt\"").utf8)
      .write(to: store.url.appendingPathComponent("sociale-kaart.json"))
    let broken = try Self.session(store, on: "2026-11-25", "")
    #expect(broken.contains("Eigen sociale kaart niet geladen"), "\(broken)")
    #expect(broken.contains("offers[0].rung"))
    let shipped = try Self.session(store, on: "2026-11-25", "lj/ouderenbond")
    #expect(shipped.contains("Ouderenbond Zonnehof"), "\(shipped)")
  }
}
