import TerminalUI

/// Where the app and the narration panel go in the terminal during a demo.
///
/// The app gets the rows above the panel and draws there as in a smaller window; its title
/// row carries the DEMO banner. The panel is 5 rows at 24 rows (a header, three lines of
/// narration, the keys), up to 8 on a projector.
public struct DemoLayout: Equatable, Sendable {
  public let app: Rect
  public let panel: Rect

  public init(terminal: Size) {
    let height = terminal.height >= 36 ? 8 : terminal.height >= 28 ? 6 : 5
    let panelHeight = min(height, max(0, terminal.height - 1))
    app = Rect(x: 0, y: 0, width: terminal.width, height: terminal.height - panelHeight)
    panel = Rect(x: 0, y: app.maxY, width: terminal.width, height: panelHeight)
  }

  /// The size the app draws at.
  public var appSize: Size { Size(width: app.width, height: app.height) }

  /// How many rows of narration fit.
  public var narrationRows: Int { max(1, panel.height - 2) }
}
