import CasusApp
import CasusCore
import CasusSynthetic
import Foundation
import TestSupport
import Testing

@testable import CasusStore

/// The hand-written case file writer against `JSONEncoder`: the same bytes, always.
@Suite("Case file bytes")
struct PrettyJSONTests {
  @Test("synthetic cases with long histories are written exactly as JSONEncoder writes them")
  func syntheticCases() throws {
    let (library, _) = MatrixChoice.shipped()
    let maker = SyntheticCase(
      definitions: ["zrm-2017", "zrm-2013"].compactMap { library.latest($0) },
      ladder: ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"],
      today: Fixtures.today)
    for index in 0..<40 {
      let file = EventChain.linked(try maker.make(index: index, seed: 11))
      let mine = try CaseFileCoding.encode(file)
      let reference = try CaseFileCoding.encodeWithFoundation(file)
      #expect(mine == reference, "case \(index): \(firstDifference(mine, reference))")
    }
  }

  @Test("what a save returns is what reading its bytes back gives")
  func asStored() throws {
    let (library, _) = MatrixChoice.shipped()
    let maker = SyntheticCase(
      definitions: ["zrm-2017", "zrm-2013"].compactMap { library.latest($0) },
      ladder: ["eigen-kracht", "basisinfrastructuur", "sociaal-wijkteam", "specialistisch"],
      today: Fixtures.today)
    for index in 0..<40 {
      var file = EventChain.linked(try maker.make(index: index, seed: 13))
      // Times with fractions of a second, as a live clock gives them.
      for i in file.events.indices { file.events[i].at.addTimeInterval(0.731) }
      file.state.conversation?.startedAt.addTimeInterval(0.25)
      guard case .current(let decoded) = CaseFileCoding.decode(try CaseFileCoding.encode(file))
      else {
        Issue.record("case \(index) does not read back")
        continue
      }
      #expect(CaseFileCoding.asStored(file) == decoded, "case \(index)")
    }
  }

  @Test("hostile text, other scripts, empty lists and control characters come out the same")
  func hostileText() throws {
    let names = [
      "Cliënt \"de\" Jong\\", "Nguyễn Thị Lan", "محمد العلي", "ትግርኛ", "tab\there", "nl\nhier",
      "\u{1}\u{8}\u{c}\r\u{1f}\u{7f}", "e\u{301} é", "a/b", "😀 emoji", "\u{2028}",
    ]
    for name in names {
      var file = Fixtures.caseFile(name: name, question: name + " vraag")
      file.state.household.members = []
      file = EventChain.linked(file)
      let mine = try CaseFileCoding.encode(file)
      let reference = try CaseFileCoding.encodeWithFoundation(file)
      #expect(mine == reference, "\(name): \(firstDifference(mine, reference))")
      guard case .current(let back) = CaseFileCoding.decode(mine) else {
        Issue.record("\(name): does not read back")
        continue
      }
      #expect(back == file, "\(name) reads back changed")
    }
  }

  private func firstDifference(_ a: Data, _ b: Data) -> String {
    let i = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
    let around = { (d: Data) in
      String(decoding: d.dropFirst(max(0, i - 40)).prefix(80), as: UTF8.self)
    }
    return "at byte \(i): «\(around(a))» vs «\(around(b))»"
  }
}
