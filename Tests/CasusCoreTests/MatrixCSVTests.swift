import CasusCore
import TestSupport
import Testing

@Suite("The matrix CSV export")
struct MatrixCSVTests {
  @Test("fields are quoted only when they must be, with quotes doubled")
  func quoting() {
    #expect(MatrixCSV.quote("financien") == "financien")
    #expect(MatrixCSV.quote("a,b") == "\"a,b\"")
    #expect(MatrixCSV.quote("zegt \"nee\"") == "\"zegt \"\"nee\"\"\"")
    #expect(MatrixCSV.quote("twee\r\nregels") == "\"twee\r\nregels\"")
    #expect(MatrixCSV.quote("één\nregel") == "\"één\nregel\"")
    #expect(MatrixCSV.line(["a", "", "c,d"]) == "a,,\"c,d\"\r\n")
  }

  @Test("one row per case × meetmoment × domain, with a header, not-discussed left empty")
  func rows() {
    let zrm = Fixtures.matrix("zrm-2017")
    let day = { (d: Int) in LocalDate(year: 2026, month: 11, day: d) ?? Fixtures.today }
    let a = Fixtures.measuredCase(
      id: "C-A",
      [
        Fixtures.measurement(zrm, on: day(20), scores: [3], targets: [4]),
        Fixtures.measurement(zrm, on: day(3), scores: [2]),
      ])
    let b = Fixtures.measuredCase(
      id: "C-B", [Fixtures.measurement(Fixtures.matrix("zrm-2013"), on: day(5), scores: [1])])
    let rows = MatrixCSV.rows([a, b, Fixtures.caseFile(id: "C-EMPTY")])
    #expect(rows.count == 13 + 13 + 11)
    #expect(rows[0] == ["C-A", "1", "2026-11-03", "zrm-2017", "1", "financien", "2", ""])
    #expect(rows[13] == ["C-A", "2", "2026-11-20", "zrm-2017", "1", "financien", "3", "4"])
    #expect(rows[14] == ["C-A", "2", "2026-11-20", "zrm-2017", "1", "werk-opleiding", "", ""])
    #expect(rows[26] == ["C-B", "1", "2026-11-05", "zrm-2013", "1", "financien", "1", ""])
    let document = MatrixCSV.document([a])
    #expect(
      document.hasPrefix(
        "case_id,meetmoment,date,definition_id,definition_version,domain,score,target\r\n"))
    #expect(document.components(separatedBy: "\r\n").count == 1 + 26 + 1)
  }
}
