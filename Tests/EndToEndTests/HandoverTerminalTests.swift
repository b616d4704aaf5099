import Foundation
import TestSupport
import Testing

/// The procescoördinatie story in a real terminal: the consulent registers, the
/// procescoördinator takes it in, works it and hands it back; both queues and the history agree.
@Suite(
  "The procescoördinatie story in a real terminal (tmux)",
  .enabled(
    if: TmuxSession.shouldRun, "tmux is not installed (set CASUS_REQUIRE_TMUX=1 to fail instead)")
)
struct HandoverTerminalTests {
  static let timeout = 10.0

  @Test("register with one reason, accept, inventory, basics, plan, hand back; same states")
  func procescoordinatieStory() throws {
    let store = try TemporaryStore("tmux-handover")
    try Data(#"{"profile": "zoetermeer"}"#.utf8).write(
      to: store.url.appendingPathComponent("settings.json"))
    let session = try TmuxSession(
      program: CasusBinary.path, args: ["--store", store.path], width: 100, height: 30,
      env: [
        "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "CASUS_USER": "",
        "NO_COLOR": "1",
      ])
    func wait(_ text: String) throws { try session.waitFor(text: text, timeout: Self.timeout) }

    // Who is working: asked at first start.
    try wait("Wie werkt er?")
    try session.type("Anna de Vries")
    try session.send("Tab", "Enter")
    try wait("Dossiers (0)")

    // A multi-problem household with almost no data: a name and a question.
    try session.type("n")
    try wait("Nieuwe melding")
    try session.type("El Amrani-Visser")
    try session.send("Tab", "Tab", "Tab", "Tab", "Tab")
    try session.type("het loopt vast")
    try session.send("C-s")
    try wait("Melding geregistreerd")

    // One reason and the ground; the preview; send.
    try session.type("o")
    try wait("U hoeft niet alles te weten")
    try session.send("Tab", "Tab", "Tab", "Space", "Tab", "Tab", "Tab", "Tab", "Tab")
    try session.type("mondeling, 25-11")
    try session.send("C-s")
    try wait("Voorbeeld: dit gaat mee")
    try session.send("Enter")
    try wait("El Amrani-Visser aangemeld bij Procescoördinatie.")
    try session.type("w")
    var screen = try session.waitFor(timeout: Self.timeout, "the sender's queue") {
      $0.contains("[Mijn overdrachten (1)]") && $0.contains("aangemeld")
    }
    // Escape alone, then wait: a key typed within the escape delay would read as Alt-key.
    try session.send("Escape")
    try wait("Dossiers (1)")

    // The procescoördinator sees it in the triage and accepts it.
    try session.type(":rol procescoördinator")
    try session.send("Enter")
    screen = try session.waitFor(timeout: Self.timeout, "the registration in the triage") {
      $0.contains("Triage (1)") && $0.contains("aangemeld")
    }
    #expect(screen.contains("Anna de Vries · procescoördinator"), "\(screen)")
    try session.type("a")
    try wait("Aanmelding van El Amrani-Visser geaccepteerd.")
    try session.send("Enter")
    try wait("Werkruimte procescoördinatie")

    // The inventory: 12 professionals at €10.000 a year.
    for n in 1...12 {
      try session.type("i")
      try wait("Betrokken professional toevoegen")
      try session.type("Professional \(n)")
      try session.send("Tab")
      try session.type("Organisatie \(n)")
      try session.send("Tab", "Tab")
      try session.type("10.000")
      try session.send("C-s")
      try wait("Professional \(n) staat in de inventarisatie.")
    }
    screen = try session.capture()
    #expect(screen.contains("! Let op: 12 professionals betrokken, meer dan 10."), "\(screen)")
    #expect(screen.contains("! Let op: jaarlijkse kosten € 120.000, boven € 100.000."), "\(screen)")

    // The basics, then the plan.
    for _ in 1...12 { try session.send("j") }
    try session.send("Space", "j", "Space", "j", "Space")
    try wait("(3 van 3 op orde)")
    try session.type("p")
    try wait("Plan: toevoegen")
    try session.type("Huur op tijd betalen via budgetbeheer")
    try session.send("C-s")
    try wait("Het plan is bijgewerkt.")

    // Hand back to a professional already involved, with the evaluation.
    try session.type("b")
    try wait("Teruggeven (procescoördinatie)")
    try session.send("Tab", "Space", "Tab", "Space", "Tab", "Space", "Tab", "Space", "Tab")
    try session.type("8")
    try session.send("C-s")
    try wait("Teruggegeven aan Professional 1 (Organisatie 1).")

    // Both sides show the same state.
    try session.send("Escape")
    try wait("Triage (1)")
    try session.type("w")
    screen = try session.waitFor(timeout: Self.timeout, "the receiver's queue") {
      $0.contains("[Binnengekomen (1)]") && $0.contains("teruggegeven")
    }
    try session.send("Escape")
    try wait("Dossiers (1)")
    try session.type(":rol consulent")
    try session.send("Enter")
    try wait("Anna de Vries · consulent")
    try session.type("w")
    screen = try session.waitFor(timeout: Self.timeout, "the sender's queue") {
      $0.contains("[Mijn overdrachten (1)]") && $0.contains("teruggegeven")
    }
    #expect(screen.contains("Teruggegeven aan Professional 1 (Organisatie 1)"), "\(screen)")

    // The history: every step with its actor.
    try session.type("h")
    try wait("Geschiedenis · El Amrani-Visser")
    try session.type("/overdracht H1")
    try session.send("Enter")
    screen = try session.waitFor(timeout: Self.timeout, "the handover steps") {
      $0.contains("teruggegeven")
    }
    // An entry is one line, or two when long: who and when, then what happened.
    let lines = screen.split(separator: "\n").map(String.init)
    for (actor, what) in [
      ("Anna de Vries (consulent)", "overdracht H1 aangemeld: concept → aangemeld"),
      ("Anna de Vries (procescoordinator)", "overdracht H1 geaccepteerd: aangemeld → geaccepteerd"),
      ("Anna de Vries (procescoordinator)", "overdracht H1 in behandeling"),
      ("Anna de Vries (procescoordinator)", "overdracht H1 teruggegeven"),
    ] {
      let found = lines.indices.contains { i in
        lines[i].contains(actor)
          && (lines[i].contains(what) || (i + 1 < lines.count && lines[i + 1].contains(what)))
      }
      #expect(found, "\(actor): \(what)\n\(screen)")
    }
    try session.send("Escape")
    try wait("Mijn overdrachten (1)")
    try session.send("Escape")
    try wait("Dossiers (1)")
    try session.type("q")
    #expect(
      try session.waitForExit(timeout: Self.timeout) == 0, "\((try? session.capture()) ?? "")")

