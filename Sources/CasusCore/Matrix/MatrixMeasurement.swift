/// One meetmoment: a matrix scored on a day, by someone, with a score per domain.
///
/// It names its definition (id and version) so it can be shown and compared with that
/// definition long after another one became active. Following the ZRM instructions, a
/// domain that was not discussed has no score rather than a low one.
public struct MatrixMeasurement: Hashable, Sendable, Codable {
  public var definitionID: String
  public var definitionVersion: Int
  /// The day the matrix was scored (editable: the conversation may have been earlier).
  public var date: LocalDate
  /// Who scored it.
  public var scoredBy: String
  /// One entry per domain of the definition, in its order.
  public var scores: [DomainScore]

  public init(
    definitionID: String, definitionVersion: Int, date: LocalDate, scoredBy: String,
    scores: [DomainScore]
  ) {
    self.definitionID = definitionID
    self.definitionVersion = definitionVersion
    self.date = date
    self.scoredBy = scoredBy
    self.scores = scores
  }

  /// The definition this measurement was scored with.
  public var reference: MatrixReference {
    MatrixReference(id: definitionID, version: definitionVersion)
  }

  /// The entry for a domain, if the measurement has it.
  public func entry(_ domain: String) -> DomainScore? { scores.first { $0.domain == domain } }

  /// The score of a domain (`nil` when not discussed or absent).
  public func score(_ domain: String) -> Int? { entry(domain)?.score }
}

/// The score of one domain in a meetmoment.
public struct DomainScore: Hashable, Sendable, Codable {
  public var domain: String
  /// 1 to 5; `nil` when the domain was not discussed.
  public var score: Int?
  /// What the consulent wrote about the domain.
  public var note: String?
  /// The level the client and consulent aim for at a next meetmoment.
  public var target: Int?

  public init(domain: String, score: Int? = nil, note: String? = nil, target: Int? = nil) {
    self.domain = domain
    self.score = score
    self.note = note
    self.target = target
  }

  /// Whether the domain was discussed and scored.
  public var isDiscussed: Bool { score != nil }
}
