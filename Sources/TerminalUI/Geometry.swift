/// A width and a height in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  public var description: String { "\(width)×\(height)" }

  /// Parses `100x30` (also `100×30`).
  public init?(parsing text: String) {
    let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" })
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0 else {
      return nil
    }
    self.init(width: w, height: h)
  }
}

/// A cell position: column `x`, row `y`, both from zero.
public struct Point: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// A rectangle of cells that a view draws into.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public init(size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// The rectangle shrunk by `n` cells on every side.
  public func inset(by n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
  }

  /// Splits off `top` rows and `bottom` rows; the middle gets the rest.
  public func splitVertical(top: Int, bottom: Int) -> (top: Rect, middle: Rect, bottom: Rect) {
    let t = min(top, height)
    let b = min(bottom, max(0, height - t))
    return (
      Rect(x: x, y: y, width: width, height: t),
      Rect(x: x, y: y + t, width: width, height: height - t - b),
      Rect(x: x, y: maxY - b, width: width, height: b)
    )
  }

  /// Splits into a left part of `left` columns and the rest.
  public func splitHorizontal(left: Int) -> (left: Rect, right: Rect) {
    let l = min(max(0, left), width)
    return (
      Rect(x: x, y: y, width: l, height: height),
      Rect(x: x + l, y: y, width: width - l, height: height)
    )
  }

  /// The row `dy` of this rectangle as a one-row rectangle.
  public func row(_ dy: Int) -> Rect {
    Rect(x: x, y: y + dy, width: width, height: dy < height ? 1 : 0)
  }

  /// A rectangle of the given size centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
