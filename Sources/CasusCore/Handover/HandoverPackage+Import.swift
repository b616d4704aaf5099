import Foundation

extension HandoverPackage {
  /// Reads a package, refusing anything that is not one or that carries more than its
  /// handover's sections allow.
  public static func decode(_ data: Data) throws(HandoverPackageError) -> Document {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    struct Header: Decodable { var format: String?, version: Int? }
    let header: Header
    do {
      header = try decoder.decode(Header.self, from: data)
    } catch {
      throw .decoding(error)
    }
    guard header.format == Document.formatName else {
      throw HandoverPackageError(
        field: "format",
        problem: "is not \"\(Document.formatName)\"; this is not a handover package")
    }
    guard let version = header.version, version <= Document.currentVersion, version >= 1 else {
      throw HandoverPackageError(
        field: "version",
        problem: "must be 1 to \(Document.currentVersion) for this version of Casus")
    }
    let document: Document
    do {
      document = try decoder.decode(Document.self, from: data)
    } catch {
      throw .decoding(error)
    }
    try validate(document)
    return document
  }

  /// The rules a package must keep beyond its JSON shape.
  static func validate(_ d: Document) throws(HandoverPackageError) {
    let h = d.handover
    if h.id.trimmed.isEmpty { throw HandoverPackageError(field: "handover.id", problem: "empty") }
    if h.reasons.isEmpty {
      throw HandoverPackageError(field: "handover.reasons", problem: "no reason is given")
    }
    guard let consent = h.consent, !consent.detail.trimmed.isEmpty else {
      throw HandoverPackageError(
        field: "handover.consent",
        problem: "missing: data goes along only with consent, a legal ground or an override")
    }
    _ = consent
    if h.to.trimmed.isEmpty { throw HandoverPackageError(field: "handover.to", problem: "empty") }
    let chosen = Set(h.sections)
    let parts: [(Section, String, Bool)] = [
      (.household, "household", d.household != nil || d.regie != nil),
      (.question, "question", d.question != nil),
      (.matrix, "measurements", d.measurements != nil),
      (.ladder, "ladder", d.ladder != nil),
      (.involved, "involvements", d.involvements != nil),
      (.plan, "plan", d.plan != nil),
      (.safety, "safetyLane", d.safetyLane != nil),
      (.conversation, "conversation", d.conversation != nil),
    ]
    for (section, field, present) in parts where present && !chosen.contains(section) {
      throw HandoverPackageError(
        field: field, problem: "is in the package but not among handover.sections")
    }
    if let household = d.household {
      if household.name.trimmed.isEmpty {
        throw HandoverPackageError(field: "household.name", problem: "empty")
      }
      if household.members.isEmpty {
        throw HandoverPackageError(field: "household.members", problem: "empty")
      }
    }
  }

  /// What the receiving side fills in for parts the sender did not send.
  public struct Placeholders: Hashable, Sendable {
    /// The household's name when the household was not sent (gets the source case id).
    public var household: String
    /// The question when neither the client's question nor a question to the team was sent.
    public var question: String

    public init(household: String, question: String) {
      self.household = household
      self.question = question
    }
  }

