/// How one municipality organises support: its escalation ladder, its lanes, its safety chain.
///
/// Process knowledge is data (`Resources/profiles/<id>.json`), loaded through
/// ``MunicipalityProfile/decode(_:)``, which validates it. The generic profile follows the order
/// the seeds name for Haarlem ("aansturen op oplossingen op eigen kracht … oplossingen in de
/// basisinfrastructuur … inzet van sociale wijkteams … bieden van specialistische oplossingen",
/// Haarlem 2013 S1:404-409); other profiles name their own rungs.
public struct MunicipalityProfile: Hashable, Sendable, Codable {
  public var id: String
  public var version: Int
  public var name: LocalizedText
  /// One paragraph on how this municipality works, shown when choosing a profile.
  public var description: LocalizedText
  /// Where the rules come from (seed files and lines).
  public var sources: [String]
  /// Where a question comes in, when the municipality names it (Haarlem: IAD).
  public var entry: LocalizedText?
  /// The matrix definition this municipality scores with (`zrm-2017`, `haarlemmermeer-5`).
  public var matrix: String
  /// The rungs, lightest first.
  public var rungs: [Rung]
  /// Routes beside the ladder: Meer-team, procescoördinatie, consulting a colleague.
  public var lanes: [Lane]
  /// The steps of the safety chain, in the order they are usually taken.
  public var safetyChain: [ChainStep]
  /// When the arrangement is looked at again, and when an open request counts as unanswered.
  public var reminders: ReminderRules
  /// How many years a closed case is kept, per law.
  public var retentionYears: [String: Int]

  public init(
    id: String, version: Int, name: LocalizedText, description: LocalizedText,
    sources: [String], entry: LocalizedText? = nil, matrix: String, rungs: [Rung],
    lanes: [Lane], safetyChain: [ChainStep], reminders: ReminderRules,
    retentionYears: [String: Int]
  ) {
    self.id = id
    self.version = version
    self.name = name
    self.description = description
    self.sources = sources
    self.entry = entry
    self.matrix = matrix
    self.rungs = rungs
    self.lanes = lanes
    self.safetyChain = safetyChain
    self.reminders = reminders
    self.retentionYears = retentionYears
  }

  /// One rung of the ladder.
  public struct Rung: Hashable, Sendable, Codable {
    /// What sort of help the rung is; the engine reads the own-network rung from it.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
      /// Eigen kracht, the client's own network, mantelzorg.
      case ownNetwork
      /// Algemene voorzieningen, sociale basis, basisinfrastructuur: no beschikking.
      case basic
      /// Light support in the neighbourhood (Haarlemmermeer).
      case light
      /// A team of professionals (sociaal wijkteam, CJG).
      case team
      /// Maatwerk, specialist or indicated care.
      case specialist
    }

    public var id: String
    public var kind: Kind
    public var name: LocalizedText
    /// A few words for narrow columns: `Netwerk`, `Basis`, `Wijkteam`.
    public var short: LocalizedText
    public var description: LocalizedText
    /// Whether help on this rung needs an aanvraag and a beschikking (maatwerk).
    public var needsBeschikking: Bool
  }

  /// A route beside the ladder.
  public struct Lane: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
      /// Haarlemmermeer's Meer-team: several problems, stalled help, an unorthodox solution.
      case meerTeam
      /// Zoetermeer's procescoördinatie for stuck multi-problem households.
      case procescoordinatie
      /// "Erbij halen": consult another professional without handing over regie.
      case consult
    }

    public var id: String
    public var kind: Kind
    public var name: LocalizedText
    public var description: LocalizedText
    /// When the lane is meant for (any one is enough).
    public var criteria: [LocalizedText]
  }

  /// One step of the safety chain (Veilig Thuis, Beschermingstafel, …).
  public struct ChainStep: Hashable, Sendable, Codable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText
  }

  /// The profile's reminder rules.
  public struct ReminderRules: Hashable, Sendable, Codable {
    /// Days after an offer starts that the arrangement is monitored ("na een aantal weken").
    public var monitorAfterDays: Int
    /// Days after which a requested offer that has not started counts as unanswered.
    public var openRequestDays: Int

    public init(monitorAfterDays: Int, openRequestDays: Int) {
      self.monitorAfterDays = monitorAfterDays
      self.openRequestDays = openRequestDays
    }
  }

  /// A rung by id.
  public func rung(_ id: String) -> Rung? { rungs.first { $0.id == id } }

  /// The position of a rung, 0 for the lightest; `nil` when the profile does not have it.
  public func level(of rung: String) -> Int? { rungs.firstIndex { $0.id == rung } }

  /// A lane by kind, if the profile has one.
  public func lane(_ kind: Lane.Kind) -> Lane? { lanes.first { $0.kind == kind } }
}
