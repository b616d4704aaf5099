import CasusCore
import Foundation

/// The plan for the household, written for the client: what they and their network do, what
/// was looked at on every rung and why, the arrangement, aanvragen and beschikkingen, goals,
/// actions, agreements, the regisseur and how the plan is monitored.
///
/// "Eén gezin, één plan, één regisseur" (Haarlem 2013 S1:540-541). The story reads from light
/// to heavy, as the ladder is walked: "licht als het kan, zwaar als het moet".
public enum PlanDocument {
  /// Everything the plan is made from.
  public struct Input {
    public var file: CaseFile
    /// The profile the case is handled under (rung names, reminder rules, the chain).
    public var profile: MunicipalityProfile?
    /// For the names of life domains.
    public var matrices: MatrixLibrary
    public var clocks: LegalClockSet?
    public var today: LocalDate
    public var language: Language

    public init(
      file: CaseFile, profile: MunicipalityProfile?, matrices: MatrixLibrary,
      clocks: LegalClockSet?, today: LocalDate, language: Language
    ) {
      self.file = file
      self.profile = profile
      self.matrices = matrices
      self.clocks = clocks
      self.today = today
      self.language = language
    }

    /// A life domain's name in the document's language (the id when no matrix knows it).
    func domainName(_ id: String) -> String {
      let lang = language.rawValue
      if let latest = file.state.latestMeasurement,
        let d = matrices.definition(latest.reference)?.domain(id)
      {
        return d.name.text(lang)
      }
      for definition in matrices.definitions {
        if let d = definition.domain(id) { return d.name.text(lang) }
      }
      return id
    }

    /// A rung's name, lightest first numbered from 1.
    func rungName(_ id: String) -> String {
      guard let profile, let index = profile.level(of: id), let rung = profile.rung(id) else {
        return id
      }
      return "\(index + 1). " + rung.name.text(language.rawValue)
    }
  }

  /// The plan as a document.
  public static func document(_ input: Input) -> ReportDocument {
    let s = input.language.strings
    let c = input.file.state
    var blocks: [ReportDocument.Block] = [
      .heading(s.planDocTitle(c.household.name), level: 1),
      .paragraph(s.planDocIntro(c.household.name)),
    ]
    var facts = [
      ReportDocument.Fact(s.verslagCaseLabel, input.file.id.rawValue),
      ReportDocument.Fact(s.regisseurLabel, c.plan.regisseur ?? s.noRegisseur),
    ]
    if let profile = input.profile {
      facts.append(.init(s.planDocProfile, profile.name.text(input.language.rawValue)))
    }
    facts.append(.init(s.planDocMadeOn, input.today.dutch))
    blocks.append(.facts(facts))
    blocks += safetyBlocks(input)
    blocks.append(.heading(s.planDocNetworkHeading, level: 2))
    let network = c.conversation?.network ?? []
    blocks.append(
      network.isEmpty ? .paragraph(s.verslagNoNetwork) : .list(network.map(s.verslagNetworkLine)))
    blocks += ladderBlocks(input)
    blocks += arrangementBlocks(input)
    blocks += aanvraagBlocks(input)
    blocks += planBlocks(input)
    blocks.append(.paragraph(s.planDocRespondHint))
    blocks.append(.paragraph(s.verslagMadeOn(input.today.dutch)))
    return ReportDocument(blocks: blocks)
  }

  private static func safetyBlocks(_ input: Input) -> [ReportDocument.Block] {
    let s = input.language.strings
    guard let lane = input.file.state.safetyLane else { return [] }
    var blocks: [ReportDocument.Block] = [.heading(s.planDocSafetyHeading, level: 2)]
    blocks.append(
      lane.isOpen
        ? .attention(s.planDocSafetyOpen(lane.opened.dutch, lane.reason))
        : .paragraph(
          s.planDocSafetyClosed(
            lane.opened.dutch, lane.reason, lane.closed?.dutch ?? "", lane.closeReason)))
    let chain = input.profile?.safetyChain ?? []
    let steps = chain.compactMap { step in
      lane.steps[step.id].map {
        "\(step.name.text(input.language.rawValue)): \($0.date.dutch), \($0.outcome)"
      }
    }
    if !steps.isEmpty { blocks.append(.list(steps)) }
    return blocks
  }

