import Foundation

/// The payload of `handover.imported`: the case was built from a handover package.
///
/// The package's contents arrive as ordinary events (the melding, meetmomenten, ladder, plan,
/// the handover itself); this one records where they came from, so the receiving side's
/// history says whose package it was and when it left the sender.
public struct HandoverImported: Hashable, Sendable, Codable {
  /// The case id on the sending side.
  public var sourceCase: CaseID
  /// The handover the package belongs to (`H1`).
  public var handover: String
  /// Who exported the package, as the sender's history names them.
  public var exportedBy: String
  /// When the package was made, ISO 8601 (`2026-11-25T09:30:00Z`), as the package says.
  public var exportedAt: String
  /// The file name the package was read from.
  public var file: String

  public init(
    sourceCase: CaseID, handover: String, exportedBy: String, exportedAt: String, file: String
  ) {
    self.sourceCase = sourceCase
    self.handover = handover
    self.exportedBy = exportedBy
    self.exportedAt = exportedAt
    self.file = file
  }
}
