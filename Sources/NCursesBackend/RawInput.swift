/// One successful `get_wch` result before decoding: a character or an ncurses key code.
struct RawInput: Hashable {
  /// Whether `get_wch` returned `KEY_CODE_YES` (then `code` is a `KEY_*` constant).
  var isFunctionKey: Bool
  /// The character's scalar value or the key code.
  var code: UInt32
}
