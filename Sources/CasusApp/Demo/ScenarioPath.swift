import CasusCore

/// A path into a case file's JSON: keys separated by dots, array positions in brackets
/// (`state.needs[0].rungs.eigen-kracht.offers[1].status`).
public struct ScenarioPath: Equatable, Sendable {
  public enum Component: Equatable, Sendable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  /// The path, or `nil` when the text is not one.
  public init?(_ text: String) {
    var out: [Component] = []
    for part in text.split(separator: ".", omittingEmptySubsequences: false) {
      var rest = Substring(part)
      let key = rest.prefix { $0 != "[" }
      guard !key.isEmpty else { return nil }
      out.append(.key(String(key)))
      rest = rest.dropFirst(key.count)
      while rest.first == "[" {
        guard let close = rest.firstIndex(of: "]"),
          let n = Int(rest[rest.index(after: rest.startIndex)..<close]), n >= 0
        else { return nil }
        out.append(.index(n))
        rest = rest[rest.index(after: close)...]
      }
      guard rest.isEmpty else { return nil }
    }
    guard !out.isEmpty else { return nil }
    components = out
  }

  /// The value at this path, or `nil` when some part of it is not there.
  public func value(in json: JSONValue) -> JSONValue? {
    var here = json
    for component in components {
      switch (component, here) {
      case (.key(let k), .object(let o)):
        guard let next = o[k] else { return nil }
        here = next
      case (.index(let i), .array(let a)):
        guard a.indices.contains(i) else { return nil }
        here = a[i]
      default:
        return nil
      }
    }
    return here
  }
}
