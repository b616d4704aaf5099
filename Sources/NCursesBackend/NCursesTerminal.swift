import CNCurses
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal: draws a ``Screen`` with ncursesw and reads keys with `get_wch`.
///
/// Open it with ``open(useColor:logFile:)``, which checks that there is a usable terminal
/// before ncurses touches it, and call ``close()`` before printing anything afterwards (it
/// also runs from `deinit`). Only one can be open per process. Use it from one thread: it is
/// deliberately not `Sendable`, and ncurses itself is not thread-safe.
///
/// While it is open, the terminal is in `raw()` mode (Ctrl-C, Ctrl-S, Ctrl-Z arrive as keys),
/// crashes and SIGTERM/SIGHUP restore the terminal before the process dies, and standard
/// error goes to the log file when one was given, so nothing scribbles over the screen.
public final class NCursesTerminal: TerminalBackend {
  /// The ncurses screen; `nil` once closed.
  var screen: OpaquePointer?
  /// Colour pairs, or `nil` when colour is off (`NO_COLOR`, `--no-color`, or no colours).
  var colors: ColorPairs?
  /// Whether the hardware cursor is currently shown, to avoid needless `curs_set` calls.
  var cursorVisible: Bool?
  /// A `get_wch` result read ahead while looking for Alt, returned by the next read.
  var pending: RawInput?
  /// Consecutive `ERR`s that came back well before their timeout (a sign of end of file).
  var earlyErrors = 0

  private init(screen: OpaquePointer) {
    self.screen = screen
  }

  deinit {
    close()
  }

  /// Opens the terminal on standard input and output.
  ///
  /// The order matters and was measured: check for a tty and `TERM` first (`initscr` would
  /// print and `exit(1)`; a redirected stdin would make `get_wch` spin), make `LC_CTYPE` UTF-8
  /// (otherwise diacritics are silently dropped), then `newterm`, then refuse terminals that
  /// cannot position the cursor (`TERM=dumb`).
  ///
  /// - Parameters:
  ///   - useColor: `false` for `NO_COLOR` / `--no-color`; attributes are drawn either way.
  ///   - logFile: where standard error goes while the screen is up; `nil` leaves it alone.
  public static func open(useColor: Bool, logFile: String?) throws(TerminalOpenError)
    -> NCursesTerminal
  {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .notATerminal
    }
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      throw .termNotSet
    }
    if term == "dumb" || term == "unknown" {
      throw .unusableTerminal("TERM=\(term) cannot position the cursor")
    }
    guard cnc_setup_utf8_locale() == 1 else {
      throw .initFailed("no UTF-8 locale is available (tried the environment and C.UTF-8)")
    }
    guard cnc_claim_session() == 1 else {
      throw .initFailed("the terminal is already open in this process")
    }
    guard let screen = cnc_newterm_stdio() else {
      cnc_release_session()
      throw .unusableTerminal("no terminfo description for TERM=\(term)")
    }
    guard cnc_has_cursor_addressing() == 1 else {
      endwin()
      delscreen(screen)
      cnc_release_session()
      throw .unusableTerminal("TERM=\(term) cannot position the cursor")
    }
    cnc_set_session_active(1)
    cnc_install_handlers()
    let terminal = NCursesTerminal(screen: screen)
    if let logFile {
      let rc = cnc_redirect_stderr(logFile)
      if rc != 0 {
        terminal.close()
        throw .initFailed("cannot open log file \(logFile): \(String(cString: strerror(rc)))")
      }
    }
    raw()
    noecho()
    nonl()
    _ = cnc_keypad_stdscr(true)
    _ = set_escdelay(25)
    if useColor, has_colors() {
      _ = start_color()
      terminal.colors = ColorPairs(hasDefaultColors: use_default_colors() == OK)
    }
    return terminal
  }

  /// Gives the terminal back: leaves the alternate screen and restores modes and stderr.
  ///
  /// Safe to call more than once; after it, ``present(_:)`` and ``nextInput(timeoutMilliseconds:)``
  /// do nothing.
  public func close() {
    guard let screen else { return }
    self.screen = nil
    cnc_set_session_active(0)
    if isendwin() == false { endwin() }
    delscreen(screen)
    cnc_restore_stderr()
    cnc_release_session()
  }

  /// The current size of the terminal (ncurses updates it on `KEY_RESIZE`).
  public var size: Size {
    guard screen != nil else { return Size(width: 0, height: 0) }
    return Size(width: Int(max(0, cnc_cols())), height: Int(max(0, cnc_lines())))
  }
}
