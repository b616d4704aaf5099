import TerminalUI

/// Where each part of the main view goes at a given terminal size.
///
/// Shared by the views and the reducer, so paging moves by exactly one screenful.
public struct AppLayout: Equatable, Sendable {
  public let title: Rect
  public let body: Rect
  public let status: Rect
  public let hints: Rect
  public let list: Rect
  public let detail: Rect

  public init(size: Size) {
    let whole = Rect(size: size)
    let (title, rest, _) = whole.splitVertical(top: 1, bottom: 0)
    let (_, bodyMain, footer) = rest.splitVertical(top: 0, bottom: 2)
    self.title = title
    self.body = bodyMain
    self.status = footer.row(0)
    self.hints = footer.row(1)
    let listWidth = max(34, min(50, size.width * 9 / 20))
    let (list, detail) = bodyMain.splitHorizontal(left: listWidth)
    self.list = list
    self.detail = detail
  }

  /// How many case rows fit in the list box.
  public var listRows: Int { max(1, list.height - 2) }
}
