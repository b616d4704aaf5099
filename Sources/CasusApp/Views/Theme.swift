import Foundation
import TerminalUI

/// The styles of the app.
///
/// Every emphasis has an attribute, so it reads without colour.
public struct Theme: Sendable {
  public var titleBar: Style
  public var border: Style
  public var focusedBorder: Style
  public var selected: Style
  public var selectedUnfocused: Style
  public var heading: Style
  public var label: Style
  public var placeholder: Style
  public var field: Style
  public var focusedField: Style
  public var status: Style
  public var error: Style
  public var hintKey: Style
  public var hintText: Style
  public var badge: Style

  /// The theme for a terminal with or without colour (`NO_COLOR`, `--no-color`).
  public init(colors: Bool) {
    func c(_ color: Color) -> Color? { colors ? color : nil }
    titleBar = Style(foreground: c(.white), background: c(.blue), bold: true, reverse: !colors)
    border = Style(dim: true)
    focusedBorder = Style(foreground: c(.cyan), bold: true)
    selected = Style(reverse: true)
    selectedUnfocused = Style(bold: true, underline: true)
    heading = Style(foreground: c(.cyan), bold: true)
    label = Style()
    placeholder = Style(dim: true)
    field = Style(underline: true)
    focusedField = Style(foreground: c(.yellow), bold: true, underline: true)
    status = Style(reverse: true)
    error = Style(foreground: c(.red), bold: true, reverse: !colors)
    hintKey = Style(bold: true)
    hintText = Style()
    badge = Style(foreground: c(.yellow), bold: true, reverse: true)
  }
}

/// Date and time as a Dutch professional reads them, in the user's time zone.
enum Clock {
  /// `25-11-2026 10:12`.
  static func dateTime(_ date: Date, in zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
    return "\(two(c.day))-\(two(c.month))-\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
  }
}
