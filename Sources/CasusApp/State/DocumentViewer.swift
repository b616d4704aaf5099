import CasusCore
import TerminalUI

/// A document about one case shown in the app (the verslag, the plan), scrolled like a pager.
///
/// The document is kept as blocks and wrapped when drawn, so a resize re-flows it.
public struct DocumentViewer: Equatable {
  /// Which document it is; it decides the file names and the keys that act on the case.
  public enum Kind: String, Equatable, Sendable { case verslag, plan }

  public var kind: Kind
  public var caseID: CaseID
  public var document: ReportDocument
  /// The first line shown.
  public var scroll: Int
  /// The client's response being typed, when the response form is open.
  public var response: ResponseForm?

  public init(kind: Kind, caseID: CaseID, document: ReportDocument) {
    self.kind = kind
    self.caseID = caseID
    self.document = document
    self.scroll = 0
    self.response = nil
  }
}

/// The small form to record the client's response to the verslag: a date and their words.
public struct ResponseForm: Equatable {
  public enum Field: Equatable, Sendable { case date, text }
  public var date: TextInput
  public var text: TextInput
  public var focus: Field
  /// Set after a first Esc with typed text: a second Esc discards it.
  public var confirmingDiscard: Bool

  public init(today: LocalDate) {
    date = TextInput(today.dutch)
    text = TextInput(multiline: true)
    focus = .text
    confirmingDiscard = false
  }
}
