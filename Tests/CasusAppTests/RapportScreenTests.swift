import CasusApp
import CasusCore
import CasusStore
import CasusSynthetic
import Foundation
import TerminalUI
import TestSupport
import Testing

/// `:rapport` in the running app: every case file counted, trends drawn, no names shown.
@Suite("The report screen over a real store")
struct RapportScreenTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "casus-rapport-\(UUID())")

  /// A store of `count` fictional cases, generated as `casus generate` does.
  private func makeStore(_ count: Int) throws -> [CaseFile] {
    let store = try CaseStore(root: root)
    let maker = SyntheticCase(
      definitions: ["zrm-2017"].compactMap { Fixtures.matrices.latest($0) },
      ladder: ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"],
      today: Fixtures.today)
    let entries = try store.writeNew(count: count) { try maker.make(index: $0, seed: 5) }
    try store.writeIndex(entries)
    return store.loadAll().cases
  }

  private func run(_ keys: String, size: Size = Size(width: 100, height: 30)) throws
    -> AppRunner<ScriptedBackend>
  {
    let environment = AppEnvironment(
      now: { Fixtures.now }, random: { 0xABCD }, timeZone: Fixtures.utc, actor: "casus",
      user: UserPreset(name: "Tess Verbeek", role: .procescoordinator))
    let runner = AppRunner.start(
      store: try CaseStore(root: root),
      backend: ScriptedBackend(size: size, events: try KeyNotation.parse(keys)),
      environment: environment, language: .nl, colors: false, storeDescription: "rapport")
    runner.run()
    return runner
  }

  private func screenText(_ runner: AppRunner<ScriptedBackend>) -> String {
    runner.backend.lastScreen?.plainText() ?? ""
  }

  @Test("`:rapport` counts every case file, with the same figures as `casus rapport`")
  func countsEveryFile() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let cases = try makeStore(60)
    let runner = try run(":rapport<Enter>")
    guard case .rapport(let screen) = runner.state.mode else {
      Issue.record("expected the report screen, got \(runner.state.mode)")
      return
    }
    #expect(screen.counted == 60)
    let total = screen.figures?.first { $0.id == "meldingen" }?.rows.first { $0.key == "total" }
    #expect(total?.value == .count(60))
    let byMonth = screen.figures?.first { $0.id == "meldingenPerMonth" }?.rows ?? []
    let months = Set(
      cases.map {
        String(format: "%04d-%02d", $0.state.melding.date.year, $0.state.melding.date.month)
      })
    #expect(Set(byMonth.map(\.key)) == months)
    let text = screenText(runner)
    #expect(text.contains("60 dossiers geteld"))
    #expect(text.contains("Meldingen"))
  }

  @Test("a period counts only the meldingen in it; a word that is not a date is refused")
  func period() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let cases = try makeStore(40)
    let from = LocalDate(year: 2025, month: 1, day: 1) ?? Fixtures.today
    let to = LocalDate(year: 2025, month: 12, day: 31) ?? Fixtures.today
    let inside = cases.filter { $0.state.melding.date >= from && $0.state.melding.date <= to }
    let runner = try run(":rapport 1-1-2025 2025-12-31<Enter>")
    guard case .rapport(let screen) = runner.state.mode else {
      Issue.record("expected the report screen, got \(runner.state.mode)")
      return
    }
    #expect(screen.counted == inside.count)
    #expect(screen.period == Rapport.Period(from: from, to: to))
    #expect(screenText(runner).contains("Meldingen van 01-01-2025 tot en met 31-12-2025"))
    let refused = try run(":rapport gisteren<Enter>")
    #expect(refused.state.mode == .browse)
    #expect(refused.state.message?.text.contains("Geen datum: gisteren") == true)
  }

  @Test("the trends are charts per month, `m` shows quarters, Esc goes back to the list")
  func trends() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try makeStore(80)
    let months = try run(":rapport<Enter>G")
    #expect(screenText(months).contains("Afgesloten dossiers per maand"))
    let quarters = try run(":rapport<Enter>mG")
    let text = screenText(quarters)
    #expect(text.contains("per kwartaal"))
    #expect(
      text.contains("Meldingen per kwartaal") || text.contains("Afgesloten dossiers per kwartaal"))
    #expect(text.contains(" K"))
    #expect(text.contains("█"))
    let back = try run(":rapport<Enter><Esc>")
    #expect(back.state.mode == .browse)
  }

  @Test("no name from the store appears anywhere on the report screen")
  func noNames() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let cases = try makeStore(50)
    var text = ""
    var keys = ":rapport<Enter>"
    for _ in 0..<12 {
      let runner = try run(keys)
      text += screenText(runner)
      keys += "<PageDown>"
    }
    let names = Set(cases.flatMap { $0.state.household.members.map(\.name) })
    #expect(!names.isEmpty)
    for name in names { #expect(!text.contains(name), "\(name) is on the report screen") }
  }

  @Test(
    "the report screen at 80×24 and 120×40",
    arguments: [
      Size(width: 80, height: 24), Size(width: 120, height: 40),
    ])
  func snapshots(_ size: Size) throws {
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try makeStore(120)
    let top = try run(":rapport<Enter>", size: size)
    #expect(
      Snapshot.mismatch(render(top.state), named: "rapport-\(size.width)x\(size.height)") == nil)
    let charts = try run(":rapport<Enter>mG", size: size)
    #expect(
      Snapshot.mismatch(render(charts.state), named: "rapport-trend-\(size.width)x\(size.height)")
        == nil)
  }
}
