import CasusCore

extension EnglishStrings: VerslagStrings {
  public var verslagTitle: String { "Report of the conversation" }
  public func verslagIntro(_ household: String) -> String {
    "This is the report of our conversation with \(household) about the support that is "
      + "needed. What you said yourself is written in your own words. Is something wrong or "
      + "missing? Let us know: we keep your response with the case."
  }
  public var verslagCaseLabel: String { "Case" }
  public var verslagConversationDate: String { "Conversation started" }
  public var verslagWrittenBy: String { "Conversation held by" }
  public var verslagConsentHeading: String { "Consent" }
  public func verslagConsent(record: Bool?, involve: Bool?) -> [String] {
    func answer(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "not asked" }
    return [
      "Consent to record the conversation: \(answer(record))",
      "Consent to involve others: \(answer(involve))",
    ]
  }
  public var verslagConversationHeading: String { "The conversation" }
  public var verslagNotRecorded: String { "Nothing was recorded about this." }
  public var verslagSkipped: String { "This part was skipped in this conversation." }
  public var verslagNoConversation: String {
    "The kitchen-table conversation has not been held or recorded yet."
  }
  public func verslagNetworkLine(_ m: NetworkMember) -> String {
    var parts = [m.relation.isEmpty ? m.name : "\(m.name) (\(m.relation))"]
    if !m.canDo.isEmpty { parts.append("can: \(m.canDo)") }
    if !m.cannotDo.isEmpty { parts.append("cannot: \(m.cannotDo)") }
    parts.append(m.reachable ? "reachable" : "not reachable for this")
    return parts.joined(separator: "; ")
  }
  public var verslagSafetyAttention: String {
    "Attention: a concern about safety was raised in this conversation."
  }
  public var verslagDatesHeading: String { "Dates and legal terms" }
  public var verslagNextStepHeading: String { "Next step" }
  public var verslagNoNextStep: String { "No legal term is running now." }
  public var verslagResponseHeading: String { "Your response" }
  public func verslagResponseFrom(_ date: String) -> String { "Response of \(date):" }
  public var verslagNoResponse: String { "No response to this report has been recorded yet." }
  public var verslagRespondHint: String {
    "You may respond to this report. Your response is kept with the case, word for word."
  }
  public func verslagMadeOn(_ date: String) -> String { "Made with Casus on \(date)." }
  public var keyVerslag: String { "report" }
  public var commandVerslag: String { "report" }
  public var commandResponse: String { "response" }
  public var keyResponse: String { "response" }
  public var keyExportFile: String { "to a file" }
  public var keyVerslagSent: String { "sent" }
  public func verslagWritten(_ paths: String) -> String { "Report saved: \(paths)" }
  public var verslagSentRecorded: String { "Recorded: report sent today." }
  public var responseTitle: String { "Response to the report" }
  public var responseDateLabel: String { "Date" }
  public var responseTextLabel: String { "Response in their own words" }
  public var responseSaved: String { "Response recorded." }
  public var noCaseSelected: String { "Choose a case in the list first." }
  public var verslagNoNetwork: String { "Nobody from the network was noted." }
  public func verslagDomainsNotDiscussed(_ names: [String]) -> String {
    "Not discussed: " + names.joined(separator: ", ") + "."
  }
  public func verslagDomainsSkipped(_ names: [String]) -> String {
    "Skipped: " + names.joined(separator: ", ") + "."
  }
  public var discardResponse: String {
    "The response is not recorded yet. Esc again throws it away; any other key goes on."
  }
  public func conversationProgress(done: Int, total: Int, time: String) -> String {
    "\(done) of \(total) parts finished · \(time) talking"
  }
  public func milestoneLabel(_ field: CaseField) -> String {
    switch field {
    case .persoonlijkPlan: return "Personal plan"
    default:
      let text = self.field(field)
      return text.prefix(1).uppercased() + text.dropFirst()
    }
  }
}