  /// Every need, rung by rung from the lightest: looked at or not, who helps, what was
  /// chosen, whether it suffices and why; steps up and down with their reasons.
  private static func ladderBlocks(_ input: Input) -> [ReportDocument.Block] {
    let s = input.language.strings
    let c = input.file.state
    var blocks: [ReportDocument.Block] = [.heading(s.planDocLadderHeading, level: 2)]
    guard !c.needs.isEmpty else {
      return blocks + [.paragraph(s.planDocNoNeeds)]
    }
    blocks.append(.paragraph(s.planDocLadderIntro))
    let network = c.conversation?.network ?? []
    let rungIDs = input.profile?.rungs.map(\.id) ?? c.needs.flatMap { $0.rungs.keys }.sorted()
    for need in c.needs {
      var title = need.title
      if let domain = need.domain, input.domainName(domain) != need.title {
        title += " (\(input.domainName(domain)))"
      }
      blocks.append(.heading(title, level: 3))
      var items: [String] = []
      var lighterSuffices = false
      for rung in rungIDs {
        let d = need.decision(on: rung)
        var parts = [
          input.rungName(rung) + ": " + s.rungStatus(d, lighterSuffices: lighterSuffices)
        ]
        if !d.note.isEmpty { parts.append(d.note) }
        if !d.network.isEmpty {
          let names = d.network.map { name in
            network.first { $0.name == name }?.reachable == false ? s.unreachableName(name) : name
          }
          parts.append(s.networkLabel + ": " + names.joined(separator: ", "))
        }
        if !d.offers.isEmpty {
          parts.append(
            s.planDocChosen + ": "
              + d.offers.map { "\($0.name) (\(s.offerHistory($0)))" }.joined(separator: "; "))
        }
        if !d.reason.isEmpty {
          parts.append((d.considered ? s.whyNotEnough : s.skippedBecause) + ": " + d.reason)
        }
        items.append(parts.map(sentence).joined(separator: " "))
        if d.considered, d.suffices == .yes { lighterSuffices = true }
      }
      blocks.append(.list(items))
      for change in need.changes { blocks.append(.paragraph(s.changeLine(change))) }
      if need.closed { blocks.append(.paragraph(s.needClosedLine)) }
    }
    return blocks
  }

  /// A phrase as a sentence: a capital and a full stop.
  static func sentence(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let last = trimmed.last else { return "" }
    let capital = trimmed.prefix(1).uppercased() + trimmed.dropFirst()
    return ".!?…".contains(last) ? capital : capital + "."
  }

  private static func arrangementBlocks(_ input: Input) -> [ReportDocument.Block] {
    let s = input.language.strings
    let c = input.file.state
    var blocks: [ReportDocument.Block] = [.heading(s.arrangementTitle, level: 2)]
    let network = c.conversation?.network ?? []
    var now: [String] = []
    var ended: [String] = []
    for rung in input.profile?.rungs.map(\.id) ?? [] {
      for need in c.needs where !need.closed {
        let d = need.decision(on: rung)
        let short =
          input.profile?.rung(rung)?.short.text(input.language.rawValue) ?? rung
        for name in d.network where network.first(where: { $0.name == name })?.reachable != false {
          now.append("\(short) · \(name) · \(need.title)")
        }
        for offer in d.offers {
          let line = "\(short) · \(offer.name): \(s.offerHistory(offer)) · \(need.title)"
          if offer.status == .ended { ended.append(line) } else { now.append(line) }
        }
      }
    }
    blocks.append(now.isEmpty ? .paragraph(s.arrangementEmptyShort) : .list(now))
    if !ended.isEmpty {
      blocks.append(.paragraph(s.arrangementEnded + ":"))
      blocks.append(.list(ended))
    }
    return blocks
  }
}
