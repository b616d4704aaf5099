import CasusCore
import CasusResources
import Foundation

/// The process knowledge the app works with, loaded once at start: the municipality profile
/// and its sociale kaart (the guide and the clocks are loaded beside it).
public struct ProcessData: Equatable, Sendable {
  public var profile: MunicipalityProfile
  public var kaart: SocialeKaart

  public init(profile: MunicipalityProfile, kaart: SocialeKaart) {
    self.profile = profile
    self.kaart = kaart
  }

  /// The profile used when the store names none.
  public static let defaultProfile = "generiek"

  /// The ids of the shipped profiles, sorted.
  public static var shippedProfiles: [String] {
    CasusResources.files(in: "profiles").compactMap { name in
      name.hasSuffix(".v1.json") ? String(name.dropLast(8)) : nil
    }
  }

  /// Why process data could not be loaded: the file and what is wrong with it.
  public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
  }

  /// The shipped profile `id` and its sociale kaart, plus an organisation's own offers.
  ///
  /// `ownKaart` is the bytes of `<store>/sociale-kaart.json` when the store has one.
  public static func load(profile id: String, ownKaart: Data? = nil) throws(LoadError)
    -> ProcessData
  {
    let profile: MunicipalityProfile
    do {
      profile = try MunicipalityProfile.decode(CasusResources.data("profiles/\(id).v1.json"))
    } catch let error as ProfileError {
      throw LoadError("profiles/\(id).v1.json: \(error)")
    } catch {
      let known = shippedProfiles.joined(separator: ", ")
      throw LoadError("unknown profile \"\(id)\"; choose one of \(known)")
    }
    var kaart: SocialeKaart
    do {
      kaart = try SocialeKaart.decode(
        CasusResources.data("sociale-kaart/\(id).v1.json"), profile: profile)
    } catch let error as ProfileError {
      throw LoadError("sociale-kaart/\(id).v1.json: \(error)")
    } catch {
      kaart = SocialeKaart(profile: id, version: 1, offers: [])
    }
    if let ownKaart {
      do {
        kaart = kaart.merging(try SocialeKaart.decode(ownKaart, profile: profile))
      } catch {
        throw LoadError("sociale-kaart.json: \(error)")
      }
    }
    return ProcessData(profile: profile, kaart: kaart)
  }
}
