import TerminalUI

/// A small form of labelled fields: text, a choice, a tick box, or a heading between them.
///
/// The forms of the handover work (who is working, the registration, a professional in the
/// inventory, the evaluation, the doorbraak) are all this one shape, so they share their keys
/// (``Keymaps/fieldForm(_:)``), their drawing and their tests. Labels are resolved when the
/// form is made; the language does not change while a form is open.
public struct FieldForm: Equatable {
  /// One row of the form.
  public struct Field: Equatable {
    public enum Kind: Equatable {
      case text(TextInput)
      /// The options as shown, and the chosen one.
      case choice([String], Int)
      case check(Bool)
      /// A line of text between fields; never focused.
      case heading
    }

    /// Stable within the form: `name`, `reason.1`, `section.matrix`.
    public var id: String
    public var label: String
    public var kind: Kind
    /// Shown dimmed in an empty text field.
    public var placeholder: String

    public init(_ id: String, _ label: String, _ kind: Kind, placeholder: String = "") {
      self.id = id
      self.label = label
      self.kind = kind
      self.placeholder = placeholder
    }

    /// Whether the field can have the focus.
    public var isFocusable: Bool { kind != .heading }
  }

  public var title: String
  /// Lines shown above the fields: what the form is for, what is enough.
  public var notes: [String]
  public private(set) var fields: [Field]
  /// The index of the focused field.
  public var focus: Int
  /// Set after Esc on a changed form: a second Esc discards.
  public var confirmingDiscard = false
  private var initial: [Field]

  public init(title: String, notes: [String] = [], fields: [Field]) {
    self.title = title
    self.notes = notes
    self.fields = fields
    self.initial = fields
    self.focus = fields.firstIndex(where: \.isFocusable) ?? 0
  }

  /// Whether anything was typed or changed since the form opened.
  public var isDirty: Bool { fields != initial }

  /// The focused field.
  public var focused: Field? { fields.indices.contains(focus) ? fields[focus] : nil }

  /// Moves the focus to the next (or previous) focusable field, wrapping around.
  public mutating func moveFocus(by delta: Int) {
    guard fields.contains(where: \.isFocusable) else { return }
    var index = focus
    repeat {
      index = ((index + delta) % fields.count + fields.count) % fields.count
    } while !fields[index].isFocusable
    focus = index
  }

  /// Puts the focus on a field by id.
  public mutating func focus(_ id: String) {
    if let index = fields.firstIndex(where: { $0.id == id }) { focus = index }
  }

  /// Whether the focus is on the last focusable field.
  public var isOnLastField: Bool { fields.lastIndex(where: \.isFocusable) == focus }

  /// The typed text of a text field, trimmed ("" when there is no such field).
  public func text(_ id: String) -> String {
    guard case .text(let input)? = fields.first(where: { $0.id == id })?.kind else { return "" }
    return input.text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The chosen index of a choice (0 when there is no such field).
  public func choice(_ id: String) -> Int {
    guard case .choice(_, let index)? = fields.first(where: { $0.id == id })?.kind else {
      return 0
    }
    return index
  }

  /// Whether a tick box is ticked.
  public func checked(_ id: String) -> Bool {
    guard case .check(let on)? = fields.first(where: { $0.id == id })?.kind else { return false }
    return on
  }

  /// The ids of the ticked boxes whose id starts with `prefix`, in form order.
  public func checkedIDs(prefix: String) -> [String] {
    fields.filter { $0.id.hasPrefix(prefix) && checked($0.id) }.map(\.id)
  }

  /// Changes one field's kind (its value), label or placeholder.
  public mutating func update(
    _ id: String, label: String? = nil, kind: Field.Kind? = nil, placeholder: String? = nil
  ) {
    guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
    if let label { fields[index].label = label }
    if let kind { fields[index].kind = kind }
    if let placeholder { fields[index].placeholder = placeholder }
  }

  /// Replaces the fields (a choice changed which fields there are), keeping the focus on the
  /// field with the same id when it is still there.
  public mutating func replaceFields(_ new: [Field]) {
    let id = focused?.id
    fields = new
    focus = new.firstIndex { $0.id == id } ?? new.firstIndex(where: \.isFocusable) ?? 0
  }

  /// Applies an editing key to the focused text field; true when it was one.
  public mutating func edit(_ key: Key, width: Int) -> Bool {
    guard fields.indices.contains(focus), case .text(var input) = fields[focus].kind else {
      return false
    }
    guard input.handle(key, width: width) else { return false }
    fields[focus].kind = .text(input)
    return true
  }

  /// Changes the focused choice by `delta` or flips the focused tick box; true when it did.
  public mutating func cycle(by delta: Int) -> Bool {
    guard fields.indices.contains(focus) else { return false }
    switch fields[focus].kind {
    case .choice(let options, let index) where !options.isEmpty:
      fields[focus].kind = .choice(
        options, ((index + delta) % options.count + options.count) % options.count)
      return true
    case .check(let on):
      fields[focus].kind = .check(!on)
      return true
    default:
      return false
    }
  }
}
