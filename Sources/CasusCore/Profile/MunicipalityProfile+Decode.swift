import Foundation

/// Why a profile or a sociale-kaart file was refused, naming the file's field.
public struct ProfileError: Error, Hashable, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

extension MunicipalityProfile {
  /// Decodes and validates a profile file.
  public static func decode(_ data: Data) throws(ProfileError) -> MunicipalityProfile {
    let profile: MunicipalityProfile
    do {
      profile = try JSONDecoder().decode(MunicipalityProfile.self, from: data)
    } catch {
      throw ProfileError(DataFileError.describe(error))
    }
    try profile.validate()
    return profile
  }

  /// Checks what the types cannot: ids, texts, the order of the ladder.
  public func validate() throws(ProfileError) {
    try DataFileError.check(id: id, at: "id")
    if version < 1 { throw ProfileError("version must be 1 or higher") }
    try check(name, "name")
    try check(description, "description")
    if matrix.isEmpty { throw ProfileError("matrix is empty") }
    if rungs.count < 2 { throw ProfileError("rungs: a ladder needs at least two rungs") }
    var ids: Set<String> = []
    for (i, rung) in rungs.enumerated() {
      let at = "rungs[\(i)]"
      try DataFileError.check(id: rung.id, at: at + ".id")
      if !ids.insert(rung.id).inserted { throw ProfileError("\(at).id \(rung.id) is used twice") }
      try check(rung.name, at + ".name")
      try check(rung.short, at + ".short")
      try check(rung.description, at + ".description")
    }
    if rungs.first?.kind != .ownNetwork {
      throw ProfileError("rungs[0].kind must be ownNetwork: the ladder starts with eigen kracht")
    }
    if rungs.last?.needsBeschikking != true {
      throw ProfileError(
        "rungs[\(rungs.count - 1)].needsBeschikking: the heaviest rung is maatwerk")
    }
    for (i, pair) in zip(rungs, rungs.dropFirst()).enumerated()
    where pair.0.needsBeschikking && !pair.1.needsBeschikking {
      throw ProfileError(
        "rungs[\(i + 1)].needsBeschikking: a rung without beschikking cannot follow one with")
    }
    for (i, lane) in lanes.enumerated() {
      let at = "lanes[\(i)]"
      try DataFileError.check(id: lane.id, at: at + ".id")
      if !ids.insert(lane.id).inserted { throw ProfileError("\(at).id \(lane.id) is used twice") }
      try check(lane.name, at + ".name")
      try check(lane.description, at + ".description")
      for (c, criterion) in lane.criteria.enumerated() {
        try check(criterion, "\(at).criteria[\(c)]")
      }
    }
    if safetyChain.isEmpty { throw ProfileError("safetyChain: name at least one step") }
    for (i, step) in safetyChain.enumerated() {
      let at = "safetyChain[\(i)]"
      try DataFileError.check(id: step.id, at: at + ".id")
      if !ids.insert(step.id).inserted { throw ProfileError("\(at).id \(step.id) is used twice") }
      try check(step.name, at + ".name")
      try check(step.description, at + ".description")
    }
    if reminders.monitorAfterDays < 1 {
      throw ProfileError("reminders.monitorAfterDays must be 1 or more")
    }
    if reminders.openRequestDays < 1 {
      throw ProfileError("reminders.openRequestDays must be 1 or more")
    }
    for law in Law.allCases where (retentionYears[law.rawValue] ?? 0) < 1 {
      throw ProfileError("retentionYears.\(law.rawValue) must be 1 or more")
    }
  }

  private func check(_ text: LocalizedText, _ at: String) throws(ProfileError) {
    if text.nl.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ProfileError("\(at).nl is empty")
    }
    if text.en.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ProfileError("\(at).en is empty")
    }
  }
}

/// Turning decoding errors of data files into one line that names the field.
enum DataFileError {
  static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      return "missing field \(path(context.codingPath + [key]))"
    case DecodingError.typeMismatch(_, let context):
      return "wrong type at \(path(context.codingPath)): \(context.debugDescription)"
    case DecodingError.valueNotFound(_, let context):
      return "\(path(context.codingPath)) is null"
    case DecodingError.dataCorrupted(let context):
      return context.codingPath.isEmpty
        ? "not valid JSON"
        : "invalid value at \(path(context.codingPath)): \(context.debugDescription)"
    default:
      return "\(error)"
    }
  }

  static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }

  /// An id: lower-case letters, digits and `-`, so it is safe in files and commands.
  static func check(id: String, at: String) throws(ProfileError) {
    let ok =
      !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-"
      }
    if !ok { throw ProfileError("\(at) \"\(id)\" must be lower-case letters, digits and -") }
  }
}
