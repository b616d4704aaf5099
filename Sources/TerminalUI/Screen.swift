/// One cell of the screen: the grapheme cluster drawn there and its style.
///
/// A wide character occupies two cells: the first holds the text, the second is a
/// continuation cell with empty text.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: Style
  public var isContinuation: Bool

  public init(_ text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

/// A pure grid of cells that views draw into and a backend copies to the terminal.
///
/// Tests compare screens as text (``plainText()``, shaped like `tmux capture-pane -p`) and
/// as style masks (``styleMask()``). All text that enters a screen passes through
/// ``Sanitizer``, so nothing stored can reach the terminal as a control sequence.
public struct Screen: Hashable, Sendable {
  public private(set) var size: Size
  private var cells: [Cell]
  /// Where the hardware cursor sits (the focused row or field); `nil` hides it.
  public var cursor: Point?

  public init(size: Size) {
    self.size = size
    self.cells = Array(repeating: .blank, count: max(0, size.width * size.height))
  }

  public var bounds: Rect { Rect(size: size) }

  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard contains(x, y) else { return .blank }
      return cells[y * size.width + x]
    }
    set {
      guard contains(x, y) else { return }
      cells[y * size.width + x] = newValue
    }
  }

  private func contains(_ x: Int, _ y: Int) -> Bool {
    x >= 0 && y >= 0 && x < size.width && y < size.height
  }

  /// Writes text at (x, y), clipped to `clip` (default: the row to the screen edge).
  ///
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil
  ) -> Int {
    let area = clip ?? Rect(x: 0, y: 0, width: size.width, height: size.height)
    guard y >= area.y, y < area.maxY, y >= 0, y < size.height else { return x }
    let limit = min(area.maxX, size.width)
    var col = x
    for character in Sanitizer.clean(text) {
      let w = DisplayWidth.of(character)
      if w == 0 {
        // A lone combining mark or format character: attach it to the cell before.
        if col > max(x, area.x), contains(col - 1, y) {
          var back = col - 1
          while back > 0, self[back, y].isContinuation { back -= 1 }
          self[back, y].text.append(character)
        }
        continue
      }
      if col + w > limit { break }
      if col >= area.x {
        clearWide(at: col, y)
        if w == 2 { clearWide(at: col + 1, y) }
        self[col, y] = Cell(String(character), style: style)
        if w == 2 { self[col + 1, y] = Cell("", style: style, isContinuation: true) }
      }
      col += w
    }
    return col
  }

  /// Before overwriting a cell, blanks the other half of a wide character it belongs to.
  private mutating func clearWide(at x: Int, _ y: Int) {
    guard contains(x, y) else { return }
    if self[x, y].isContinuation, x > 0 {
      self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
    } else if contains(x + 1, y), self[x + 1, y].isContinuation {
      self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
    }
  }

  /// Fills a rectangle with one character in one style.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    for row in max(0, rect.y)..<min(size.height, rect.maxY) {
      for col in max(0, rect.x)..<min(size.width, rect.maxX) {
        self[col, row] = Cell(String(character), style: style)
      }
    }
  }

  /// Changes the style of every cell in a rectangle, keeping the text.
  public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
    for row in max(0, rect.y)..<min(size.height, rect.maxY) {
      for col in max(0, rect.x)..<min(size.width, rect.maxX) {
        change(&self[col, row].style)
      }
    }
  }

  /// The text of one row without trailing spaces.
  public func line(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var out = ""
    for x in 0..<size.width where !self[x, y].isContinuation {
      out += self[x, y].text
    }
    while out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// The whole screen as text, one line per row, trailing spaces trimmed: the same shape
  /// as `tmux capture-pane -p`.
  public func plainText() -> String {
    (0..<size.height).map(line).joined(separator: "\n")
  }

  /// One letter per cell (see ``Style/maskLetter``), for tests of emphasis without colour.
  public func styleMask() -> String {
    (0..<size.height).map { y in
      String((0..<size.width).map { self[$0, y].style.maskLetter })
    }.joined(separator: "\n")
  }
}
