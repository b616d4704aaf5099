import CasusCore
import Foundation

/// Turning case files into bytes and back, with reasons a person can act on.
enum CaseFileCoding {
  /// What reading one file's bytes produced.
  enum Outcome {
    /// A case in the current schema (possibly migrated from an older one).
    case current(CaseFile)
    /// A file from a newer version; `file` is `nil` when even a lenient decode failed.
    case newer(version: Int, file: CaseFile?, reason: String)
    /// Not a case file; the reason names the field where that is known.
    case failed(reason: String)
  }

  /// The first fields of a file, read before the rest so that the version decides the path.
  private struct Header: Decodable {
    var schemaVersion: Int
  }

  /// Encodes the way every case file is written: pretty, sorted keys, plain UTF-8, one newline.
  static func encode(_ file: CaseFile) throws(StoreError) -> Data {
    do {
      return PrettyJSON.data(try JSONValueEncoder().encode(file))
    } catch {
      throw .unreadable(file: "cases/\(file.id).json", reason: "cannot encode: \(error)")
    }
  }

  /// The file as reading back its encoded bytes gives it.
  ///
  /// Times are at whole seconds, as ISO 8601 stores them (`PrettyJSONTests` holds this
  /// against a real decode). A save returns this instead of decoding the bytes it just wrote.
  static func asStored(_ file: CaseFile) -> CaseFile {
    var out = file
    func whole(_ date: Date) -> Date {
      Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
    for i in out.events.indices { out.events[i].at = whole(out.events[i].at) }
    if let started = out.state.conversation?.startedAt {
      out.state.conversation?.startedAt = whole(started)
    }
    return out
  }

  /// The same bytes, starting from the written bytes of the file's first `reusing.count`
  /// events (which must be those events); also returns the bytes of all its events.
  static func encode(_ file: CaseFile, reusing: EventBytes) throws(StoreError) -> (
    Data, EventBytes
  ) {
    guard reusing.count <= file.events.count else { return try encode(file, reusing: .none) }
    var head = file
    head.events = Array(file.events[reusing.count...])
    do {
      let tree = try JSONValueEncoder().encode(head)
      guard case .object(let members) = tree, case .array(let new)? = members["events"] else {
        return (try encode(file), .none)
      }
      return PrettyJSON.caseFile(tree, old: reusing, new: new)
    } catch {
      throw .unreadable(file: "cases/\(file.id).json", reason: "cannot encode: \(error)")
    }
  }

  /// The same bytes through `JSONEncoder` (the reference ``PrettyJSON`` is tested against).
  static func encodeWithFoundation(_ file: CaseFile) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    var data = try encoder.encode(file)
    data.append(0x0A)
    return data
  }

  static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }

  /// Reads one file's bytes: version first, then the whole case, migrating older versions.
  ///
  /// The bytes are parsed once into a ``JSONValue`` tree and the case is decoded from that
  /// tree: much faster than `JSONDecoder`, which made a 10,000-case store take a minute to read.
  static func decode(_ data: Data) -> Outcome {
    let json: JSONValue
    do {
      json = try JSONValue.parse(data)
    } catch {
      return .failed(reason: "not valid JSON (\(error.reason) at byte \(error.offset))")
    }
    let decoder = JSONValueDecoder()
    let version: Int
    do {
      version = try decoder.decode(Header.self, from: json).schemaVersion
    } catch {
      return .failed(reason: describe(error, data: data))
    }
    if version > CaseFile.currentSchemaVersion {
      let newer =
        "schemaVersion \(version) is newer than \(CaseFile.currentSchemaVersion), "
        + "which this version of Casus writes"
      do {
        let file = try decoder.decode(CaseFile.self, from: json)
        return .newer(version: version, file: file, reason: newer + "; shown read-only")
      } catch {
        return .newer(
          version: version, file: nil,
          reason: newer + "; it cannot be shown (\(describe(error, data: data)))")
      }
    }
    do {
      if version == CaseFile.currentSchemaVersion {
        return .current(chained(try decoder.decode(CaseFile.self, from: json)))
      }
      let migrated = try CaseFileMigrations.migrate(json, from: version)
      return .current(chained(try decoder.decode(CaseFile.self, from: migrated)))
    } catch let failure as CaseFileMigrations.Failure {
      return .failed(reason: failure.description)
    } catch {
      return .failed(reason: describe(error, data: data))
    }
  }

  /// A file from before the event chain gets its chain on load, as a migration step.
  ///
  /// That is schema 1, or schema 2 written before the chain was added; it is written with its
  /// chain at the next save.
  /// A file with any hash is left exactly as it is, so a broken link stays visible.
  static func chained(_ file: CaseFile) -> CaseFile {
    EventChain.isUnchained(file) ? EventChain.linked(file) : file
  }

  /// A decoding error as one line that names the field, for example `events[1].at: …`.
  static func describe(_ error: any Error, data: Data) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing field \(path(context.codingPath + [key]))"
    case .valueNotFound(_, let context):
      return "\(path(context.codingPath)) is null"
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)) is not \(typeName(type))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty,
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil
      {
        return "not valid JSON" + underlying(context.underlyingError)
      }
      if context.codingPath.isEmpty { return context.debugDescription }
      var keys = context.codingPath
      // Foundation's date strategy reports the path of the event, not of its date field;
      // `at` is the only date in a case file, so name it.
      if context.debugDescription.contains("ISO8601"), keys.last?.intValue != nil {
        keys.append(AtKey())
      }
      return "\(path(keys)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  private static func underlying(_ error: (any Error)?) -> String {
    guard let error else { return "" }
    let info = (error as NSError).userInfo
    if let detail = info[NSDebugDescriptionErrorKey] as? String { return " (\(detail))" }
    return ""
  }

  /// `events[1].payload.household` from a coding path.
  private static func path(_ keys: [any CodingKey]) -> String {
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

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
      let name = "\(type)"
      if name.hasPrefix("Array") { return "a list" }
      if name.hasPrefix("Dictionary") { return "an object" }
      return "a \(name)"
    }
  }

  private struct AtKey: CodingKey {
    var stringValue: String { "at" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
  }
}
