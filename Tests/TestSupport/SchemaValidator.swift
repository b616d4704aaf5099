import Foundation

/// Paths in the repository, found from this source file (`Tests/TestSupport/`).
public enum TestSupportPaths {
  public static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Validates JSON files against a JSON Schema with Python's `jsonschema` package.
public enum SchemaValidator {
  /// `docs/schema/case.v2.schema.json`: the format this version of Casus writes.
  public static let caseSchema = TestSupportPaths.repositoryRoot.appendingPathComponent(
    "docs/schema/case.v2.schema.json")
  /// `docs/schema/case.v1.schema.json`: the first format, kept for files written by Casus 1.
  public static let caseSchemaV1 = TestSupportPaths.repositoryRoot.appendingPathComponent(
    "docs/schema/case.v1.schema.json")

  public static var python: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/python3"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  public static var hasSchema: Bool { FileManager.default.fileExists(atPath: caseSchema.path) }

  public static let hasJSONSchemaModule: Bool = {
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
  public static func validate(_ files: [URL], against schema: URL = caseSchema) throws
    -> Spawn.Result
  {
    guard let python else { throw Spawn.Failure("python3 is not installed") }
    return try Spawn.run(
      python, ["-c", script, schema.path] + files.map(\.path),
      environment: CasusBinary.environment())
  }
}
