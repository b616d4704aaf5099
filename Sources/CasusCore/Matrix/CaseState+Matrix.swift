/// The meetmomenten of a case and the signals derived from them.
///
/// Signals are derived, never stored: a later issue turns ``acuteDomains`` into the safety
/// lane, and the triage view reads ``declinedDomains`` as a stuck signal.
extension CaseState {
  /// The meetmomenten by date; those on one day keep the order they were recorded in.
  public var measurementsByDate: [MatrixMeasurement] {
    measurements.enumerated().sorted { a, b in
      a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
    }.map(\.element)
  }

  /// The most recent meetmoment.
  public var latestMeasurement: MatrixMeasurement? { measurementsByDate.last }

  /// The meetmomenten scored with one definition, by date.
  public func series(_ reference: MatrixReference) -> [MatrixMeasurement] {
    measurementsByDate.filter { $0.reference == reference }
  }

  /// The definitions this case was scored with, the most recently used first.
  public var measurementReferences: [MatrixReference] {
    var out: [MatrixReference] = []
    for m in measurementsByDate.reversed() where !out.contains(m.reference) {
      out.append(m.reference)
    }
    return out
  }

  /// The domains at level 1 (acute problematiek) in the latest meetmoment.
  ///
  /// PRODUCT.md: "a safety concern (any domain at level 1, or a safety signal) lets the
  /// professional act at once, marks the case urgent".
  public var acuteDomains: [String] {
    latestMeasurement?.scores.filter { $0.score == 1 }.map(\.domain) ?? []
  }

  /// The domains that scored lower in the latest meetmoment than in the one before it with
  /// the same definition.
  public var declinedDomains: [String] {
    guard let latest = latestMeasurement,
      let comparison = MatrixComparison(series: series(latest.reference))
    else { return [] }
    return comparison.rows.filter { $0.trend == .down }.map(\.domain)
  }
}
