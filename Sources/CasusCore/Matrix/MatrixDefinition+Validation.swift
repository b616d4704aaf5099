import Foundation

extension MatrixDefinition {
  /// Decodes and validates a definition file; errors name `file` and the field.
  public static func decode(_ data: Data, file: String? = nil) throws(MatrixDefinitionError)
    -> MatrixDefinition
  {
    let definition: MatrixDefinition
    do {
      definition = try JSONDecoder().decode(MatrixDefinition.self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
      throw MatrixDefinitionError(
        file: file, field: path(context.codingPath + [key]), problem: "is missing")
    } catch let DecodingError.typeMismatch(type, context) {
      throw MatrixDefinitionError(
        file: file, field: path(context.codingPath), problem: "must be \(describe(type))")
    } catch let DecodingError.valueNotFound(type, context) {
      throw MatrixDefinitionError(
        file: file, field: path(context.codingPath), problem: "must be \(describe(type))")
    } catch let DecodingError.dataCorrupted(context) {
      throw MatrixDefinitionError(
        file: file, field: path(context.codingPath),
        problem: context.codingPath.isEmpty ? "is not JSON" : "is not valid")
    } catch {
      throw MatrixDefinitionError(file: file, field: "", problem: "cannot be read: \(error)")
    }
    do {
      try definition.validate()
    } catch {
      throw file.map { error.inFile($0) } ?? error
    }
    return definition
  }

  /// Checks what the types cannot: ids, the five levels in order, and no empty text.
  public func validate() throws(MatrixDefinitionError) {
    func fail(_ field: String, _ problem: String) -> MatrixDefinitionError {
      MatrixDefinitionError(field: field, problem: problem)
    }
    func text(_ value: LocalizedText, _ field: String) throws(MatrixDefinitionError) {
      if value.nl.trimmed.isEmpty { throw fail("\(field).nl", "is empty") }
      if value.en.trimmed.isEmpty { throw fail("\(field).en", "is empty") }
    }
    if !Self.isValidID(id) { throw fail("id", "must be 1 to 64 letters, digits, - or _") }
    if version < 1 { throw fail("version", "must be 1 or higher") }
    try text(title, "title")
    try text(source, "source")
    try text(notDiscussed, "notDiscussed")
    try checkScores(levels.map(\.score), "levels")
    for (i, level) in levels.enumerated() { try text(level.name, "levels[\(i)].name") }
    if domains.isEmpty { throw fail("domains", "is empty") }
    var seen: Set<String> = []
    for (d, domain) in domains.enumerated() {
      let at = "domains[\(d)]"
      if !Self.isValidID(domain.id) {
        throw fail("\(at).id", "must be 1 to 64 letters, digits, - or _")
      }
      if !seen.insert(domain.id).inserted { throw fail("\(at).id", "\(domain.id) is used twice") }
      try text(domain.name, "\(at).name")
      try checkScores(domain.levels.map(\.score), "\(at).levels")
      for (l, level) in domain.levels.enumerated() {
        try text(level.guidance, "\(at).levels[\(l)].guidance")
        if let descriptor = level.descriptor, descriptor.nl.trimmed.isEmpty,
          descriptor.en.trimmed.isEmpty
        {
          throw fail("\(at).levels[\(l)].descriptor", "is empty (leave it out instead)")
        }
      }
    }
  }

  private func checkScores(_ scores: [Int], _ field: String) throws(MatrixDefinitionError) {
    guard scores == Array(Self.scores) else {
      throw MatrixDefinitionError(
        field: field, problem: "must be the scores 1, 2, 3, 4, 5 in that order")
    }
  }

  /// Whether a text can be a definition or domain id (also safe in CSV and note ids).
  public static func isValidID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 64
      && text.unicodeScalars.allSatisfy { s in
        s.isASCII
          && (("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
            || s == "-" || s == "_")
      }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type: return "a whole number"
    case is [Any].Type: return "a list"
    default: return "an object"
    }
  }
}
