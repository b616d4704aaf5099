import CasusCore
import CasusStore
import Foundation
import TestSupport
import Testing

/// Roles, handovers, the triage, the package and read-only, through the real binary.
@Suite("Handovers through the casus binary")
struct HandoverCommandLineTests {
  /// A store with a municipality profile in its settings (and no user yet).
  private func store(_ label: String, profile: String) throws -> TemporaryStore {
    let store = try TemporaryStore(label)
    try Data(#"{"profile": "\#(profile)"}"#.utf8).write(
      to: store.url.appendingPathComponent("settings.json"))
    return store
  }

  /// Runs the app headless with these keys as `user` in `role`; returns the final screen.
  @discardableResult
  private func app(
    _ store: TemporaryStore, _ keys: String, user: String = "Anna de Vries",
    role: String? = nil, extra: [String] = [], size: String = "100x30"
  ) throws -> String {
    var args = ["--store", store.path, "--headless", "--size", size, "--keys", keys]
    args += ["--user", user] + (role.map { ["--role", $0] } ?? []) + extra
    let result = try runCasus(args)
    try #require(result.status == 0, "\(result)")
    return result.stdout
  }

  private func cases(_ store: TemporaryStore) throws -> [CaseFileJSON] {
    try store.caseFiles().map { try CaseFileJSON(contentsOf: $0) }
  }

  private func handover(_ file: CaseFileJSON) -> [String: Any] {
    (file.state["handovers"] as? [[String: Any]])?.first ?? [:]
  }

  static let melding = "nEl Amrani-Visser<Tab><Tab><Tab><Tab><Tab>het loopt vast<C-s>"
  static let oneReason = "o<Tab><Tab><Tab><Space><Tab><Tab><Tab><Tab><Tab>mondeling<C-s><Enter>"

  @Test("at first start the app asks who is working, and the next start knows")
  func firstStart() throws {
    let store = try store("first-start", profile: "generiek")
    let asked = try runCasus(
      ["--store", store.path, "--headless", "--size", "80x24", "--keys", ""],
      unset: ["CASUS_USER"])
    #expect(asked.stdout.contains("Wie werkt er?"), "\(asked.stdout)")
    #expect(asked.stdout.contains("Esc stop"), "\(asked.stdout)")
    let typed = try runCasus(
      [
        "--store", store.path, "--headless", "--size", "80x24", "--keys",
        "Ayşe Öztürk<Tab><Right><Enter>",
      ], unset: ["CASUS_USER"])
    #expect(typed.stdout.contains("Triage (0)"), "\(typed.stdout)")
    let settings = try String(
      contentsOf: store.url.appendingPathComponent("settings.json"), encoding: .utf8)
    #expect(settings.contains(#""name" : "Ayşe Öztürk""#), "\(settings)")
    #expect(settings.contains(#""role" : "procescoordinator""#), "\(settings)")
    #expect(settings.contains(#""profile" : "generiek""#), "the other settings stay: \(settings)")
    let again = try runCasus(
      ["--store", store.path, "--headless", "--size", "120x40", "--keys", ""],
      unset: ["CASUS_USER"])
    #expect(again.stdout.contains("Ayşe Öztürk · procescoördinator"), "\(again.stdout)")
    let created = try runCasus(
      ["new", "--store", store.path, "--name", "Jan", "--question", "hulp"],
      unset: ["CASUS_USER"])
    #expect(created.status == 0, "\(created)")
    let file = try #require(try cases(store).first)
    #expect(file.events.first?["actor"] as? String == "Ayşe Öztürk (procescoordinator)")
  }

