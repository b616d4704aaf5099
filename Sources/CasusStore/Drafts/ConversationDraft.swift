import CasusCore
import Foundation

/// What the consulent typed in a conversation but has not saved into the case yet.
///
/// Written every couple of seconds beside the case (`cases/.<id>.draft.json`), so a crash,
/// a flat battery or `kill -9` loses at most the last seconds of typing. Saving the
/// conversation folds the draft into the case and removes it.
public struct ConversationDraft: Hashable, Sendable, Codable {
  public var caseID: CaseID
  /// The case revision the draft was typed on.
  public var baseRevision: Int
  public var savedAt: Date
  public var update: ConversationUpdate

  public init(caseID: CaseID, baseRevision: Int, savedAt: Date, update: ConversationUpdate) {
    self.caseID = caseID
    self.baseRevision = baseRevision
    self.savedAt = savedAt
    self.update = update
  }
}
