/// Why a scenario file was refused: the file, the field and what is wrong with it.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file as the user named it (`scenarios/de-jong.v1.json`), when known.
  public var file: String?
  /// The field, as a path into the file (`steps[3].expect[0].case`); empty for the whole file.
  public var field: String
  public var reason: String

  public init(file: String? = nil, field: String, reason: String) {
    self.file = file
    self.field = field
    self.reason = reason
  }

  public var description: String {
    let place = [file, field.isEmpty ? nil : field].compactMap { $0 }.joined(separator: ": ")
    return place.isEmpty ? reason : place + ": " + reason
  }

  /// The same error, naming the file it came from.
  func inFile(_ name: String) -> ScenarioError {
    var copy = self
    copy.file = name
    return copy
  }
}
