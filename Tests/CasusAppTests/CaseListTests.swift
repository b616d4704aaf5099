import CasusApp
import CasusCore
import TestSupport
import Testing

@Suite("The case list over summaries")
struct CaseListTests {
  let files = [
    Fixtures.caseFile(id: "C-LIST0001", name: "Familie Öztürk", meldingDay: 3),
    Fixtures.caseFile(id: "C-LIST0002", name: "Nguyễn Thị Lan", meldingDay: 9),
    Fixtures.caseFile(
      id: "C-LIST0003", name: "محمد العلي", question: "schulden en huur", meldingDay: 5),
    Fixtures.caseFile(id: "C-LIST0004", name: "ትግርኛ ሰላም", meldingDay: 9),
  ]

  @Test("newest melding first, then by id; a saved case moves to its place")
  func order() throws {
    var list = CaseList(files.map(CaseSummary.init))
    #expect(
      list.summaries.map(\.id.rawValue) == ["C-LIST0002", "C-LIST0004", "C-LIST0003", "C-LIST0001"])
    var moved = files[0]
    moved.state.melding.date = try #require(LocalDate(year: 2026, month: 11, day: 12))
    list.upsert(CaseSummary(moved))
    #expect(
      list.summaries.map(\.id.rawValue) == ["C-LIST0001", "C-LIST0002", "C-LIST0004", "C-LIST0003"])
    #expect(list.position(CaseID("C-LIST0003")) == 3)
    list.remove(CaseID("C-LIST0002")!)
    #expect(list.count == 3)
    #expect(list.summary(CaseID("C-LIST0002")) == nil)
  }

  @Test("the filter ignores case and diacritics, needs every word, and reads other scripts")
  func filter() {
    let list = CaseList(files.map(CaseSummary.init))
    let ids = { (filter: String) in list.matching(filter).map { list.summaries[$0].id.rawValue } }
    #expect(ids("ozturk") == ["C-LIST0001"])
    #expect(ids("NGUYEN lan") == ["C-LIST0002"])
    #expect(ids("nguyen piet") == [])
    #expect(ids("محمد") == ["C-LIST0003"])
    #expect(ids("ትግርኛ") == ["C-LIST0004"])
    #expect(ids("schulden") == ["C-LIST0003"])
    #expect(ids("LIST0004") == ["C-LIST0004"])
    #expect(ids("") == ["C-LIST0002", "C-LIST0004", "C-LIST0003", "C-LIST0001"])
  }

  @Test("a longer filter searched within the shorter one's result finds the same cases")
  func narrowing() {
    let list = CaseList(files.map(CaseSummary.init))
    var previous: [Int]? = nil
    for typed in ["f", "fa", "fam", "fami", "famil", "familie", "familie ", "familie o"] {
      let narrowed = list.matching(typed, within: previous)
      #expect(narrowed == list.matching(typed), "\(typed)")
      previous = narrowed
    }
  }

  @Test("typing the filter in the app keeps the selection on a shown case")
  func throughTheState() {
    var state = Fixtures.state(cases: files)
    state.filter = "n"
    #expect(
      state.visibleCaseIDs.map(\.rawValue)
        == ["C-LIST0002", "C-LIST0004", "C-LIST0003", "C-LIST0001"].filter {
          CaseFilter.fold(
            state.list.summary(CaseID($0))!.householdName + " " + $0 + " "
              + state.list.summary(CaseID($0))!.question
          ).contains("n")
        })
    state.filter = "nguyen"
    state.keepSelectionVisible()
    #expect(state.visibleCaseIDs.map(\.rawValue) == ["C-LIST0002"])
    #expect(state.selection?.rawValue == "C-LIST0002")
    state.filter = ""
    #expect(state.visibleCaseIDs.count == 4)
  }
}
