import Foundation

/// Runs `python3` with output in files, not pipes, so a stuck child can never block us.
enum Python {
  struct Result {
    var status: Int32
    var output: String
  }

  static func run(_ arguments: [String]) -> Result? {
    let directory = FileManager.default.temporaryDirectory
    let outURL = directory.appendingPathComponent("casus-python-\(UUID().uuidString).txt")
    guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
      let out = try? FileHandle(forWritingTo: outURL)
    else { return nil }
    defer { try? FileManager.default.removeItem(at: outURL) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    try? out.close()
    let text = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    return Result(status: process.terminationStatus, output: text)
  }
}

/// Whether `python3 -c "import jsonschema"` works here; the schema tests are skipped if not.
let pythonJSONSchemaAvailable: Bool = Python.run(["-c", "import jsonschema"])?.status == 0
