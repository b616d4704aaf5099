import TerminalUI

/// A written document (the verslag, the plan) as blocks, rendered as Markdown or as plain text.
///
/// Built once from a case, so the Markdown file, the 80-column text and the preview in the app
/// always say the same thing.
public struct ReportDocument: Equatable, Sendable {
  /// One part of the document.
  public enum Block: Equatable, Sendable {
    /// A heading; level 1 is the title.
    case heading(String, level: Int)
    /// Running text written by Casus.
    case paragraph(String)
    /// Words of the client or the professional, exactly as recorded; line breaks are kept.
    case quote(String)
    /// A bulleted list.
    case list([String])
    /// Label and value pairs, such as dates.
    case facts([Fact])
    /// Something the reader must not miss (a safety remark), marked in every format.
    case attention(String)
  }

  /// A label and its value, one row of a ``Block/facts(_:)`` block.
  public struct Fact: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }

  public var blocks: [Block]

  public init(blocks: [Block] = []) { self.blocks = blocks }

  /// Markdown: headings with `#`, quotes as `> ` blocks, facts as a two-column table.
  ///
  /// Every line passes the sanitiser, so a control character typed into a note can never act
  /// on the terminal the export is printed to.
  public var markdown: String {
    var out: [String] = []
    for block in blocks {
      switch block {
      case .heading(let text, let level):
        out.append(String(repeating: "#", count: max(1, min(6, level))) + " " + text)
      case .paragraph(let text):
        out += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      case .quote(let text):
        out += text.split(separator: "\n", omittingEmptySubsequences: false).map {
          $0.isEmpty ? ">" : "> " + $0
        }
      case .list(let items):
        out += items.map { "- " + $0.replacingOccurrences(of: "\n", with: " ") }
      case .facts(let pairs):
        out += ["| | |", "|---|---|"]
        out += pairs.map { "| \(cell($0.label)) | \(cell($0.value)) |" }
      case .attention(let text):
        out += text.split(separator: "\n", omittingEmptySubsequences: false).map {
          "> **!** " + $0
        }
      }
      out.append("")
    }
    return out.map(Sanitizer.clean).joined(separator: "\n")
  }

  private func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }

  /// Plain text wrapped at `width` columns (display width, so wide characters fit).
  public func plainText(width: Int = 80) -> String {
    var out: [String] = []
    for block in blocks {
      switch block {
      case .heading(let text, let level):
        out += text.wrapped(toWidth: width)
        if level <= 2 {
          out.append(
            String(repeating: level == 1 ? "=" : "-", count: min(width, text.displayWidth)))
        }
      case .paragraph(let text):
        out += text.wrapped(toWidth: width)
      case .quote(let text):
        out += text.wrapped(toWidth: width - 4).map { "    " + $0 }
      case .list(let items):
        for item in items {
          let lines = item.wrapped(toWidth: width - 4)
          out += lines.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }
        }
      case .facts(let pairs):
        let labelWidth = min(width / 2, (pairs.map { $0.label.displayWidth }.max() ?? 0) + 2)
        let indent = String(repeating: " ", count: labelWidth)
        for fact in pairs {
          let lines = fact.value.wrapped(toWidth: max(10, width - labelWidth))
          for (i, line) in lines.enumerated() {
            out.append((i == 0 ? fact.label.padded(toWidth: labelWidth) : indent) + line)
          }
        }
      case .attention(let text):
        out += text.wrapped(toWidth: width - 4).map { "!!  " + $0 }
      }
      out.append("")
    }
    return out.map(Sanitizer.clean).joined(separator: "\n")
  }
}
