import CasusCore
import Foundation

/// A JSON value with the path it was found at, so every refusal names the field.
struct ScenarioReader {
  let value: JSONValue
  let path: String

  init(_ value: JSONValue, path: String = "") {
    self.value = value
    self.path = path
  }

  func fail(_ reason: String, at key: String? = nil) -> ScenarioError {
    ScenarioError(field: key.map(child) ?? path, reason: reason)
  }

  private func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  /// The object's keys; refuses a value that is not an object.
  func object() throws(ScenarioError) -> [String: JSONValue] {
    guard case .object(let o) = value else { throw fail("must be an object") }
    return o
  }

  /// The member `key`; `nil` when absent or null.
  func optional(_ key: String) throws(ScenarioError) -> ScenarioReader? {
    let o = try object()
    guard let member = o[key], member != .null else { return nil }
    return ScenarioReader(member, path: child(key))
  }

  /// The member `key`; refuses when it is missing.
  func required(_ key: String) throws(ScenarioError) -> ScenarioReader {
    guard let member = try optional(key) else { throw fail("is missing", at: key) }
    return member
  }

  /// Refuses keys this version does not know (a typo would otherwise be ignored silently).
  func only(_ keys: Set<String>) throws(ScenarioError) {
    for key in try object().keys.sorted() where !keys.contains(key) {
      throw fail(
        "unknown field; expected one of \(keys.sorted().joined(separator: ", "))", at: key)
    }
  }

  func string() throws(ScenarioError) -> String {
    guard case .string(let s) = value else { throw fail("must be a string") }
    return s
  }

  /// A string with something in it besides spaces.
  func text() throws(ScenarioError) -> String {
    let s = try string()
    if s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw fail("is empty") }
    return s
  }

  func int() throws(ScenarioError) -> Int {
    guard case .number(let n) = value, n == n.rounded(), let i = Int(exactly: n) else {
      throw fail("must be a whole number")
    }
    return i
  }

  func array() throws(ScenarioError) -> [ScenarioReader] {
    guard case .array(let a) = value else { throw fail("must be an array") }
    return a.enumerated().map { ScenarioReader($1, path: "\(path)[\($0)]") }
  }

  func date() throws(ScenarioError) -> LocalDate {
    guard let d = LocalDate(parsing: try string()) else {
      throw fail("must be a date as YYYY-MM-DD")
    }
    return d
  }

  /// `{"nl": …, "en": …}`, both filled in.
  func localized() throws(ScenarioError) -> LocalizedText {
    try only(["nl", "en"])
    return LocalizedText(nl: try required("nl").text(), en: try required("en").text())
  }
}
