// TEMPORARY stub matching the agreed API; removed when the real backend lands.
import TerminalUI

public enum TerminalOpenError: Error, CustomStringConvertible {
  case notATerminal, termNotSet, unusableTerminal(String), initFailed(String)
  public var description: String { "no terminal" }
}
public final class NCursesTerminal: TerminalBackend {
  public var size: Size { Size(width: 80, height: 24) }
  public static func open(useColor: Bool, logFile: String?) throws(TerminalOpenError) -> NCursesTerminal {
    throw .notATerminal
  }
  public func close() {}
  public func present(_ screen: Screen) {}
  public func nextInput(timeoutMilliseconds: Int) -> BackendInput { .end }
}