  @Test("without a user, a change on the command line is refused and names the way out")
  func noUser() throws {
    let store = try store("no-user", profile: "generiek")
    let result = try runCasus(
      ["new", "--store", store.path, "--name", "Jan", "--question", "hulp"],
      unset: ["CASUS_USER"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("who is working?"), "\(result)")
    #expect(store.caseFiles().isEmpty)
  }

  @Test("a Meer-team registration declined with a reason is back in the sender's queue")
  func meerTeamDeclined() throws {
    let store = try store("meerteam", profile: "haarlemmermeer")
    try app(store, Self.melding + Self.oneReason)
    let team = try app(store, "", user: "Bo Kramer", role: "meerteam")
    #expect(team.contains("[Binnengekomen (1)]"), "the Meer-team starts in its queue: \(team)")
    #expect(team.contains("aangemeld"), "\(team)")
    try app(store, "xeerst de sociale basis inzetten<Enter>", user: "Bo Kramer", role: "meerteam")
    let sender = try app(store, "w")
    #expect(sender.contains("[Mijn overdrachten (1)]"), "\(sender)")
    #expect(sender.contains("afgewezen"), "\(sender)")
    #expect(sender.contains("Afgewezen, reden: eerst de sociale basis inzetten"), "\(sender)")
    let file = try #require(try cases(store).first)
    #expect(handover(file)["state"] as? String == "declined")
    #expect(handover(file)["declineReason"] as? String == "eerst de sociale basis inzetten")
    let actors = file.events.filter { $0["type"] as? String == "handover.stateChanged" }
      .map { $0["actor"] as? String }
    #expect(actors == ["Anna de Vries (consulent)", "Bo Kramer (meerteam)"])
  }

  /// A case with `involved` professionals at `cost` each and, when `plan`, an agreement.
  private func seed(
    _ store: TemporaryStore, name: String, involved: Int, cost: Int, plan: Bool
  ) throws {
    let created = try runCasus(["new", "--store", store.path, "--name", name, "--question", "x"])
    let id = try #require(CaseID(created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    let disk = try CaseStore(root: store.url)
    var file = try disk.load(id)
    let today = file.state.melding.date
    var commands: [CaseCommand] = (0..<involved).map { n in
      .involvement(.set(id: "P\(n)", Involvement(id: "P\(n)", name: "P\(n)", yearlyCost: cost)))
    }
    if plan {
      commands.append(
        .plan(.agreement(id: "F1", HouseholdPlan.Agreement(id: "F1", text: "bellen"))))
    }
    for command in commands {
      file = try file.applying(command, at: Date(), today: today, actor: "Test (consulent)")
    }
    _ = try disk.save(file)
  }

  @Test("the triage puts a case with three signals above one with one, and says why")
  func triage() throws {
    let store = try store("triage", profile: "zoetermeer")
    try seed(store, name: "de Jong", involved: 0, cost: 0, plan: false)
    try seed(store, name: "Nguyễn Thị Lan", involved: 11, cost: 10_000, plan: false)
    let screen = try app(store, "", role: "procescoordinator", size: "120x40")
    let rows = screen.split(separator: "\n").map(String.init)
    let busy = try #require(rows.firstIndex { $0.contains("Nguyễn Thị Lan") && $0.contains("7") })
    let calm = try #require(rows.firstIndex { $0.contains("de Jong") && $0.contains("1") })
    #expect(busy < calm, "\(screen)")
    #expect(rows[busy].contains("3 signalen") && rows[calm].contains("1 signaal"), "\(screen)")
    #expect(screen.contains("Nguyễn Thị Lan · score 7"), "\(screen)")
    #expect(screen.contains("3 · Jaarlijkse kosten € 110.000 (boven € 100.000)"), "\(screen)")
    #expect(screen.contains("3 · 11 professionals betrokken (meer dan 10)"), "\(screen)")
    #expect(screen.contains("1 · Geen gezamenlijk plan"), "\(screen)")
    let other = try app(store, "j", role: "procescoordinator", size: "120x40")
    #expect(other.contains("de Jong · score 1"), "\(other)")
  }

  @Test("the handover package: Markdown and JSON with only the chosen parts, taken in elsewhere")
  func exportAndImport() throws {
    let sender = try store("package-out", profile: "zoetermeer")
    // The household's names stay home: the first section is switched off in the form.
    try app(
      sender,
      Self.melding
        + "o<Tab><Tab><Tab><Space><Tab><Tab>hoe verder?<Tab>te veel hulp<Tab><Tab>mondeling"
        + "<Tab><Space><C-s><Enter>")
    let id = try #require(try cases(sender).first?.object["id"] as? String)
    let folder = sender.url.appendingPathComponent("uit")
    let exported = try runCasus(
      ["export", id, "--handover", "--output", folder.path, "--store", sender.path])
    #expect(exported.status == 0, "\(exported)")
    let md = try String(
      contentsOf: folder.appendingPathComponent("\(id)-overdracht-H1.md"), encoding: .utf8)
    let jsonURL = folder.appendingPathComponent("\(id)-overdracht-H1.json")
    let json = try String(contentsOf: jsonURL, encoding: .utf8)
    #expect(md.contains("# Overdracht H1 (procescoördinatie)"), "\(md)")
    #expect(md.contains("> te veel hulp") && md.contains("> hoe verder?"), "\(md)")
    #expect(md.contains("| Niet meegestuurd | huishouden en regie, aantekeningen"), "\(md)")
    #expect(!md.contains("El Amrani-Visser") && !json.contains("El Amrani-Visser"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "casus-handover")
    #expect(object["household"] == nil && object["question"] as? String == "het loopt vast")
    let exportEvent = try #require(try cases(sender).first?.events.last)
    #expect(exportEvent["type"] as? String == "case.exported")
    #expect((exportEvent["payload"] as? [String: Any])?["document"] as? String == "handover")

    let receiver = try store("package-in", profile: "zoetermeer")
    let imported = try runCasus(
      ["import", jsonURL.path, "--store", receiver.path, "--user", "Bo Kramer", "--role", "pc"])
    #expect(imported.status == 0, "\(imported)")
    #expect(imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == id)
    let file = try #require(try cases(receiver).first)
    #expect(handover(file)["state"] as? String == "submitted")
    #expect(file.events.last?["type"] as? String == "handover.imported")
    let queue = try app(receiver, "", user: "Bo Kramer", role: "procescoordinator")
    #expect(queue.contains("aangemeld"), "the package lands in the triage: \(queue)")
    let again = try runCasus(["import", jsonURL.path, "--store", receiver.path])
    #expect(again.status == 1 && again.stderr.contains("already in this store"), "\(again)")
    let check = try runCasus(["check", "--store", receiver.path])
    #expect(check.status == 0, "\(check)")

    let broken = receiver.url.appendingPathComponent("kapot.json")
    try Data(
      json.replacingOccurrences(of: #""lane" : "procescoordinatie""#, with: #""lane" : 3"#)
        .utf8
    ).write(to: broken)
    let refused = try runCasus(["import", broken.path, "--store", receiver.path])
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderr.contains("handover.lane"), "the field is named: \(refused)")
  }

  @Test("casus show --history prints every step with its actor and records the view")
  func showHistory() throws {
    let store = try store("history", profile: "zoetermeer")
    try app(store, Self.melding + Self.oneReason)
    try app(store, "a", role: "procescoordinator")
    let id = try #require(try cases(store).first?.object["id"] as? String)
    let shown = try runCasus(["show", id, "--history", "--store", store.path])
    #expect(shown.status == 0, "\(shown)")
    #expect(
      shown.stdout.contains("Anna de Vries (consulent)  melding geregistreerd"), "\(shown.stdout)")
    #expect(
      shown.stdout.contains(
        "Anna de Vries (procescoordinator)  overdracht H1 geaccepteerd: aangemeld → geaccepteerd"),
      "\(shown.stdout)")
    let last = try #require(try cases(store).first?.events.last)
    #expect(last["type"] as? String == "case.viewed")
    #expect((last["payload"] as? [String: Any])?["what"] as? String == "history")
  }

  @Test("--readonly refuses every change with a clear message and writes nothing")
  func readOnly() throws {
    let store = try store("readonly", profile: "zoetermeer")
    try app(store, Self.melding + Self.oneReason)
    let id = try #require(try cases(store).first?.object["id"] as? String)
    let before = try checksums(store.url.standardizedFileURL.path)
    #expect(before.keys.contains("settings.json") && before.count >= 2, "\(before)")
    let refused = "Alleen lezen: er wordt niets opgeslagen."
    let attempts: [(String, String?)] = [
      ("n", nil), ("o", nil), ("e", nil), ("<Enter>", nil), ("h", nil), ("wc", nil),
      ("m", nil), ("g", nil), ("v", nil), ("a", "procescoordinator"),
      ("<Enter>i", "procescoordinator"), ("<Enter>b", "procescoordinator"),
      ("w<Tab>x", "procescoordinator"),
    ]
    for (keys, role) in attempts {
      let screen = try app(store, keys, role: role, extra: ["--readonly"])
      #expect(screen.contains("ALLEEN LEZEN"), "\(keys): \(screen)")
      if ["n", "o", "e", "wc", "a", "<Enter>i", "<Enter>b"].contains(keys) {
        #expect(screen.contains(refused), "\(keys) was not refused: \(screen)")
      }
    }
    let role = try app(store, ":rol meerteam<Enter>", extra: ["--readonly"])
    #expect(role.contains("Alleen lezen: u werkt deze sessie als"), "\(role)")
    for args in [
      ["new", "--name", "Jan", "--question", "x"], ["import", "/dev/null"],
      ["export", id, "--handover"], ["show", id, "--history"], ["show", id],
    ] {
      _ = try runCasus(args + ["--store", store.path, "--readonly"])
    }
    let created = try runCasus(
      ["new", "--name", "Jan", "--question", "x", "--store", store.path, "--readonly"])
    #expect(created.status == 1 && created.stderr.contains("read-only"), "\(created)")
    #expect(
      try checksums(store.url.standardizedFileURL.path) == before,
      "a read-only run changed the store")
  }
}
