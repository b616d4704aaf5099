/// A self-sufficiency matrix as data: life domains × five levels, with guidance per cell.
///
/// Shipped definitions live in `Resources/matrices/` (`zrm-2017`, `zrm-2013`,
/// `haarlemmermeer-5`); an organisation can load its own file with the licensed descriptor
/// texts. A measurement names its definition by ``id`` and ``version``, so a case scored
/// with one definition keeps showing that definition after another one becomes active.
/// The format is described in `docs/matrix-definitions.md`.
public struct MatrixDefinition: Hashable, Sendable, Codable {
  /// `zrm-2017`: letters, digits, `-` and `_`.
  public var id: String
  /// Raised whenever domains or their meaning change; measurements record it.
  public var version: Int
  public var title: LocalizedText
  /// Where the domains come from, and the licence of their texts.
  public var source: LocalizedText
  /// The five levels, 1 (acute problematiek) to 5 (volledig zelfredzaam), in that order.
  public var levels: [Level]
  /// The label for a domain that was not discussed (not a score).
  public var notDiscussed: LocalizedText
  /// The domains, in the order they are scored.
  public var domains: [Domain]

  public init(
    id: String, version: Int, title: LocalizedText, source: LocalizedText, levels: [Level],
    notDiscussed: LocalizedText, domains: [Domain]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.source = source
    self.levels = levels
    self.notDiscussed = notDiscussed
    self.domains = domains
  }

  /// The scores a domain can have.
  public static let scores = 1...5

  /// One level of the scale: its score and its name.
  public struct Level: Hashable, Sendable, Codable {
    public var score: Int
    public var name: LocalizedText

    public init(score: Int, name: LocalizedText) {
      self.score = score
      self.name = name
    }
  }

  /// One life domain, with a line of guidance for each level.
  public struct Domain: Hashable, Sendable, Codable {
    /// `financien`: letters, digits, `-` and `_`; the key of scores and conversation notes.
    public var id: String
    public var name: LocalizedText
    /// Five entries, scores 1 to 5 in order.
    public var levels: [DomainLevel]

    public init(id: String, name: LocalizedText, levels: [DomainLevel]) {
      self.id = id
      self.name = name
      self.levels = levels
    }

    /// The cell for a score, if the score is on the scale.
    public func level(_ score: Int) -> DomainLevel? { levels.first { $0.score == score } }
  }

  /// One cell of the matrix: our own guidance line, and optionally the organisation's
  /// licensed descriptor text.
  public struct DomainLevel: Hashable, Sendable, Codable {
    public var score: Int
    /// Casus's own one-line guidance (never the copyrighted ZRM texts).
    public var guidance: LocalizedText
    /// The descriptor text an organisation supplies from its own licensed material.
    public var descriptor: LocalizedText?

    public init(score: Int, guidance: LocalizedText, descriptor: LocalizedText? = nil) {
      self.score = score
      self.guidance = guidance
      self.descriptor = descriptor
    }
  }

  /// The level for a score, if the score is on the scale.
  public func level(_ score: Int) -> Level? { levels.first { $0.score == score } }

  /// The domain with an id, if the definition has it.
  public func domain(_ id: String) -> Domain? { domains.first { $0.id == id } }

  /// `zrm-2017 v1`: how a definition is named in messages and exports.
  public var reference: MatrixReference { MatrixReference(id: id, version: version) }

  /// The domains as the conversation guide's broad sweep asks about them.
  public var guideDomains: [ConversationGuide.GuideDomain] {
    domains.map { ConversationGuide.GuideDomain(id: $0.id, name: $0.name) }
  }
}

/// A definition's id and version: what a measurement records to find its definition again.
public struct MatrixReference: Hashable, Sendable, Codable, CustomStringConvertible {
  public var id: String
  public var version: Int

  public init(id: String, version: Int) {
    self.id = id
    self.version = version
  }

  public var description: String { "\(id) v\(version)" }
}
