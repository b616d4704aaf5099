/// Why a matrix definition file was refused: the file, the field and what is wrong with it.
///
/// `domains[3].levels[2].guidance.nl is empty`: the field is a path into the JSON, so whoever
/// edits the file can find the mistake. The text is English, like the other data-file errors.
public struct MatrixDefinitionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file name, when the definition came from a file.
  public var file: String?
  /// The path of the field at fault (`domains[3].levels[2].guidance.nl`), or empty.
  public var field: String
  /// What is wrong (`is empty`, `is missing`, `must be 1 to 5 in order`).
  public var problem: String

  public init(file: String? = nil, field: String, problem: String) {
    self.file = file
    self.field = field
    self.problem = problem
  }

  public var description: String {
    let message = field.isEmpty ? problem : "\(field) \(problem)"
    return file.map { "\($0): \(message)" } ?? message
  }

  /// The same error, naming the file it came from.
  public func inFile(_ name: String) -> MatrixDefinitionError {
    var copy = self
    copy.file = name
    return copy
  }
}