    // The file on disk says the same.
    let file = try CaseFileJSON(contentsOf: try #require(store.caseFiles().first))
    let handover = try #require((file.state["handovers"] as? [[String: Any]])?.first)
    #expect(handover["state"] as? String == "returned")
    #expect(handover["returnedTo"] as? String == "Professional 1 (Organisatie 1)")
    let evaluation = try #require(handover["evaluation"] as? [String: Any])
    #expect(evaluation["rating"] as? Int == 8)
    #expect(
      evaluation["costBefore"] as? Int == 120_000 && evaluation["costAfter"] as? Int == 120_000)
    #expect((file.state["involvements"] as? [[String: Any]])?.count == 12)
    let basics = try #require(file.state["basics"] as? [String: [String: Any]])
    #expect(basics.values.allSatisfy { $0["stable"] as? Bool == true } && basics.count == 3)
    let steps = file.events.filter { $0["type"] as? String == "handover.stateChanged" }
    #expect(
      steps.map { $0["actor"] as? String } == [
        "Anna de Vries (consulent)", "Anna de Vries (procescoordinator)",
        "Anna de Vries (procescoordinator)", "Anna de Vries (procescoordinator)",
      ])
    #expect(
      steps.compactMap { ($0["payload"] as? [String: Any])?["new"] as? String } == [
        "submitted", "accepted", "inProgress", "returned",
      ])
    #expect(file.events.contains { $0["type"] as? String == "case.viewed" })
  }
}
