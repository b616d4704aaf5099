import Foundation

/// Why a handover package was refused: the field and what is wrong with it.
public struct HandoverPackageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The JSON path of the field, such as `handover.consent` or `measurements[1].scores`.
  public var field: String
  public var problem: String

  public init(field: String, problem: String) {
    self.field = field
    self.problem = problem
  }

  public var description: String { "\(field): \(problem)" }

  /// A decoding error as the field it happened at.
  static func decoding(_ error: any Error) -> HandoverPackageError {
    guard let error = error as? DecodingError else {
      return HandoverPackageError(field: "the document", problem: "\(error)")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return HandoverPackageError(field: path(context.codingPath + [key]), problem: "missing")
    case .valueNotFound(_, let context):
      return HandoverPackageError(field: path(context.codingPath), problem: "is null")
    case .typeMismatch(let type, let context):
      return HandoverPackageError(
        field: path(context.codingPath), problem: "is not of the expected type (\(type))")
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return HandoverPackageError(field: "the document", problem: "not valid JSON")
      }
      return HandoverPackageError(
        field: path(context.codingPath), problem: context.debugDescription)
    @unknown default:
      return HandoverPackageError(field: "the document", problem: "\(error)")
    }
  }

  /// `handover.consent.kind` or `measurements[0].date` from a coding path.
  static func path(_ keys: [any CodingKey]) -> String {
    var out = ""
    for key in keys {
      if let index = key.intValue {
        out += "[\(index)]"
      } else {
        out += out.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return out.isEmpty ? "the document" : out
  }
}
