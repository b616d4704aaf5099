import Foundation

/// A conversation guide: the steps of the keukentafelgesprek, as data.
///
/// The guide guides and never gates: every step can be skipped and returned to. The shipped
/// guide is `Resources/guides/keukentafel.v1.json`; it is validated when loaded and by a test.
public struct ConversationGuide: Hashable, Sendable, Codable {
  public var id: String
  public var version: Int
  public var title: LocalizedText
  public var steps: [GuideStep]
  /// The life domains the broad sweep asks about when no matrix is active.
  public var defaultDomains: [GuideDomain]

  /// One step of the guide.
  public struct GuideStep: Hashable, Sendable, Codable {
    /// What the step records besides free text.
    public enum Kind: String, Hashable, Sendable, Codable {
      /// Free text only.
      case text
      /// Consent to record and to involve others.
      case consent
      /// One prompt per life domain (the broad sweep).
      case domains
      /// The network list: person, relation, can, cannot, reachable.
      case network
      /// A direct question and the safety-concern flag.
      case safety
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    public var prompt: LocalizedText
    public var hints: [LocalizedText]
    /// For `domains`: the prompt per domain, with `{domein}` replaced by the domain's name.
    public var domainPrompt: LocalizedText?
  }

  /// A life domain the broad sweep asks about.
  public struct GuideDomain: Hashable, Sendable, Codable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
      self.id = id
      self.name = name
    }
  }

  /// One page of the conversation: a step, or one life domain of the broad sweep.
  public struct Item: Hashable, Sendable {
    /// `step` or `step/domain`; the key of the item's notes and status.
    public var id: String
    public var step: GuideStep
    public var domain: GuideDomain?

    /// The item's title in a language: the step's, or the domain's name.
    public func title(_ language: String) -> String {
      domain?.name.text(language) ?? step.title.text(language)
    }

    /// The item's question in a language.
    public func prompt(_ language: String) -> String {
      guard let domain, let template = step.domainPrompt else { return step.prompt.text(language) }
      return template.text(language).replacingOccurrences(
        of: "{domein}", with: domain.name.text(language).lowercased())
    }
  }

  /// The pages in order: each step, and for the broad sweep one page per domain after it.
  public func items(domains: [GuideDomain]? = nil) -> [Item] {
    var out: [Item] = []
    for step in steps {
      out.append(Item(id: step.id, step: step, domain: nil))
      if step.kind == .domains {
        for domain in domains ?? defaultDomains {
          out.append(Item(id: "\(step.id)/\(domain.id)", step: step, domain: domain))
        }
      }
    }
    return out
  }
}