  /// A new case on the receiving side, built from a package through the engine, with the
  /// handover `submitted` so it lands in the receiving team's queue.
  ///
  /// Every part goes through the same rules as when it was first recorded; a part that does
  /// not pass is refused with its field. `definition` finds matrix definitions by id and
  /// version.
  public static func importedCase(
    _ d: Document, id: CaseID, file name: String, placeholders: Placeholders, at now: Date,
    today: LocalDate, actor: String, definition: (MatrixReference) -> MatrixDefinition?
  ) throws(HandoverPackageError) -> CaseFile {
    let household =
      d.household
      ?? Household(
        name: placeholders.household + " " + d.caseID.rawValue,
        members: [Member(name: placeholders.household)])
    let question =
      [d.question, d.handover.question].compactMap { $0 }.first { !$0.trimmed.isEmpty }
      ?? placeholders.question
    var file: CaseFile
    do {
      file = try CaseFile.open(
        NewMelding(
          householdName: household.name, members: household.members, question: question,
          meldingDate: d.summary.meldingDate, source: d.summary.source,
          regie: d.regie ?? Regie(holder: .resident), law: d.summary.law),
        id: id, at: now, today: today, actor: actor)
    } catch {
      throw HandoverPackageError(
        field: d.household == nil ? "summary" : "household", problem: "\(error)")
    }
    func step(_ field: String, _ command: CaseCommand) throws(HandoverPackageError) {
      do {
        file = try file.applying(command, at: now, today: today, actor: actor)
      } catch .nothingChanged {
        return
      } catch {
        throw HandoverPackageError(field: field, problem: error.description)
      }
    }
    for (i, m) in (d.measurements ?? []).enumerated() {
      guard let def = definition(m.reference) else {
        throw HandoverPackageError(
          field: "measurements[\(i)].definitionID",
          problem: "matrix \(m.definitionID) version \(m.definitionVersion) is not known here")
      }
      try step("measurements[\(i)]", .recordMeasurement(m, definition: def))
    }
    if let lane = d.safetyLane {
      var open = lane
      open.steps = [:]
      open.closed = nil
      open.closeReason = ""
      try step("safetyLane", .safety(.open(open)))
      for (stepID, record) in lane.steps.sorted(by: { $0.key < $1.key }) {
        try step("safetyLane.steps.\(stepID)", .safety(.recordStep(step: stepID, record)))
      }
    }
    if let ladder = d.ladder {
      try importLadder(ladder, step)
    }
    if let lane = d.safetyLane, let closed = lane.closed {
      try step("safetyLane.closed", .safety(.close(date: closed, reason: lane.closeReason)))
    }
    for (i, involvement) in (d.involvements ?? []).enumerated() {
      try step("involvements[\(i)]", .involvement(.set(id: involvement.id, involvement)))
    }
    if let plan = d.plan { try importPlan(plan, step) }
    if let conversation = d.conversation {
      try step(
        "conversation",
        .startConversation(
          guideID: conversation.guideID, guideVersion: conversation.guideVersion,
          firstItem: conversation.position.item))
      try step("conversation", .updateConversation(ConversationUpdate(conversation)))
    }
    var handover = d.handover
    handover.submitted = nil
    handover.accepted = nil
    handover.returned = nil
    handover.declineReason = nil
    handover.returnedTo = nil
    handover.evaluation = nil
    handover.doorbraak = nil
    try step("handover", .handover(.create(handover)))
    try step(
      "handover", .handover(.submit(id: handover.id, date: d.handover.submitted ?? today)))
    try step(
      "handover",
      .handover(
        .recordImport(
          HandoverImported(
            sourceCase: d.caseID, handover: handover.id, exportedBy: d.exportedBy,
            exportedAt: ISO8601DateFormatter().string(from: d.exportedAt), file: name))))
    return file
  }

  private static func importLadder(
    _ ladder: Document.Ladder,
    _ step: (String, CaseCommand) throws(HandoverPackageError) -> Void
  ) throws(HandoverPackageError) {
    for (i, need) in ladder.needs.enumerated() {
      var opened = need
      opened.rungs = [:]
      opened.changes = []
      opened.closed = false
      try step("ladder.needs[\(i)]", .ladder(.openNeed(opened, profile: ladder.profile ?? "")))
      for rung in need.rungs.keys where !ladder.rungs.contains(rung) {
        throw HandoverPackageError(
          field: "ladder.needs[\(i)].rungs.\(rung)", problem: "is not in ladder.rungs")
      }
      for rung in ladder.rungs {
        guard let decision = need.rungs[rung] else { continue }
        try step(
          "ladder.needs[\(i)].rungs.\(rung)",
          .ladder(.recordRung(need: need.id, rung: rung, decision: decision, ladder: ladder.rungs)))
      }
      for (j, change) in need.changes.enumerated() {
        try step("ladder.needs[\(i)].changes[\(j)]", .ladder(.change(need: need.id, change)))
      }
      if need.closed {
        try step("ladder.needs[\(i)].closed", .ladder(.close(need: need.id, reason: "")))
      }
    }
  }

  private static func importPlan(
    _ plan: HouseholdPlan, _ step: (String, CaseCommand) throws(HandoverPackageError) -> Void
  ) throws(HandoverPackageError) {
    if let regisseur = plan.regisseur { try step("plan.regisseur", .plan(.regisseur(regisseur))) }
    for (i, goal) in plan.goals.enumerated() {
      try step("plan.goals[\(i)]", .plan(.goal(id: goal.id, goal)))
    }
    for (i, action) in plan.actions.enumerated() {
      try step("plan.actions[\(i)]", .plan(.action(id: action.id, action)))
    }
    for (i, agreement) in plan.agreements.enumerated() {
      try step("plan.agreements[\(i)]", .plan(.agreement(id: agreement.id, agreement)))
    }
    for (i, record) in plan.monitoring.enumerated() {
      try step("plan.monitoring[\(i)]", .plan(.monitored(record)))
    }
  }
}
