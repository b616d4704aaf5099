import CasusCore
import CasusStore
import Foundation
import Testing

@Suite("Conflict copies beside the case")
struct ConflictCopyTests {
  @Test("a conflict copy is kept, never loaded as a case, named by check, and removable")
  func copyLifecycle() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let saved = try store.save(try Samples.newCase())
      let mine = try Samples.edited(saved)
      _ = try store.save(
        try saved.applying(
          .edit(CaseEdit(source: .network)), at: Samples.now, today: try Samples.today(),
          actor: "bram"))
      #expect(throws: StoreError.staleRevision(saved.id, expected: 1, onDisk: 2)) {
        try store.save(mine)
      }
      let copy = try store.saveConflictCopy(mine, at: Samples.now)
      #expect(copy.hasPrefix("cases/.C-BROUWER1.conflict-"))
      #expect(store.loadAll().cases.map(\.id) == [saved.id])
      #expect(store.loadAll().problems.isEmpty)
      #expect(store.conflictCopies() == [ConflictCopy(file: copy, mine: mine)])
      let problems = store.check()
      #expect(problems.map(\.kind) == [.conflict])
      #expect(problems.first?.file == copy)
      try store.deleteConflictCopy(copy)
      #expect(store.conflictCopies().isEmpty)
      #expect(store.check().isEmpty)
      #expect(throws: StoreError.self) { try store.deleteConflictCopy("cases/C-BROUWER1.json") }
    }
  }
}
