import CasusCore
import TerminalUI

/// A small form in a box: labelled text, date and choice fields, saved with Ctrl-S.
///
/// The ladder, the safety lane, the plan and the agenda all record their details through it,
/// so every one of those forms moves, saves and cancels with the same keys.
public struct EntryForm: Equatable {
  /// One labelled field.
  public struct Field: Equatable {
    /// What the field holds.
    public enum Kind: Equatable, Sendable {
      /// Free text on one line.
      case text
      /// A date typed as `dd-mm-jjjj` (or `jjjj-mm-dd`); empty means no date.
      case date
      /// One of a fixed list of options, changed with Space or ← →.
      case choice([String])
    }

    /// The key the reducer reads the value by.
    public var id: String
    public var label: String
    public var kind: Kind
    public var input: TextInput
    /// The chosen option, for a choice field.
    public var choice: Int

    public init(_ id: String, _ label: String, text: String = "") {
      self.id = id
      self.label = label
      self.kind = .text
      self.input = TextInput(text)
      self.choice = 0
    }

    public init(_ id: String, _ label: String, date: LocalDate?) {
      self.id = id
      self.label = label
      self.kind = .date
      self.input = TextInput(date?.dutch ?? "")
      self.choice = 0
    }

    public init(_ id: String, _ label: String, options: [String], chosen: Int = 0) {
      self.id = id
      self.label = label
      self.kind = .choice(options)
      self.input = TextInput()
      self.choice = options.isEmpty ? 0 : min(max(0, chosen), options.count - 1)
    }

    /// The options of a choice field (empty for text and dates).
    public var options: [String] {
      if case .choice(let options) = kind { return options }
      return []
    }

    /// What the field shows.
    public var shown: String {
      if case .choice(let options) = kind {
        return options.indices.contains(choice) ? options[choice] : ""
      }
      return input.text
    }
  }

  public var title: String
  /// A line of explanation above the fields (what the rung is for, the reason asked).
  public var intro: String?
  public var fields: [Field]
  public var focus: Int
  /// Set after a first Esc with changes: a second Esc discards them.
  public var confirmingDiscard: Bool
  private let initial: [Field]

  public init(title: String, intro: String? = nil, fields: [Field], focus: Int = 0) {
    self.title = title
    self.intro = intro
    self.fields = fields
    self.focus = fields.isEmpty ? 0 : min(max(0, focus), fields.count - 1)
    self.confirmingDiscard = false
    self.initial = fields
  }

  /// Whether anything was typed or chosen since the form opened.
  public var isDirty: Bool { zip(fields, initial).contains { $0.shown != $1.shown } }

  /// The focused field.
  public var focused: Field? { fields.indices.contains(focus) ? fields[focus] : nil }

  /// The trimmed text of a field (empty when there is no such field).
  public func text(_ id: String) -> String {
    (fields.first { $0.id == id }?.input.text ?? "").trimmingCharacters(in: .whitespaces)
  }

  /// The chosen option's index of a choice field.
  public func choice(_ id: String) -> Int { fields.first { $0.id == id }?.choice ?? 0 }

  /// Whether the form has a field with this id.
  public func has(_ id: String) -> Bool { fields.contains { $0.id == id } }

  /// The date in a date field: `nil` when empty; a typed text that is no date is an error
  /// naming the field (and the form's focus moves there).
  public mutating func date(_ id: String) throws(BadDate) -> LocalDate? {
    guard let index = fields.firstIndex(where: { $0.id == id }) else { return nil }
    let text = fields[index].input.text.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return nil }
    guard let date = LocalDate(parsing: text) else {
      focus = index
      throw BadDate(label: fields[index].label)
    }
    return date
  }

  /// A date field that could not be read.
  public struct BadDate: Error, Equatable {
    public var label: String
  }

  /// Moves the focus to the field with this id (for a refused save).
  public mutating func focus(on id: String) {
    if let index = fields.firstIndex(where: { $0.id == id }) { focus = index }
  }

  /// Moves the focus by `delta` fields, wrapping around.
  public mutating func move(by delta: Int) {
    guard !fields.isEmpty else { return }
    focus = (focus + delta + fields.count) % fields.count
  }

  /// Changes the focused choice by `delta` options; false when the field is not a choice.
  public mutating func cycle(by delta: Int) -> Bool {
    guard fields.indices.contains(focus) else { return false }
    let count = fields[focus].options.count
    guard count > 0 else { return false }
    fields[focus].choice = (fields[focus].choice + delta + count) % count
    return true
  }
}
