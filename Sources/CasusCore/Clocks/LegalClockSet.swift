/// A versioned list of legal clock definitions, as shipped in `Resources/clocks/`.
///
/// Load one with ``decode(_:)``, which refuses a set with duplicate ids, unknown fields,
/// non-positive durations, a clock that stops on its own start, or empty labels.
public struct LegalClockSet: Hashable, Sendable, Codable {
  /// The set's identifier (`legal-clocks`).
  public var id: String
  /// The version of the definitions; a case can record which version computed its terms.
  public var version: Int
  /// The clocks, in the order the app shows them.
  public var clocks: [LegalClockDefinition]

  public init(id: String, version: Int, clocks: [LegalClockDefinition]) {
    self.id = id
    self.version = version
    self.clocks = clocks
  }

  /// The clocks that run for cases under `law`, in definition order.
  public func clocks(for law: Law) -> [LegalClockDefinition] {
    clocks.filter { $0.law == law }
  }
}
