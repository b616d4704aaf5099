import CasusCore

/// The words of handovers, roles, the triage queue and the history.
public protocol HandoverStrings {
  /// A refused handover step, in the user's words.
  func handoverError(_ error: CaseError) -> String
  func handoverState(_ state: HandoverState) -> String
  func lane(_ kind: MunicipalityProfile.Lane.Kind) -> String
  func basic(_ basic: Basic) -> String
  func consentKind(_ kind: HandoverConsent.Kind) -> String
  func section(_ section: HandoverPackage.Section) -> String
}
