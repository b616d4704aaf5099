import Foundation

/// Why a guide file was refused, naming the step and field.
public struct GuideError: Error, Hashable, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

extension ConversationGuide {
  /// Decodes and validates a guide file.
  public static func decode(_ data: Data) throws(GuideError) -> ConversationGuide {
    let guide: ConversationGuide
    do {
      guide = try JSONDecoder().decode(ConversationGuide.self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
      throw GuideError("missing field \(path(context.codingPath + [key]))")
    } catch let DecodingError.typeMismatch(_, context) {
      throw GuideError("wrong type at \(path(context.codingPath)): \(context.debugDescription)")
    } catch let DecodingError.dataCorrupted(context) {
      throw GuideError("invalid value at \(path(context.codingPath)): \(context.debugDescription)")
    } catch {
      throw GuideError("not a guide: \(error)")
    }
    try guide.validate()
    return guide
  }

  /// Checks what the type system cannot: ids, texts and the special steps.
  public func validate() throws(GuideError) {
    if id.isEmpty { throw GuideError("the guide has no id") }
    if version < 1 { throw GuideError("version must be 1 or higher") }
    if steps.isEmpty { throw GuideError("the guide has no steps") }
    var seen: Set<String> = []
    for (i, step) in steps.enumerated() {
      let at = "steps[\(i)] (\(step.id.isEmpty ? "no id" : step.id))"
      if step.id.isEmpty || step.id.contains("/") {
        throw GuideError("\(at).id must be non-empty and without /")
      }
      if !seen.insert(step.id).inserted { throw GuideError("\(at).id is used twice") }
      for (name, text) in [("title", step.title), ("prompt", step.prompt)] {
        if text.nl.isEmpty || text.en.isEmpty { throw GuideError("\(at).\(name) needs nl and en") }
      }
      for (h, hint) in step.hints.enumerated() where hint.nl.isEmpty || hint.en.isEmpty {
        throw GuideError("\(at).hints[\(h)] needs nl and en")
      }
      if step.kind == .domains {
        guard let template = step.domainPrompt, template.nl.contains("{domein}"),
          template.en.contains("{domein}")
        else { throw GuideError("\(at).domainPrompt must contain {domein} in nl and en") }
      }
    }
    for kind in [GuideStep.Kind.network, .safety] where steps.filter({ $0.kind == kind }).count > 1
    {
      throw GuideError("only one step may be of kind \(kind.rawValue)")
    }
    var domainIDs: Set<String> = []
    for (i, domain) in defaultDomains.enumerated() {
      if domain.id.isEmpty || domain.id.contains("/") {
        throw GuideError("defaultDomains[\(i)].id must be non-empty and without /")
      }
      if !domainIDs.insert(domain.id).inserted {
        throw GuideError("defaultDomains[\(i)].id \(domain.id) is used twice")
      }
      if domain.name.nl.isEmpty || domain.name.en.isEmpty {
        throw GuideError("defaultDomains[\(i)].name needs nl and en")
      }
    }
    if steps.contains(where: { $0.kind == .domains }), defaultDomains.isEmpty {
      throw GuideError("a domains step needs defaultDomains")
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }
}
