/// Why the ncurses terminal could not be opened.
///
/// Every case is a normal condition (CI, a pipe, an editor's shell), never a crash: the
/// executable prints ``description`` and suggests `--headless`, which needs no terminal.
public enum TerminalOpenError: Error, Equatable, CustomStringConvertible {
  /// Standard input or standard output is not a terminal (redirected, piped, or CI).
  case notATerminal
  /// The `TERM` environment variable is unset or empty.
  case termNotSet
  /// The terminal type cannot be used; the text says why (unknown type, no cursor addressing).
  case unusableTerminal(String)
  /// Setting up the terminal failed for another reason; the text says which step.
  case initFailed(String)

  public var description: String {
    switch self {
    case .notATerminal:
      return "Casus needs an interactive terminal, but standard input or standard output is "
        + "not one (redirected or piped). Run it in a terminal, or use --headless."
    case .termNotSet:
      return "The TERM environment variable is not set, so the terminal type is unknown. "
        + "Set TERM (for example TERM=xterm-256color), or use --headless."
    case .unusableTerminal(let reason):
      return "This terminal cannot be used: \(reason). "
        + "Try another TERM (for example TERM=xterm-256color), or use --headless."
    case .initFailed(let reason):
      return "Could not start the terminal interface: \(reason). Use --headless to run "
        + "without a terminal."
    }
  }
}
