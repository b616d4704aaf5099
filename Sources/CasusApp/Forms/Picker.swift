import TerminalUI

/// A list to choose from with a search line: a life domain for a new hulpvraag, an offer from
/// the sociale kaart, people from the network.
///
/// Typing filters (the owner recomputes ``items`` from ``query``); ↑ ↓ move, Enter chooses, in
/// a multiple choice Space ticks.
public struct Picker: Equatable {
  /// One row.
  public struct Item: Equatable, Sendable {
    /// What the owner acts on: a domain id, a kaart offer id, a person's name.
    public var id: String
    public var title: String
    /// A second, dimmed line (what the offer does, why the domain is suggested).
    public var detail: String
    /// A short mark at the right: `voorgesteld`, `niet bereikbaar`.
    public var tag: String
    public var selected: Bool
    /// The row that turns the typed text into a new entry ("Eigen vraag: …").
    public var isFreeText: Bool

    public init(
      id: String, title: String, detail: String = "", tag: String = "", selected: Bool = false,
      isFreeText: Bool = false
    ) {
      self.id = id
      self.title = title
      self.detail = detail
      self.tag = tag
      self.selected = selected
      self.isFreeText = isFreeText
    }
  }

  public var title: String
  /// The label before the search line.
  public var prompt: String
  public var query: TextInput
  public var items: [Item]
  public var cursor: Int
  /// Whether Space ticks rows and Enter takes every ticked one.
  public var multiple: Bool
  /// Shown when there is nothing to choose.
  public var empty: String

  public init(
    title: String, prompt: String, items: [Item] = [], multiple: Bool = false, empty: String = ""
  ) {
    self.title = title
    self.prompt = prompt
    self.query = TextInput()
    self.items = items
    self.cursor = 0
    self.multiple = multiple
    self.empty = empty
  }

  /// The highlighted row.
  public var current: Item? { items.indices.contains(cursor) ? items[cursor] : nil }

  /// Replaces the rows, keeping the ticks of rows that stay and the cursor in range.
  public mutating func setItems(_ new: [Item]) {
    let ticked = Set(items.filter(\.selected).map(\.id))
    items = new.map { item in
      var copy = item
      if ticked.contains(item.id) { copy.selected = true }
      return copy
    }
    cursor = min(cursor, max(0, items.count - 1))
  }

  public mutating func move(by delta: Int) {
    cursor = min(max(0, cursor + delta), max(0, items.count - 1))
  }

  /// Ticks or unticks the highlighted row (multiple choice only).
  public mutating func toggle() {
    guard multiple, items.indices.contains(cursor) else { return }
    items[cursor].selected.toggle()
  }
}
