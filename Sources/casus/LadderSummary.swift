import CasusApp
import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// The ladder, the safety lane and the plan of a case for `casus show`, one fact a line.
enum LadderSummary {
  /// The profile a case is handled under: its own, else the store's, else `generiek`.
  static func profile(for file: CaseFile, options: StoreOptions) -> MunicipalityProfile? {
    var id = file.state.profile
    if id == nil, let store = try? options.open(readOnly: true) {
      id = (try? store.loadSettings().profile) ?? nil
    }
    return try? ProcessData.load(profile: id ?? ProcessData.defaultProfile).profile
  }

  static func lines(_ file: CaseFile, options: StoreOptions) -> [String] {
    let s = options.language.strings
    let lang = options.language.rawValue
    let c = file.state
    guard !c.needs.isEmpty || c.safetyLane != nil || c.plan != HouseholdPlan() else { return [] }
    let profile = profile(for: file, options: options)
    let network = c.conversation?.network ?? []
    var out: [String] = []
    func add(_ indent: Int, _ text: String) {
      out.append(String(repeating: " ", count: indent) + Sanitizer.clean(text))
    }
    if let lane = c.safetyLane {
      out.append("")
      add(
        0,
        lane.isOpen
          ? s.safetyOpenLine(lane.opened.dutch, s.safetySource(lane.source))
          : s.safetyClosedLine(lane.opened.dutch, lane.closed?.dutch ?? ""))
      add(2, s.reasonLabel + ": " + lane.reason)
      if !lane.isOpen { add(2, s.closeReasonLine(lane.closeReason)) }
      for step in profile?.safetyChain ?? [] {
        if let record = lane.steps[step.id] {
          add(2, "\(step.name.text(lang)): \(record.date.dutch), \(record.outcome)")
        }
      }
    }
    if !c.needs.isEmpty {
      out.append("")
      out.append(s.ladderHeading(profile?.name.text(lang)) + ":")
    }
    let rungs = profile?.rungs ?? []
    for need in c.needs {
      add(2, need.title + (need.closed ? " · " + s.closedMarker : ""))
      var lighterSuffices = false
      for (level, rung) in rungs.enumerated() {
        let d = need.decision(on: rung.id)
        add(
          4,
          "\(level + 1). \(rung.name.text(lang)): \(s.rungStatus(d, lighterSuffices: lighterSuffices))"
        )
        if !d.network.isEmpty {
          let names = d.network.map { name in
            network.first { $0.name == name }?.reachable == false ? s.unreachableName(name) : name
          }
          add(7, s.networkLabel + ": " + names.joined(separator: ", "))
        }
        if !d.note.isEmpty { add(7, d.note.replacingOccurrences(of: "\n", with: " ")) }
        for offer in d.offers {
          var line = "• \(offer.name) (\(s.offerHistory(offer)))"
          if let v = offer.voorziening {
            let decision = s.planDocDecision(v)
            line +=
              "; \(s.aanvraagLabel.lowercased()) \(v.aanvraag.dutch); "
              + decision.prefix(1).lowercased() + decision.dropFirst()
          }
          add(7, line)
        }
        if !d.reason.isEmpty {
          add(7, (d.considered ? s.whyNotEnough : s.skippedBecause) + ": " + d.reason)
        }
        if d.considered, d.suffices == .yes { lighterSuffices = true }
      }
      for change in need.changes { add(4, s.changeLine(change)) }
    }
    let plan = c.plan
    if plan != HouseholdPlan() {
      out.append("")
      out.append(s.planTitle + ":")
      add(2, s.regisseurLabel + ": " + (plan.regisseur ?? s.noRegisseur))
      for goal in plan.goals {
        add(2, s.goalsHeading + ": " + s.goalLine(goal, domain: goal.domain))
      }
      for action in plan.actions { add(2, s.actionsHeading + ": " + s.actionLine(action)) }
      for agreement in plan.agreements { add(2, s.agreementsHeading + ": " + agreement.text) }
      for record in plan.monitoring {
        add(2, s.monitoringHeading + ": \(record.date.dutch) \(record.note)")
      }
    }
    return out
  }
}
