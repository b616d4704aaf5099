/// Makes stored text safe to draw: no byte of it can act as a terminal control.
///
/// Case files hold text typed by people and imported from other systems. A name such as
/// `"\u{1B}]0;pwned\u{07}"` must show as harmless characters, never retitle the window or
/// clear the screen. C0 controls become their Unicode control pictures (`␛`, `␇`), DEL and
/// C1 controls become `�`, and invisible bidirectional overrides are dropped, because they
/// could make one name look like another.
public enum Sanitizer {
  /// The text with every control character replaced by a visible stand-in.
  ///
  /// Newlines and tabs become spaces; call this per line when line breaks matter.
  public static func clean(_ text: String) -> String {
    var needsWork = false
    for scalar in text.unicodeScalars where isSuspicious(scalar) {
      needsWork = true
      break
    }
    guard needsWork else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      switch v {
      case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
        out.append(" ")
      case 0x00..<0x20:
        out.append(Unicode.Scalar(0x2400 + v) ?? "?")
      case 0x7F..<0xA0:
        out.append("\u{FFFD}")
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        continue
      default:
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether any scalar in the text would be changed by ``clean(_:)``.
  public static func isClean(_ text: String) -> Bool {
    !text.unicodeScalars.contains(where: isSuspicious)
  }

  private static func isSuspicious(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029 || v == 0x200E
      || v == 0x200F || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }
}
