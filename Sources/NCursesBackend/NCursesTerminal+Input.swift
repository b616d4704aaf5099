import CNCurses
import TerminalUI

extension NCursesTerminal {
  /// How long after Escape a character still counts as Alt+character (and as part of an escape sequence).
  ///
  /// Matches `set_escdelay(25)`.
  static let altDelayMilliseconds: Int32 = 25
  /// Consecutive early `ERR`s after which input counts as gone (end of file spins otherwise).
  static let earlyErrorLimit = 50

  /// Waits up to `timeoutMilliseconds` (negative: forever) for a key or a resize.
  ///
  /// Returns `.end` when the terminal is gone (end of file, hang-up, stdin no longer a tty),
  /// so a caller's loop never spins on a dead terminal. Keys the app has no name for, and
  /// escape sequences the terminfo entry does not know (such as Shift+arrows on some
  /// terminals), are skipped without ending the wait early.
  public func nextInput(timeoutMilliseconds: Int) -> BackendInput {
    guard screen != nil else { return .end }
    let clock = ContinuousClock()
    let deadline =
      timeoutMilliseconds >= 0
      ? clock.now.advanced(by: .milliseconds(timeoutMilliseconds)) : nil
    while true {
      var remaining: Int32 = -1
      if let deadline {
        let left = clock.now.duration(to: deadline)
        remaining = Int32(
          clamping: max(
            0,
            left.components.seconds * 1000
              + left.components.attoseconds / 1_000_000_000_000_000))
      }
      let started = clock.now
      guard let raw = read(timeoutMilliseconds: remaining) else {
        if remaining < 0 || cnc_input_closed() == 1 { return .end }
        let waited = started.duration(to: clock.now)
        if remaining >= 10, waited < .milliseconds(Int(remaining) / 2) {
          earlyErrors += 1
          if earlyErrors >= Self.earlyErrorLimit { return .end }
        } else {
          earlyErrors = 0
        }
        return .timeout
      }
      earlyErrors = 0
      if let event = event(for: raw) { return .event(event) }
      if let deadline, clock.now >= deadline { return .timeout }
    }
  }

  /// One `get_wch`, or the input read ahead earlier; `nil` on `ERR`.
  private func read(timeoutMilliseconds: Int32) -> RawInput? {
    if let pending {
      self.pending = nil
      return pending
    }
    timeout(timeoutMilliseconds)
    var code: wint_t = 0
    let rc = get_wch(&code)
    switch rc {
    case OK: return RawInput(isFunctionKey: false, code: UInt32(code))
    case KEY_CODE_YES: return RawInput(isFunctionKey: true, code: UInt32(code))
    default: return nil
    }
  }

  private func event(for raw: RawInput) -> TerminalEvent? {
    if raw.isFunctionKey && raw.code == UInt32(KEY_RESIZE) {
      return .resize(size)
    }
    if !raw.isFunctionKey && raw.code == 27 {
      return escapeOrAlt()
    }
    return KeyDecoder.decode(code: raw.code, isFunctionKey: raw.isFunctionKey).map { .key($0) }
  }

  /// After an Escape: Alt+character, an unknown escape sequence to drop, or a plain Escape.
  private func escapeOrAlt() -> TerminalEvent? {
    guard let next = read(timeoutMilliseconds: Self.altDelayMilliseconds) else {
      return .key(.escape)
    }
    if !next.isFunctionKey, next.code == 0x5B || next.code == 0x4F {
      // ESC [ or ESC O: a sequence ncurses did not recognise (TERM does not match the
      // terminal). Read it to its final byte; decode the common forms, drop the rest rather
      // than typing "[1;5C" into a field.
      return readSequence(introducer: next.code).map { .key($0) }
    }
    if !next.isFunctionKey,
      case .char(let c)? = KeyDecoder.decode(code: next.code, isFunctionKey: false)
    {
      return .key(.alt(c))
    }
    pending = next
    return .key(.escape)
  }

  /// Reads the rest of an ESC [ / ESC O sequence; a bare ESC [ or ESC O is Alt+[ or Alt+O.
  private func readSequence(introducer: UInt32) -> Key? {
    let lead: Character = introducer == 0x4F ? "O" : "["
    var body = ""
    while body.unicodeScalars.count < 16 {
      guard let byte = read(timeoutMilliseconds: Self.altDelayMilliseconds) else { break }
      guard !byte.isFunctionKey, let scalar = Unicode.Scalar(byte.code) else {
        pending = byte
        break
      }
      body.unicodeScalars.append(scalar)
      // SS3 (ESC O) carries one more byte; CSI (ESC [) ends with a byte in 0x40...0x7E.
      if introducer == 0x4F || (0x40...0x7E).contains(byte.code) {
        return KeyDecoder.decodeEscapeSequence(introducer: lead, body: body)
      }
    }
    return body.isEmpty ? .alt(lead) : nil
  }
}
