import CasusCore
import CasusResources
import Foundation

/// Which matrix definition new meetmomenten use, and where the definitions come from.
///
/// One function decides (``resolve(option:profile:setting:library:storeRoot:read:)``) so a
/// later municipality profile can name its matrix in one place.
public enum MatrixChoice {
  /// The definition used when nothing else is chosen.
  public static let defaultID = "zrm-2017"

  /// Why the chosen definition could not be used.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// No definition with this id.
    case unknownID(String, known: [String])
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file was read but refused.
    case invalid(MatrixDefinitionError)

    public var description: String {
      switch self {
      case .unknownID(let id, let known):
        return "no matrix definition \(id); known: \(known.joined(separator: ", "))"
      case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
      case .invalid(let error): return error.description
      }
    }
  }

  /// The definitions shipped in `Resources/matrices/`, each validated; a broken file is
  /// reported rather than skipped silently.
  public static func shipped() -> (library: MatrixLibrary, problems: [MatrixDefinitionError]) {
    var library = MatrixLibrary()
    var problems: [MatrixDefinitionError] = []
    for name in CasusResources.files(in: "matrices") where name.hasSuffix(".json") {
      do {
        let data = try CasusResources.data("matrices/\(name)")
        try library.add(try MatrixDefinition.decode(data, file: name))
      } catch let error as MatrixDefinitionError {
        problems.append(error.file == nil ? error.inFile(name) : error)
      } catch {
        problems.append(MatrixDefinitionError(file: name, field: "", problem: "\(error)"))
      }
    }
    return (library, problems)
  }

  /// Whether a choice names a file rather than an id.
  public static func isFile(_ choice: String) -> Bool {
    choice.contains("/") || choice.hasSuffix(".json")
  }

  /// The active definition: option, else store setting, else profile, else the default.
  ///
  /// The option is `--matrix`, the setting `casus matrix use`, the profile the municipality
  /// profile's matrix (`haarlemmermeer-5` for Haarlemmermeer), the default ``defaultID``. An
  /// explicit choice for the store wins over the profile's. A file is loaded into `library`
  /// (a relative path in the store setting is relative to the store folder).
  public static func resolve(
    option: String?, profile: String? = nil, setting: String?, library: inout MatrixLibrary,
    storeRoot: URL?,
    read: (String) throws -> Data = { try Data(contentsOf: URL(fileURLWithPath: $0)) }
  ) throws(Failure) -> MatrixDefinition {
    let candidates: [(String?, URL?)] = [(option, nil), (setting, storeRoot), (profile, nil)]
    let (choice, base) =
      candidates.first { ($0.0 ?? "").isEmpty == false }.map { ($0.0 ?? defaultID, $0.1) }
      ?? (defaultID, nil)
    guard isFile(choice) else {
      guard let definition = library.latest(choice) else {
        throw .unknownID(choice, known: Array(Set(library.definitions.map(\.id))).sorted())
      }
      return definition
    }
    var path = (choice as NSString).expandingTildeInPath
    if !path.hasPrefix("/"), let base { path = base.appendingPathComponent(path).path }
    let data: Data
    do {
      data = try read(path)
    } catch {
      throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    do throws(MatrixDefinitionError) {
      let definition = try MatrixDefinition.decode(data, file: path)
      do {
        try library.add(definition)
      } catch {
        throw error.inFile(path)
      }
      return definition
    } catch {
      throw .invalid(error)
    }
  }
}
