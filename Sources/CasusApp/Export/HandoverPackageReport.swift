import CasusCore
import Foundation

/// A handover package as people read it: the Markdown file, and the preview in the app
/// before it is sent ("exactly the data that goes with it").
///
/// Built from the same ``HandoverPackage/Document`` the JSON file is, so the preview, the
/// Markdown and the JSON can never say different things.
public enum HandoverPackageReport {
  /// What the report needs besides the package: the words, and names for ids.
  public struct Context: Sendable {
    public var strings: any StringTable
    public var language: Language
    public var timeZone: TimeZone
    /// The profile whose rung names the ladder part uses, if known.
    public var profile: MunicipalityProfile?
    public var matrices: MatrixLibrary

    public init(
      strings: any StringTable, language: Language, timeZone: TimeZone,
      profile: MunicipalityProfile?, matrices: MatrixLibrary
    ) {
      self.strings = strings
      self.language = language
      self.timeZone = timeZone
      self.profile = profile
      self.matrices = matrices
    }
  }

  public static func document(_ d: HandoverPackage.Document, _ c: Context) -> ReportDocument {
    let s = c.strings
    let h = d.handover
    let lang = c.language.rawValue
    // What goes along comes first: the sender checks that before reading the rest.
    let sent = h.sections.map(s.section)
    let left = HandoverPackage.Section.allCases.filter { !h.sections.contains($0) }.map(s.section)
    var blocks: [ReportDocument.Block] = [
      .heading(
        s.packageTitle(h.id, s.lane(h.lane), d.household?.name ?? d.caseID.rawValue), level: 1),
      .facts([
        .init(s.packageCase, d.caseID.rawValue),
        .init(s.packageFrom, h.from),
        .init(s.packageTo, h.to),
        .init(s.packageState, s.handoverState(h.state)),
        .init(s.reasonsLabel, h.reasons.joined(separator: "; ")),
        .init(
          s.groundLabel,
          h.consent.map { s.consentKind($0.kind) + " — " + $0.detail + " (" + $0.date.dutch + ")" }
            ?? "—"),
        .init(
          s.packageExported, Clock.dateTime(d.exportedAt, in: c.timeZone) + ", " + d.exportedBy),
      ]),
      .heading(s.packageWhatGoes, level: 2),
      .facts([
        .init(s.packageSent, sent.isEmpty ? "—" : sent.joined(separator: ", ")),
        .init(s.packageNotSent, left.isEmpty ? "—" : left.joined(separator: ", ")),
      ]),
      .heading(s.packageSummary, level: 2),
      .paragraph(s.packageSummaryText(d.summary)),
    ]
    if d.summary.urgent { blocks.append(.attention(s.packageUrgent)) }
    blocks.append(.heading(s.handoverQuestionLabel, level: 2))
    blocks.append(h.question.isEmpty ? .paragraph(s.packageNotGiven) : .quote(h.question))
    blocks.append(.heading(s.handoverWhyStuckLabel, level: 2))
    blocks.append(h.whyStuck.isEmpty ? .paragraph(s.packageNotGiven) : .quote(h.whyStuck))
    if let household = d.household {
      blocks.append(.heading(s.section(.household).capitalizedFirst, level: 2))
      blocks.append(
        .list(
          household.members.map { m in
            [m.name, s.role(m.role), m.born?.dutch].compactMap { $0 }.joined(separator: ", ")
          }))
      if let regie = d.regie {
        blocks.append(
          .paragraph(
            s.regieLabel + ": " + s.regieHolder(regie.holder)
              + (regie.name.map { " (\($0))" } ?? "")))
      }
    }
    if let question = d.question {
      blocks.append(.heading(s.section(.question).capitalizedFirst, level: 2))
      blocks.append(.quote(question))
    }
    if let measurements = d.measurements {
      blocks.append(.heading(s.section(.matrix).capitalizedFirst, level: 2))
      if measurements.isEmpty { blocks.append(.paragraph(s.packageNothingRecorded)) }
      for m in measurements {
        let definition = c.matrices.definition(m.reference)
        let title = definition?.title.text(lang) ?? m.definitionID
        blocks.append(.paragraph("\(m.date.dutch) · \(title) · \(m.scoredBy)"))
        blocks.append(
          .list(
            m.scores.map { score in
              let name =
                definition?.domains.first { $0.id == score.domain }?.name.text(lang)
                ?? score.domain
              var line = name + ": " + (score.score.map(String.init) ?? s.notDiscussedShort)
              if let note = score.note, !note.isEmpty { line += " — " + note }
              return line
            }))
      }
    }
    if let ladder = d.ladder {
      blocks.append(.heading(s.section(.ladder).capitalizedFirst, level: 2))
      if ladder.needs.isEmpty { blocks.append(.paragraph(s.packageNothingRecorded)) }
      for need in ladder.needs {
        blocks.append(.paragraph(need.title + (need.closed ? " (" + s.needClosedShort + ")" : "")))
        var items: [String] = []
        for rung in ladder.rungs {
          guard let decision = need.rungs[rung] else { continue }
          let name = c.profile?.rung(rung)?.name.text(lang) ?? rung
          items.append(name + ": " + s.rungDecisionSummary(decision))
        }
        for change in need.changes {
          items.append(s.ladderChangeSummary(change))
        }
        blocks.append(.list(items.isEmpty ? [s.packageNothingRecorded] : items))
      }
    }
    if let involvements = d.involvements {
      blocks.append(.heading(s.section(.involved).capitalizedFirst, level: 2))
      blocks.append(
        .list(
          involvements.isEmpty ? [s.packageNothingRecorded] : involvements.map(s.involvementLine)))
      let active = involvements.filter(\.active)
      let cost = active.reduce(0) { $0 + $1.yearlyCost }
      blocks.append(.paragraph(s.inventoryHeading(active.count, cost: cost)))
      if active.count > StuckSignals.professionalsAbove {
        blocks.append(.attention(s.manyProfessionalsWarning(active.count)))
      }
      if cost > StuckSignals.costAbove { blocks.append(.attention(s.highCostWarning(cost))) }
    }
    if let plan = d.plan {
      blocks.append(.heading(s.section(.plan).capitalizedFirst, level: 2))
      let items =
        plan.goals.map(s.planGoalLine) + plan.actions.map(s.planActionLine)
        + plan.agreements.map(s.planAgreementLine)
      blocks.append(.list(items.isEmpty ? [s.packageNothingRecorded] : items))
      if let r = plan.regisseur { blocks.append(.paragraph(s.regisseurLine(r))) }
    }
    if h.sections.contains(.safety) {
      blocks.append(.heading(s.section(.safety).capitalizedFirst, level: 2))
      if let lane = d.safetyLane {
        blocks.append(.attention(s.safetyLaneSummary(lane)))
      } else {
        blocks.append(.paragraph(s.packageNoSafetyLane))
      }
    }
    if h.sections.contains(.conversation) {
      blocks.append(.heading(s.section(.conversation).capitalizedFirst, level: 2))
      if let conversation = d.conversation {
        let notes = conversation.notes.sorted { $0.key < $1.key }
        if notes.isEmpty { blocks.append(.paragraph(s.packageNothingRecorded)) }
        for (item, note) in notes {
          blocks.append(.paragraph(item))
          blocks.append(.quote(note))
        }
      } else {
        blocks.append(.paragraph(s.packageNothingRecorded))
      }
    }
    return ReportDocument(blocks: blocks)
  }
}
