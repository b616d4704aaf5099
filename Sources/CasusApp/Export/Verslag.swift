import CasusCore
import Foundation

/// The verslag of the onderzoek: what the client receives after the keukentafelgesprek.
///
/// Wmo 2015 art. 2.3.2 lid 8: the client receives a written report of the outcome of the
/// onderzoek. It keeps the client's own words exactly as recorded, follows the steps of the
/// guide in their order, marks a safety remark as such, and ends with the dates, the legal
/// terms and the client's responses.
public enum Verslag {
  /// Everything the verslag is made from.
  public struct Input {
    public var file: CaseFile
    public var guide: ConversationGuide?
    public var clocks: LegalClockSet?
    public var today: LocalDate
    public var language: Language
    public var timeZone: TimeZone

    public init(
      file: CaseFile, guide: ConversationGuide?, clocks: LegalClockSet?, today: LocalDate,
      language: Language, timeZone: TimeZone
    ) {
      self.file = file
      self.guide = guide
      self.clocks = clocks
      self.today = today
      self.language = language
      self.timeZone = timeZone
    }
  }

  /// The verslag as a document.
  public static func document(_ input: Input) -> ReportDocument {
    let s = input.language.strings
    let c = input.file.state
    var blocks: [ReportDocument.Block] = [
      .heading("\(s.verslagTitle): \(c.household.name)", level: 1),
      .paragraph(s.verslagIntro(c.household.name)),
    ]
    var facts = [
      ReportDocument.Fact(s.verslagCaseLabel, input.file.id.rawValue),
      ReportDocument.Fact(
        s.meldingLabel, "\(c.melding.date.dutch), \(s.source(c.melding.source))"),
      ReportDocument.Fact(s.lawLabel, s.law(c.law)),
    ]
    if let started = input.file.events.first(where: {
      $0.type == CaseEventType.conversationStarted
    }) {
      facts.append(.init(s.verslagConversationDate, Clock.dateTime(started.at, in: input.timeZone)))
      facts.append(.init(s.verslagWrittenBy, started.actor))
    }
    var regie = s.regieHolder(c.regie.holder)
    if let name = c.regie.name { regie += " (\(name))" }
    facts.append(.init(s.regieLabel, regie))
    facts.append(.init(s.clientSupportShort, s.clientSupportValue(c.clientSupportOffered)))
    blocks.append(.facts(facts))

    blocks.append(.heading(s.householdHeading, level: 2))
    blocks.append(
      .list(
        c.household.members.map { m in
          var line = "\(m.name), \(s.role(m.role))"
          if let born = m.born { line += ", \(born.dutch)" }
          return line
        }))
    blocks.append(.heading(s.questionHeading, level: 2))
    blocks.append(.quote(c.question))

    if let conversation = c.conversation {
      blocks += conversationBlocks(conversation, input)
    } else {
      blocks.append(.heading(s.verslagConversationHeading, level: 2))
      blocks.append(.paragraph(s.verslagNoConversation))
    }
    blocks += dateBlocks(input)
    blocks.append(.heading(s.verslagResponseHeading, level: 2))
    if c.verslagResponses.isEmpty {
      blocks.append(.paragraph(s.verslagNoResponse))
    }
    for response in c.verslagResponses {
      blocks.append(.paragraph(s.verslagResponseFrom(response.date.dutch)))
      blocks.append(.quote(response.text))
    }
    blocks.append(.paragraph(s.verslagRespondHint))
    blocks.append(.paragraph(s.verslagMadeOn(input.today.dutch)))
    return ReportDocument(blocks: blocks)
  }

