import CasusCore
import Foundation

/// One event of a case as the history view shows it: who, when, what, old → new.
public struct HistoryEntry: Equatable, Sendable {
  public var seq: Int
  /// `25-11-2026 09:30` in the user's time zone.
  public var when: String
  public var actor: String
  public var what: String
  /// The change, as `old → new`, when the event has one.
  public var change: String?

  /// The whole entry as one line of text (also what the filter searches).
  public var text: String {
    "\(when)  \(actor)  \(what)" + (change.map { ": " + $0 } ?? "")
  }

  /// The entries of a case, oldest first, that match the folded `needle`.
  public static func entries(
    _ file: CaseFile, strings s: any StringTable, timeZone: TimeZone, needle: String = ""
  ) -> [HistoryEntry] {
    let all = file.events.map { event in
      HistoryEntry(
        seq: event.seq, when: Clock.dateTime(event.at, in: timeZone), actor: event.actor,
        what: s.historyWhat(event), change: s.historyChange(event))
    }
    guard !needle.isEmpty else { return all }
    return all.filter { entry in
      let hay = CaseFilter.fold(entry.text)
      return needle.split(separator: " ").allSatisfy { hay.contains($0) }
    }
  }
}
