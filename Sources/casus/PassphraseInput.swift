import CasusStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a passphrase comes from: a file (never the command line itself) or the terminal.
enum PassphraseInput {
  /// The passphrase in `path` (its text without one final line break).
  static func read(file path: String) throws -> Passphrase {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError("cannot read the passphrase file \(path)")
    }
    guard let passphrase = Passphrase(fileContents: data) else {
      throw CLIError("the passphrase file \(path) is empty or not UTF-8")
    }
    return passphrase
  }

  /// Asks on the terminal (`/dev/tty`) with echo off; `nil` when there is no terminal or the
  /// user pressed Ctrl-C or Ctrl-D.
  ///
  /// The terminal is put in a mode without echo and without signals (so Ctrl-C cannot leave
  /// it without echo) and restored before returning.
  static func prompt(_ text: String) -> String? {
    let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var saved = termios()
    guard tcgetattr(fd, &saved) == 0 else { return nil }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
    withUnsafeMutableBytes(of: &quiet.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(fd, TCSAFLUSH, &quiet)
    defer {
      tcsetattr(fd, TCSAFLUSH, &saved)
      _ = "\r\n".withCString { write(fd, $0, 2) }
    }
    _ = text.withCString { write(fd, $0, strlen($0)) }
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while readByte(fd, &byte) {
      switch byte {
      case 0x0A, 0x0D: return String(decoding: bytes, as: UTF8.self)
      case 0x03, 0x04: return nil
      case 0x7F, 0x08:
        // Drop one whole UTF-8 character.
        while let last = bytes.popLast(), last & 0xC0 == 0x80 {}
      case 0x15: bytes.removeAll()
      default: bytes.append(byte)
      }
    }
    return nil
  }

  /// Whether there is a terminal to ask on: stdin is one.
  static var canPrompt: Bool { isatty(0) == 1 }

  /// The passphrase from `--passphrase-file`, else `CASUS_PASSPHRASE_FILE`, else the terminal
  /// (when `interactive`), asked with `prompt`.
  static func obtain(
    file: String?, environment: [String: String], interactive: Bool, prompt text: String
  ) throws -> Passphrase? {
    if let file, !file.isEmpty { return try read(file: file) }
    if let file = environment["CASUS_PASSPHRASE_FILE"], !file.isEmpty {
      return try read(file: file)
    }
    guard interactive, canPrompt else { return nil }
    return prompt(text).flatMap(Passphrase.init)
  }
}

/// One byte from `fd` (`read(2)`), reachable from inside `PassphraseInput`, whose own `read`
/// shadows it.
private func readByte(_ fd: Int32, _ byte: inout UInt8) -> Bool {
  read(fd, &byte, 1) == 1
}
