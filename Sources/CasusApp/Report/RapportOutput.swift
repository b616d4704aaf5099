import CasusCore
import Foundation
import TerminalUI

/// The report as a table for people, CSV for spreadsheets and JSON for other tools.
public enum RapportOutput {
  /// One value as text: `12`, `76% (84 van 110)`, `38 dagen`, `<5`.
  public static func text(_ value: ReportFigure.Value, _ s: any StringTable) -> String {
    switch value {
    case .count(let n): return "\(n)"
    case .share(let part, let of):
      let percent = of == 0 ? 0 : Int((Double(part) * 100 / Double(of)).rounded())
      return "\(percent)% (\(part)/\(of))"
    case .medianDays(let days, _): return s.rapportDays(days)
    case .number(let x, _): return x == x.rounded() ? "\(Int(x))" : String(format: "%.1f", x)
    case .euros(let n, _): return "€ " + grouped(n)
    case .suppressed: return s.rapportSuppressed
    }
  }

  /// `120.000`: thousands with dots, as Dutch readers write them.
  public static func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// A plain-text table, one block per figure.
  public static func table(
    _ figures: [ReportFigure], title: String, period: String, strings s: any StringTable,
    width: Int = 80
  ) -> String {
    var lines = [title, String(repeating: "=", count: min(width, title.displayWidth)), period, ""]
    for figure in figures where !figure.rows.isEmpty {
      lines.append(s.rapportFigure(figure.id))
      for row in figure.rows {
        let label = "  " + s.rapportRow(figure: figure.id, key: row.key)
        let value = text(row.value, s)
        let pad = max(1, width - label.displayWidth - value.displayWidth)
        lines.append(label + String(repeating: " ", count: pad) + value)
      }
      lines.append("")
    }
    lines.append(s.rapportSuppressedNote)
    return lines.joined(separator: "\n") + "\n"
  }

  /// CSV: `figure,key,value,part,of` with a header; suppressed cells have value `<5` and no
  /// numbers.
  public static func csv(_ figures: [ReportFigure]) -> String {
    var lines = ["figure,key,value,part,of"]
    for figure in figures {
      for row in figure.rows {
        let (value, part, of) = numbers(row.value)
        lines.append([figure.id, quote(row.key), value, part, of].joined(separator: ","))
      }
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// JSON: `{"period": …, "figures": {id: {key: value}}}`; a suppressed value is `"<5"`.
  public static func json(_ figures: [ReportFigure], from: LocalDate?, to: LocalDate?) -> String {
    var out: [String: Any] = [
      "period": ["from": from?.description as Any, "to": to?.description as Any],
      "minimumCount": ReportFigure.minimumCount,
    ]
    var all: [String: Any] = [:]
    for figure in figures {
      var rows: [String: Any] = [:]
      for row in figure.rows {
        switch row.value {
        case .count(let n): rows[row.key] = n
        case .share(let part, let of): rows[row.key] = ["part": part, "of": of]
        case .medianDays(let d, let of): rows[row.key] = ["medianDays": d, "of": of]
        case .number(let x, let of): rows[row.key] = ["value": x, "of": of]
        case .euros(let n, let of): rows[row.key] = ["euros": n, "of": of]
        case .suppressed: rows[row.key] = "<5"
        }
      }
      all[figure.id] = rows
    }
    out["figures"] = all
    let data =
      (try? JSONSerialization.data(
        withJSONObject: out, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func numbers(_ value: ReportFigure.Value) -> (String, String, String) {
    switch value {
    case .count(let n): return ("\(n)", "", "")
    case .share(let part, let of):
      return (of == 0 ? "" : String(format: "%.4f", Double(part) / Double(of)), "\(part)", "\(of)")
    case .medianDays(let d, let of): return ("\(d)", "", "\(of)")
    case .number(let x, let of): return ("\(x)", "", "\(of)")
    case .euros(let n, let of): return ("\(n)", "", "\(of)")
    case .suppressed: return ("<5", "", "")
    }
  }

  private static func quote(_ text: String) -> String {
    text.contains(where: { ",\"\r\n".contains($0) })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
