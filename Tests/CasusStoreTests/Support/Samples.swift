import CasusCore
import Foundation
import Testing

/// Cases to store, made through the engine with a fixed clock.
enum Samples {
  static let now = Date(timeIntervalSince1970: 1_795_000_000)
  static let actor = "Consulent Jansen"

  static func today() throws -> LocalDate {
    try #require(LocalDate(year: 2026, month: 11, day: 25))
  }

  static func id(_ text: String) throws -> CaseID { try #require(CaseID(text)) }

  /// A new case (revision 0) for the Brouwer-Öztürk household, with text in several scripts.
  static func newCase(_ id: String = "C-BROUWER1", meldingDay: Int = 18) throws -> CaseFile {
    let melding = NewMelding(
      householdName: "Brouwer-Öztürk",
      members: [
        Member(name: "Cliënt Brouwer-Öztürk", born: LocalDate(year: 1984, month: 3, day: 9)),
        Member(name: "Nguyễn Văn An", role: .partner),
        Member(name: "محمد", born: LocalDate(year: 2015, month: 6, day: 1), role: .child),
        Member(name: "ትግርኛ ተናጋሪ", role: .other),
      ],
      question: "ik wil graag hulp bij één ding",
      meldingDate: try #require(LocalDate(year: 2026, month: 11, day: meldingDay)),
      source: .professional,
      regie: Regie(holder: .professional, name: "Zoë de Vries"))
    return try CaseFile.open(melding, id: Samples.id(id), at: now, today: today(), actor: actor)
  }

  /// `file` after one edit of the question, the phase and the regie.
  static func edited(_ file: CaseFile) throws -> CaseFile {
    let edit = CaseEdit(
      question: "hulp bij schulden én huisvesting", regie: Regie(holder: .resident),
      phase: .gesprek)
    return try file.applying(
      .edit(edit), at: now.addingTimeInterval(3600), today: today(),
      actor: actor)
  }

  /// `file` after a whole keukentafelgesprek: every conversation event type, a response to the
  /// verslag, an export, and an edit of the law, the cliëntondersteuning and a milestone date.
  static func talkedThrough(_ file: CaseFile) throws -> CaseFile {
    let at = now.addingTimeInterval(7200)
    let today = try today()
    var next = try file.applying(
      .startConversation(guideID: "keukentafel", guideVersion: 1, firstItem: "kennismaking"),
      at: at, today: today, actor: actor)
    next = try next.applying(
      .updateConversation(
        ConversationUpdate(
          notes: ["hulpvraag": "„Ik wil zelf blijven koken.”", "brede-uitvraag/financien": "huur"],
          status: ["hulpvraag": .done, "brede-uitvraag/werk-opleiding": .skipped],
          position: Conversation.Position(item: "veiligheid", cursor: 3), elapsedSeconds: 1800,
          network: [NetworkMember(name: "Yusuf", relation: "zoon", reachable: false)],
          safety: SafetyConcern(raised: true, note: "zorg"),
          consent: Consent(toRecord: true, toInvolveOthers: false))),
      at: at, today: today, actor: actor)
    next = try next.applying(
      .recordResponse(VerslagResponse(date: today, text: "Mijn zoon belt één keer per week.")),
      at: at, today: today, actor: actor)
    next = try next.applying(
      .recordExport(CaseExported(document: "verslag", format: "md", destination: "stdout")),
      at: at, today: today, actor: actor)
    return try next.applying(
      .edit(
        CaseEdit(
          law: .jeugdwet, clientSupportOffered: true,
          milestones: Milestones(onderzoekFinished: today, aanvraag: today))),
      at: at, today: today, actor: actor)
  }
}
