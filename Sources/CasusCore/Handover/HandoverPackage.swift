/// What goes along with a handover: the minimum the receiving team needs, chosen per part.
///
/// "steeds weer hetzelfde verhaal" is what a handover must prevent (Haarlemmermeer 2019
/// B:920-936): the package carries the plan, the life-domain picture, what was tried and why
/// it is stuck, so the household is not asked again.
public enum HandoverPackage {
  /// A part of the case that can go along; the sender sees exactly which before sending.
  public enum Section: String, Hashable, Sendable, Codable, CaseIterable {
    /// Household members (names, dates of birth, roles) and who holds regie.
    case household
    /// The client's question in their own words.
    case question
    /// Every matrix meetmoment.
    case matrix
    /// The ladder: per need, what was considered on each rung, the reasons, the arrangement.
    case ladder
    /// The professionals and services involved, with their cost.
    case involved
    /// The household plan.
    case plan
    /// The safety lane and its chain steps.
    case safety
    /// The notes of the keukentafelgesprek.
    case conversation
  }
}
