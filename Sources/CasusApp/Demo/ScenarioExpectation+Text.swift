import CasusCore
import Foundation

extension ScenarioExpectation: CustomStringConvertible {
  /// The expectation as the check's report names it: `screen "De Jong"`,
  /// `case dj-1 state.phase equals "plan"`.
  public var description: String {
    switch self {
    case .screen(let text):
      return "screen " + JSONText.quoted(text)
    case .field(let reference, let path, let test):
      return "\(reference) \(path) \(test)"
    case .phase(let reference, let phase):
      return "\(reference) phase \(phase.rawValue)"
    case .event(let reference, let type, let times):
      return "\(reference) event \(type)" + (times.map { " times \($0)" } ?? "")
    }
  }
}

extension ScenarioCaseReference: CustomStringConvertible {
  public var description: String {
    switch self {
    case .id(let id): return "case \(id.rawValue)"
    case .household(let name): return "household " + JSONText.quoted(name)
    }
  }
}

extension ScenarioExpectation.FieldTest: CustomStringConvertible {
  public var description: String {
    switch self {
    case .equals(let value): return "equals " + JSONText.text(value, indent: 0).compacted
    case .contains(let value): return "contains " + JSONText.text(value, indent: 0).compacted
    case .count(let n): return "count \(n)"
    }
  }
}

extension String {
  /// JSON text on one line (the report names a value in a sentence).
  fileprivate var compacted: String {
    split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }
}
