import CasusCore
import Foundation

/// Conversation drafts: side files next to the case, written often and removed on save.
extension CaseStore {
  private static let draftSuffix = ".draft.json"

  func draftURL(_ id: CaseID) -> URL {
    casesDirectory.appendingPathComponent(".\(id.rawValue)\(Self.draftSuffix)")
  }

  /// Writes a draft atomically (temp file, fsync, rename), replacing the previous one.
  public func saveDraft(_ draft: ConversationDraft) throws(StoreError) {
    guard !readOnly else { throw .readOnly }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data: Data
    do {
      data = try encoder.encode(draft)
    } catch {
      throw .io(path: draftURL(draft.caseID).path, operation: "encode", reason: "\(error)")
    }
    try writeContents(data, to: draftURL(draft.caseID))
  }

  /// Every draft in the store that can be read, oldest first.
  ///
  /// A damaged draft is skipped and left on disk for inspection.
  public func loadDrafts() -> [ConversationDraft] {
    let names = hiddenNames()
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return names.filter { $0.hasPrefix(".") && $0.hasSuffix(Self.draftSuffix) }.compactMap {
      guard let data = try? readContents(casesDirectory.appendingPathComponent($0).path)
      else { return nil }
      return try? decoder.decode(ConversationDraft.self, from: data)
    }.sorted { $0.savedAt < $1.savedAt }
  }

  /// Removes the draft of a case, if there is one.
  public func deleteDraft(_ id: CaseID) throws(StoreError) {
    guard !readOnly else { throw .readOnly }
    let path = draftURL(id).path
    guard FileManager.default.fileExists(atPath: path) else { return }
    do {
      try fileSystem.unlink(path)
    } catch {
      throw .io(path: path, operation: "delete", reason: error.description)
    }
  }
}
