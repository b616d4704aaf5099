import CasusCore
import Foundation

/// One case in the index: its summary and the stamp of the file it was made from.
public struct IndexEntry: Hashable, Sendable {
  public var summary: CaseSummary
  /// Size and modification time of `cases/<id>.json` when the summary was made: a file whose
  /// stamp differs has changed behind the index's back and is read again.
  public var stamp: FileStamp
  /// What the filter searches (``SearchText``), made when the case was saved.
  public var searchText: [UInt8]

  public init(summary: CaseSummary, stamp: FileStamp, searchText: [UInt8]? = nil) {
    self.summary = summary
    self.stamp = stamp
    self.searchText = searchText ?? SearchText.of(summary)
  }
}

/// What the index remembers of a file to notice that it changed.
public struct FileStamp: Hashable, Sendable {
  public var size: Int
  public var modified: Int

  public init(size: Int, modified: Int) {
    self.size = size
    self.modified = modified
  }
}

extension IndexEntry {
  func write(to w: inout BinaryWriter) {
    let s = summary
    w.string(s.id.rawValue)
    w.int(s.revision)
    w.string(s.householdName)
    w.strings(s.memberNames)
    w.string(s.question)
    w.date(s.melding.date)
    w.string(s.melding.source.rawValue)
    w.string(s.phase.rawValue)
    w.string(s.law.rawValue)
    w.optionalString(s.profile)
    w.optionalDate(s.dates.onderzoekFinished)
    w.optionalDate(s.dates.verslagSent)
    w.optionalDate(s.dates.persoonlijkPlan)
    w.optionalDate(s.dates.aanvraag)
    w.optionalDate(s.dates.beschikking)
    w.uint(UInt64(s.aanvragen.count))
    for a in s.aanvragen {
      w.string(a.name)
      w.date(a.aanvraag)
      w.optionalDate(a.beschikking)
    }
    w.strings(s.urgency)
    w.uint(UInt64(s.reminderSeeds.count))
    for r in s.reminderSeeds {
      w.string(r.id)
      w.string(r.kind.rawValue)
      w.date(r.base)
      w.string(r.subject)
    }
    w.uint(UInt64(s.handovers.count))
    for h in s.handovers {
      w.string(h.id)
      w.string(h.lane.rawValue)
      w.string(h.laneName)
      w.string(h.state.rawValue)
      w.string(h.from)
      w.string(h.to)
      w.strings(h.reasons)
      w.optionalString(h.declineReason)
      w.optionalDate(h.submitted)
      w.optionalDate(h.accepted)
    }
    w.uint(UInt64(s.handoverDeadlines.count))
    for d in s.handoverDeadlines {
      w.string(d.kind.rawValue)
      w.string(d.handover)
      w.date(d.due)
    }
    w.int(s.activeInvolvements)
    w.int(s.yearlyCost)
    w.bool(s.planIsEmpty)
    w.bool(s.matrixPair != nil)
    if let m = s.matrixPair {
      w.int(m.before)
      w.int(m.after)
      w.date(m.from)
      w.date(m.to)
    }
    w.bool(s.lastEvent != nil)
    if let at = s.lastEvent { w.int(Int(at.timeIntervalSince1970.rounded(.down))) }
    w.uint(UInt64(searchText.count))
    w.raw(searchText)
    w.int(stamp.size)
    w.int(stamp.modified)
  }

  static func read(from r: inout BinaryReader) throws(BinaryReader.Malformed) -> IndexEntry {
    func value<T: RawRepresentable>(_ type: T.Type, _ text: String) throws(BinaryReader.Malformed)
      -> T where T.RawValue == String
    {
      guard let v = T(rawValue: text) else { throw BinaryReader.Malformed() }
      return v
    }
    guard let id = CaseID(try r.string()) else { throw BinaryReader.Malformed() }
    let revision = try r.int()
    let household = try r.string()
    let members = try r.strings()
    let question = try r.string()
    let meldingDate = try r.date()
    let source = try value(Melding.Source.self, try r.string())
    let phase = try value(Phase.self, try r.string())
    let law = try value(Law.self, try r.string())
    let profile = try r.optionalString()
    let dates = CaseDates(
      melding: meldingDate, onderzoekFinished: try r.optionalDate(),
      verslagSent: try r.optionalDate(), persoonlijkPlan: try r.optionalDate(),
      aanvraag: try r.optionalDate(), beschikking: try r.optionalDate())
    var aanvragen: [CaseSummary.Aanvraag] = []
    for _ in 0..<(try r.count()) {
      aanvragen.append(
        CaseSummary.Aanvraag(
          name: try r.string(), aanvraag: try r.date(), beschikking: try r.optionalDate()))
    }
    let urgency = try r.strings()
    var seeds: [CaseSummary.ReminderSeed] = []
    for _ in 0..<(try r.count()) {
      seeds.append(
        CaseSummary.ReminderSeed(
          id: try r.string(), kind: try value(Reminder.Kind.self, try r.string()),
          base: try r.date(),
          subject: try r.string()))
    }
    var handovers: [CaseSummary.HandoverSummary] = []
    for _ in 0..<(try r.count()) {
      handovers.append(
        CaseSummary.HandoverSummary(
          id: try r.string(), lane: try value(MunicipalityProfile.Lane.Kind.self, try r.string()),
          laneName: try r.string(), state: try value(HandoverState.self, try r.string()),
          from: try r.string(),
          to: try r.string(), reasons: try r.strings(), declineReason: try r.optionalString(),
          submitted: try r.optionalDate(), accepted: try r.optionalDate()))
    }
    var deadlines: [HandoverDeadline] = []
    for _ in 0..<(try r.count()) {
      deadlines.append(
        HandoverDeadline(
          kind: try value(HandoverDeadline.Kind.self, try r.string()), handover: try r.string(),
          due: try r.date()))
    }
    let involvements = try r.int()
    let cost = try r.int()
    let planIsEmpty = try r.bool()
    var pair: CaseSummary.MatrixPair?
    if try r.bool() {
      pair = CaseSummary.MatrixPair(
        before: try r.int(), after: try r.int(), from: try r.date(), to: try r.date())
    }
    var lastEvent: Date?
    if try r.bool() { lastEvent = Date(timeIntervalSince1970: Double(try r.int())) }
    let searchText = Array(try r.raw(try r.count()))
    let stamp = FileStamp(size: try r.int(), modified: try r.int())
    let summary = CaseSummary(
      id: id, revision: revision, householdName: household, memberNames: members,
      question: question, melding: Melding(date: meldingDate, source: source), phase: phase,
      law: law, profile: profile, dates: dates, aanvragen: aanvragen, urgency: urgency,
      reminderSeeds: seeds,
      handovers: handovers, handoverDeadlines: deadlines, activeInvolvements: involvements,
      yearlyCost: cost,
      planIsEmpty: planIsEmpty, matrixPair: pair, lastEvent: lastEvent)
    return IndexEntry(summary: summary, stamp: stamp, searchText: searchText)
  }
}
