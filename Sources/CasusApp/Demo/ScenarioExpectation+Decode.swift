import CasusCore

extension Scenario {
  /// One expectation: `screen`, or a case (`case` or `household`) with `path` and a test,
  /// `phase` or `event`.
  static func expectation(_ r: ScenarioReader, cases: [ScenarioCase]) throws(ScenarioError)
    -> ScenarioExpectation
  {
    try r.only([
      "screen", "case", "household", "path", "equals", "contains", "count", "phase", "event",
      "times",
    ])
    if let screen = try r.optional("screen") {
      if try r.object().count > 1 { throw r.fail("a screen expectation has only \"screen\"") }
      return .screen(try screen.text())
    }
    let reference = try caseReference(r, cases: cases)
    if let path = try r.optional("path") {
      let text = try path.text()
      guard ScenarioPath(text) != nil else {
        throw path.fail("\"\(text)\" is not a path like state.needs[0].rungs.eigen-kracht.suffices")
      }
      let tests = try [
        r.optional("equals").map { ScenarioExpectation.FieldTest.equals($0.value) },
        r.optional("contains").map { ScenarioExpectation.FieldTest.contains($0.value) },
        r.optional("count").map { field throws(ScenarioError) in
          ScenarioExpectation.FieldTest.count(try field.int())
        },
      ].compactMap { $0 }
      guard tests.count == 1, let test = tests.first else {
        throw r.fail("a path needs exactly one of equals, contains or count")
      }
      return .field(reference, path: text, test)
    }
    if let phaseField = try r.optional("phase") {
      let word = try phaseField.text()
      guard let phase = Phase(rawValue: word) else {
        let all = Phase.allCases.map(\.rawValue).joined(separator: ", ")
        throw phaseField.fail("unknown phase \"\(word)\"; one of \(all)")
      }
      return .phase(reference, phase)
    }
    if let eventField = try r.optional("event") {
      let type = try eventField.text()
      guard CaseEventType.all.contains(type) else {
        throw eventField.fail("unknown event type \"\(type)\"")
      }
      let times = try r.optional("times")?.int()
      if let times, times < 0 { throw r.fail("must not be negative", at: "times") }
      return .event(reference, type: type, times: times)
    }
    throw r.fail("an expectation needs screen, path, phase or event")
  }

  private static func caseReference(_ r: ScenarioReader, cases: [ScenarioCase])
    throws(ScenarioError) -> ScenarioCaseReference
  {
    if let field = try r.optional("case") {
      guard let id = CaseID(try field.text()) else { throw field.fail("is not a case id") }
      guard cases.contains(where: { $0.id == id }) else {
        throw field.fail(
          "\(id) is not a starting case; name a case made during the demo by its household")
      }
      return .id(id)
    }
    if let field = try r.optional("household") { return .household(try field.text()) }
    throw r.fail("needs \"case\" (a starting case's id) or \"household\" (its name)")
  }
}
