/// The matrix definitions the app knows: the shipped ones and any an organisation loaded.
///
/// A measurement is shown with the definition it names (id and version); a loaded file with
/// the same id and version as a shipped one replaces it (for its descriptor texts), but only
/// when its domains are the same, so old measurements keep their meaning.
public struct MatrixLibrary: Hashable, Sendable {
  /// Every definition, in the order they were added; later ones win on lookup.
  public private(set) var definitions: [MatrixDefinition]

  public init(_ definitions: [MatrixDefinition] = []) {
    self.definitions = []
    for definition in definitions { try? add(definition) }
  }

  /// The definition with this id and version.
  public func definition(_ reference: MatrixReference) -> MatrixDefinition? {
    definitions.last { $0.id == reference.id && $0.version == reference.version }
  }

  /// The highest version of a definition id.
  public func latest(_ id: String) -> MatrixDefinition? {
    definitions.filter { $0.id == id }.max { $0.version < $1.version }
  }

  /// Adds a definition; one with the same id and version must keep the same domains.
  public mutating func add(_ definition: MatrixDefinition) throws(MatrixDefinitionError) {
    if let existing = self.definition(definition.reference) {
      guard existing.domains.map(\.id) == definition.domains.map(\.id) else {
        throw MatrixDefinitionError(
          field: "domains",
          problem:
            "differ from those of \(existing.reference); give the file another id or version")
      }
      definitions.removeAll { $0.reference == definition.reference }
    }
    definitions.append(definition)
  }
}
