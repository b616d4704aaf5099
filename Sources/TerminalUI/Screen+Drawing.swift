/// Box drawing and common layout helpers on top of ``Screen/put(_:x:y:style:clip:)``.
extension Screen {
  /// Draws a single-line frame around `rect`, with an optional title in the top edge.
  public mutating func box(
    _ rect: Rect, title: String? = nil, style: Style = .plain,
    titleStyle: Style? = nil
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    put("┌", x: rect.x, y: rect.y, style: style)
    put("┐", x: right, y: rect.y, style: style)
    put("└", x: rect.x, y: bottom, style: style)
    put("┘", x: right, y: bottom, style: style)
    for col in (rect.x + 1)..<right {
      put("─", x: col, y: rect.y, style: style)
      put("─", x: col, y: bottom, style: style)
    }
    for row in (rect.y + 1)..<bottom {
      put("│", x: rect.x, y: row, style: style)
      put("│", x: right, y: row, style: style)
    }
    if let title, rect.width > 6 {
      let text = " " + title.truncated(toWidth: rect.width - 6) + " "
      put(text, x: rect.x + 2, y: rect.y, style: titleStyle ?? style)
    }
  }

  /// Writes `text` padded to the full width of `rect`'s first row (a bar or a list row).
  public mutating func bar(_ text: String, in rect: Rect, style: Style) {
    guard !rect.isEmpty else { return }
    fill(rect.row(0), style: style)
    put(text.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: style, clip: rect)
  }

  /// Writes text word-wrapped into `rect`, starting at its row `from`.
  ///
  /// - Returns: the number of rows used (the text may have been cut at the bottom).
  @discardableResult
  public mutating func paragraph(
    _ text: String, in rect: Rect, from: Int = 0,
    style: Style = .plain
  ) -> Int {
    let lines = text.wrapped(toWidth: rect.width)
    var row = from
    for line in lines {
      guard row < rect.height else { break }
      put(line, x: rect.x, y: rect.y + row, style: style, clip: rect)
      row += 1
    }
    return row - from
  }
}
