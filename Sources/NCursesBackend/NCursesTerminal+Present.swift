import CNCurses
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NCursesTerminal {
  /// Copies a whole frame to the terminal; ncurses then sends only what changed.
  ///
  /// Cells go out in runs of equal style, one `mvaddwstr` per run. A run is also cut after a
  /// cell whose width by our table differs from the C library's `wcwidth`, so one
  /// disagreement (an emoji sequence, a new script) cannot shift the rest of the row. When the
  /// frame and the terminal differ in size (a resize is on its way), what fits is drawn.
  public func present(_ frame: Screen) {
    guard screen != nil else { return }
    let width = Int(cnc_cols())
    let height = Int(cnc_lines())
    if frame.size != Size(width: width, height: height) { erase() }
    let columns = min(width, frame.size.width)
    for y in 0..<min(height, frame.size.height) {
      drawRow(frame, y: y, columns: columns)
    }
    _ = cnc_attrset(CNC_A_NORMAL)
    placeCursor(frame.cursor, width: width, height: height)
    refresh()
  }

  /// Leaves curses mode while `body` runs (an external editor), then restores the screen.
  public func runOutsideScreen(_ body: () -> Void) -> Bool {
    guard screen != nil else { return false }
    def_prog_mode()
    endwin()
    body()
    reset_prog_mode()
    _ = cnc_invalidate()
    refresh()
    return true
  }

  /// Ctrl-L: the next ``present(_:)`` repaints every cell, whatever ncurses thinks is there.
  public func invalidate() {
    guard screen != nil else { return }
    _ = cnc_invalidate()
  }

  private func drawRow(_ frame: Screen, y: Int, columns: Int) {
    var x = 0
    while x < columns {
      let style = frame[x, y].style
      let start = x
      var run: [wchar_t] = []
      while x < columns, frame[x, y].style == style {
        let cell = frame[x, y]
        x += 1
        if cell.isContinuation { continue }
        let wide = x < frame.size.width && frame[x, y].isContinuation
        if wide && x >= columns {
          run.append(wchar_t(32))  // half a wide character would wrap: blank it
          break
        }
        let scalars = cell.text.unicodeScalars
        if scalars.isEmpty {
          run.append(wchar_t(32))
          continue
        }
        run.append(contentsOf: scalars.map { wchar_t(bitPattern: $0.value) })
        if !cell.text.utf8.allSatisfy({ $0 < 0x80 }), cWidth(scalars) != (wide ? 2 : 1) {
          if wide { x += 1 }
          break
        }
      }
      guard !run.isEmpty else { continue }
      run.append(0)
      _ = cnc_attrset(attributes(for: style))
      // The bottom-right cell returns ERR (the cursor cannot advance) but is written.
      _ = run.withUnsafeBufferPointer { mvaddwstr(Int32(y), Int32(start), $0.baseAddress) }
    }
  }

  /// The width the C library gives a cluster: what ncurses will advance by.
  private func cWidth(_ scalars: String.UnicodeScalarView) -> Int {
    var total = 0
    for scalar in scalars {
      let w = cnc_wcwidth(wchar_t(bitPattern: scalar.value))
      if w > 0 { total += Int(w) }
    }
    return total
  }

  private func attributes(for style: Style) -> attr_t {
    var attrs = CNC_A_NORMAL
    if style.bold { attrs |= CNC_A_BOLD }
    if style.dim { attrs |= CNC_A_DIM }
    if style.reverse { attrs |= CNC_A_REVERSE }
    if style.underline { attrs |= CNC_A_UNDERLINE }
    if colors != nil {
      let pair = colors?.pair(foreground: style.foreground, background: style.background) ?? 0
      attrs |= cnc_color_pair(Int32(pair))
    }
    return attrs
  }

  private func placeCursor(_ cursor: Point?, width: Int, height: Int) {
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
      if cursorVisible != true {
        _ = curs_set(1)
        cursorVisible = true
      }
      move(Int32(cursor.y), Int32(cursor.x))
    } else if cursorVisible != false {
      _ = curs_set(0)
      cursorVisible = false
    }
  }
}
