import Foundation
import TestSupport

/// The repository root (this file is `Tests/EndToEndTests/Support.swift`).
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Reads a case file as JSON objects, for checks that must not go through our own decoder.
struct CaseFileJSON {
  let raw: String
  let object: [String: Any]

  init(contentsOf url: URL) throws {
    let data = try Data(contentsOf: url)
    raw = String(decoding: data, as: UTF8.self)
    object = (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }

  var revision: Int? { object["revision"] as? Int }
  var state: [String: Any] { object["state"] as? [String: Any] ?? [:] }
  var question: String? { state["question"] as? String }
  var household: [String: Any] { state["household"] as? [String: Any] ?? [:] }
  var members: [[String: Any]] { household["members"] as? [[String: Any]] ?? [] }
  var events: [[String: Any]] { object["events"] as? [[String: Any]] ?? [] }
}

/// Validates JSON files against a JSON Schema with Python's `jsonschema` package.
enum SchemaValidator {
  /// `docs/schema/case.v1.schema.json`.
  static let caseSchema = repositoryRoot.appendingPathComponent("docs/schema/case.v1.schema.json")

  static var python: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/python3"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static var hasSchema: Bool { FileManager.default.fileExists(atPath: caseSchema.path) }

  static let hasJSONSchemaModule: Bool = {
    guard let python else { return false }
    let result = try? Spawn.run(
      python, ["-c", "import jsonschema"], environment: CasusBinary.environment())
    return result?.status == 0
  }()

  private static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    bad = 0
    for path in sys.argv[2:]:
        for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
            bad += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: /{where}: {error.message}")
    sys.exit(1 if bad else 0)
    """

  /// Validates `files` against `schema`; returns the validator's report (exit 0 = all valid).
  static func validate(_ files: [URL], against schema: URL = caseSchema) throws -> Spawn.Result {
    guard let python else { throw Spawn.Failure("python3 is not installed") }
    return try Spawn.run(
      python, ["-c", script, schema.path] + files.map(\.path),
      environment: CasusBinary.environment())
  }
}

extension String {
  /// Whether the text contains an ESC or BEL byte (a terminal control sequence).
  var hasTerminalControls: Bool {
    unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }
  }

  /// The text's lines without the final newline `print` adds.
  var screenLines: [Substring] {
    var text = Substring(self)
    if text.hasSuffix("\n") { text = text.dropLast() }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
  }
}
