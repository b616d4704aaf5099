import CasusCore
import Foundation

/// The municipality profiles the app works with: the store's own (``active``) and every shipped
/// one, so a case handled under another profile still shows its own ladder.
public struct ProcessLibrary: Equatable, Sendable {
  /// The store's profile id (`settings.json`, `--profile`), `generiek` by default.
  public var active: String
  /// Every loaded profile with its sociale kaart, by id.
  public var profiles: [String: ProcessData]

  public init(active: String = ProcessData.defaultProfile, profiles: [String: ProcessData] = [:]) {
    self.active = active
    self.profiles = profiles
  }

  /// The store's profile and kaart.
  public var current: ProcessData? { profiles[active] }

  /// The profile a case is handled under: the one its first need named, else the store's.
  public func data(for state: CaseState) -> ProcessData? {
    state.profile.flatMap { profiles[$0] } ?? current
  }

  /// Why process data was not (all) loaded; the app says so and keeps working.
  public enum Problem: Equatable, Sendable {
    /// The store names a profile that does not exist; the default is used instead.
    case unknownProfile(String, known: [String])
    /// A shipped file is broken (a packaging error), with the file and field.
    case shipped(String)
    /// The organisation's own `<store>/sociale-kaart.json` was refused, naming the field;
    /// the shipped kaart is used without it.
    case ownKaart(String)
  }

  /// Loads every shipped profile; `ownKaart` (the bytes of `<store>/sociale-kaart.json`) is
  /// added to the active profile's kaart when it validates against that profile.
  public static func load(active wanted: String?, ownKaart: Data?) -> (
    library: ProcessLibrary, problems: [Problem]
  ) {
    var problems: [Problem] = []
    var profiles: [String: ProcessData] = [:]
    let known = ProcessData.shippedProfiles
    for id in known {
      do {
        profiles[id] = try ProcessData.load(profile: id)
      } catch {
        problems.append(.shipped(error.description))
      }
    }
    var active = wanted ?? ProcessData.defaultProfile
    if profiles[active] == nil {
      if wanted != nil, !known.contains(active) {
        problems.append(.unknownProfile(active, known: known))
      }
      active = ProcessData.defaultProfile
    }
    if let ownKaart, var data = profiles[active] {
      do {
        data.kaart = data.kaart.merging(try SocialeKaart.decode(ownKaart, profile: data.profile))
        profiles[active] = data
      } catch {
        problems.append(.ownKaart("sociale-kaart.json: \(error)"))
      }
    }
    return (ProcessLibrary(active: active, profiles: profiles), problems)
  }
}
