import Foundation

extension HandoverPackage {
  /// A handover package as it leaves Casus: the handover and only the parts of the case its
  /// ``Handover/sections`` name.
  ///
  /// Written by `casus export ID --handover` as JSON beside the Markdown; read back by
  /// `casus import FILE` on the receiving side. A part that was not chosen is absent, not
  /// empty, so the receiver can tell "not sent" from "nothing there". The shape is documented
  /// in `docs/handovers.md`.
  public struct Document: Hashable, Sendable, Codable {
    /// `casus-handover`.
    public var format: String
    public var version: Int
    public var exportedAt: Date
    /// Who exported it (`Anna de Vries (consulent)`).
    public var exportedBy: String
    public var caseID: CaseID
    public var summary: Summary
    public var handover: Handover
    /// `household`: the members and who holds regie.
    public var household: Household?
    public var regie: Regie?
    /// `question`: the client's question in their own words.
    public var question: String?
    /// `matrix`: every meetmoment.
    public var measurements: [MatrixMeasurement]?
    /// `ladder`: what was considered and tried on each rung, and why.
    public var ladder: Ladder?
    /// `involved`: the professionals and services, with their yearly cost.
    public var involvements: [Involvement]?
    /// `plan`: the household plan.
    public var plan: HouseholdPlan?
    /// `safety`: the safety lane and its chain steps.
    public var safetyLane: SafetyLane?
    /// `conversation`: the keukentafelgesprek.
    public var conversation: Conversation?

    /// The package format's name and version.
    public static let formatName = "casus-handover"
    public static let currentVersion = 1

    /// What is always sent: enough to know what the case is, without names or notes.
    public struct Summary: Hashable, Sendable, Codable {
      public var meldingDate: LocalDate
      public var source: Melding.Source
      public var law: Law
      public var phase: Phase
      /// How many people the household has.
      public var members: Int
      /// Whether the case is marked urgent (a safety lane or a raised concern).
      public var urgent: Bool

      public init(
        meldingDate: LocalDate, source: Melding.Source, law: Law, phase: Phase, members: Int,
        urgent: Bool
      ) {
        self.meldingDate = meldingDate
        self.source = source
        self.law = law
        self.phase = phase
        self.members = members
        self.urgent = urgent
      }
    }

    /// The ladder part: the profile and its rung order, so the receiver reads the decisions
    /// in the order they were taken.
    public struct Ladder: Hashable, Sendable, Codable {
      public var profile: String?
      /// The profile's rung ids, lightest first.
      public var rungs: [String]
      public var needs: [SupportNeed]

      public init(profile: String?, rungs: [String], needs: [SupportNeed]) {
        self.profile = profile
        self.rungs = rungs
        self.needs = needs
      }
    }
  }

  /// The package of handover `id` of a case, with only its chosen sections.
  ///
  /// `rungs` is the ladder order of the case's profile (the caller has the profiles); rungs
  /// the case used that are not in it are added at the end, so nothing is lost.
  public static func document(
    of file: CaseFile, handover id: String, exportedAt: Date, exportedBy: String,
    rungs: [String] = []
  ) throws(CaseError) -> Document {
    guard let handover = file.state.handovers.first(where: { $0.id == id }) else {
      throw .unknownHandover(id)
    }
    let s = file.state
    let chosen = Set(handover.sections)
    func part<T>(_ section: Section, _ value: T) -> T? { chosen.contains(section) ? value : nil }
    var order = rungs
    for need in s.needs {
      for rung in need.rungs.keys.sorted() where !order.contains(rung) { order.append(rung) }
    }
    return Document(
      format: Document.formatName, version: Document.currentVersion, exportedAt: exportedAt,
      exportedBy: exportedBy, caseID: file.id,
      summary: Document.Summary(
        meldingDate: s.melding.date, source: s.melding.source, law: s.law, phase: s.phase,
        members: s.household.members.count, urgent: s.isUrgent),
      handover: handover, household: part(.household, s.household),
      regie: part(.household, s.regie), question: part(.question, s.question),
      measurements: part(.matrix, s.measurements),
      ladder: part(.ladder, Document.Ladder(profile: s.profile, rungs: order, needs: s.needs)),
      involvements: part(.involved, s.involvements), plan: part(.plan, s.plan),
      safetyLane: chosen.contains(.safety) ? s.safetyLane : nil,
      conversation: chosen.contains(.conversation) ? s.conversation : nil)
  }

  /// The package as JSON: pretty, sorted keys, plain UTF-8, ISO 8601 times, one final newline.
  public static func encode(_ document: Document) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    var data = (try? encoder.encode(document)) ?? Data()
    data.append(0x0A)
    return data
  }
}
