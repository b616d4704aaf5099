/// Deciding a meetmoment: it must fit the definition it names, and its date the case.
extension CaseFile {
  static func validate(
    _ m: MatrixMeasurement, _ definition: MatrixDefinition, melding: LocalDate, today: LocalDate
  ) throws(MatrixError) {
    guard m.reference == definition.reference else {
      throw .definitionMismatch(definition.reference)
    }
    guard m.scores.map(\.domain) == definition.domains.map(\.id) else {
      throw .domainsDoNotMatch
    }
    for entry in m.scores {
      for value in [entry.score, entry.target].compactMap({ $0 })
      where !MatrixDefinition.scores.contains(value) {
        throw .scoreOutOfRange(domain: entry.domain, value: value)
      }
    }
    guard m.scores.contains(where: \.isDiscussed) else { throw .nothingScored }
    if m.date > today { throw .dateInFuture(m.date) }
    if m.date < melding { throw .dateBeforeMelding(m.date) }
  }
}