  /// The steps in the guide's order, each with its notes verbatim.
  private static func conversationBlocks(_ conversation: Conversation, _ input: Input)
    -> [ReportDocument.Block]
  {
    let s = input.language.strings
    let lang = input.language.rawValue
    var blocks: [ReportDocument.Block] = [
      .heading(s.verslagConsentHeading, level: 2),
      .list(
        s.verslagConsent(
          record: conversation.consent.toRecord, involve: conversation.consent.toInvolveOthers)),
    ]
    let items =
      input.guide.map { guide in
        guide.items(domains: domains(of: conversation, guide: guide))
      } ?? []
    var shown: Set<String> = []
    // Domains of the broad sweep that were not talked about are named once, in one line,
    // rather than each under its own heading.
    var notDiscussed: [String] = []
    var skipped: [String] = []
    func flushDomains() {
      if !notDiscussed.isEmpty {
        blocks.append(.paragraph(s.verslagDomainsNotDiscussed(notDiscussed)))
      }
      if !skipped.isEmpty { blocks.append(.paragraph(s.verslagDomainsSkipped(skipped))) }
      notDiscussed = []
      skipped = []
    }
    for item in items {
      shown.insert(item.id)
      let note = conversation.notes[item.id] ?? ""
      let status = conversation.status(of: item.id)
      if item.domain == nil { flushDomains() }
      if item.domain != nil, note.isEmpty {
        if status == .skipped {
          skipped.append(item.title(lang))
        } else {
          notDiscussed.append(item.title(lang))
        }
        continue
      }
      blocks.append(.heading(item.title(lang), level: item.domain == nil ? 2 : 3))
      switch item.step.kind {
      case .network where item.domain == nil:
        blocks.append(
          conversation.network.isEmpty
            ? .paragraph(s.verslagNoNetwork) : .list(conversation.network.map(s.verslagNetworkLine))
        )
      case .safety where item.domain == nil:
        if conversation.safety?.raised == true {
          let remark = conversation.safety?.note ?? ""
          blocks.append(
            .attention(s.verslagSafetyAttention + (remark.isEmpty ? "" : "\n" + remark)))
        }
      default:
        break
      }
      if !note.isEmpty {
        blocks.append(.quote(note))
      } else if status == .skipped {
        blocks.append(.paragraph(s.verslagSkipped))
      } else if item.step.kind == .domains || item.step.kind == .network {
        continue
      } else {
        blocks.append(.paragraph(s.verslagNotRecorded))
      }
    }
    flushDomains()
    // Notes on pages this guide version does not have (an older guide, another matrix) are
    // never dropped from what the client receives.
    for (id, note) in conversation.notes.sorted(by: { $0.key < $1.key })
    where !shown.contains(id) && !note.isEmpty {
      blocks.append(.heading(id, level: 3))
      blocks.append(.quote(note))
    }
    return blocks
  }

  /// The life domains the broad sweep used: the guide's, or those the notes name.
  static func domains(of conversation: Conversation, guide: ConversationGuide)
    -> [ConversationGuide.GuideDomain]
  {
    guard let step = guide.steps.first(where: { $0.kind == .domains }) else { return [] }
    let prefix = step.id + "/"
    let used = Set(
      (Array(conversation.notes.keys) + Array(conversation.status.keys))
        .filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
    let known = guide.defaultDomains
    guard !used.isEmpty, !used.isSubset(of: Set(known.map(\.id))) else { return known }
    return known.filter { used.contains($0.id) }
      + used.subtracting(known.map(\.id)).sorted().map {
        ConversationGuide.GuideDomain(id: $0, name: LocalizedText(nl: $0, en: $0))
      }
  }

  /// The milestone dates, every legal term and what comes next.
  private static func dateBlocks(_ input: Input) -> [ReportDocument.Block] {
    let s = input.language.strings
    let c = input.file.state
    var facts = [ReportDocument.Fact(s.meldingDate, c.melding.date.dutch)]
    let m = c.milestones
    let milestones: [(CaseField, LocalDate?)] = [
      (.onderzoekFinished, m.onderzoekFinished), (.verslagSent, m.verslagSent),
      (.persoonlijkPlan, m.persoonlijkPlan), (.aanvraag, m.aanvraag),
      (.beschikking, m.beschikking),
    ]
    for (field, date) in milestones {
      if let date { facts.append(.init(capitalised(s.field(field)), date.dutch)) }
    }
    let clocks =
      input.clocks.map {
        LegalClocks.evaluate($0, law: c.law, dates: c.dates, today: input.today)
      } ?? []
    for clock in clocks {
      facts.append(
        .init(s.clockLabel(clock), s.clockSummary(clock) + " · " + clock.definition.article))
    }
    var blocks: [ReportDocument.Block] = [.heading(s.verslagDatesHeading, level: 2), .facts(facts)]
    blocks.append(.heading(s.verslagNextStepHeading, level: 2))
    let next = clocks.filter { [.overdue, .dueToday, .running].contains($0.state) }
      .sorted { $0.sortKey < $1.sortKey }.first
    blocks.append(
      .paragraph(next.map { "\(s.clockLabel($0)): \(s.clockSummary($0))" } ?? s.verslagNoNextStep))
    return blocks
  }

  private static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
