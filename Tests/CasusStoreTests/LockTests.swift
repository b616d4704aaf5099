import CasusCore
import CasusStore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Per-case locks")
struct LockTests {
  @Test("a save waits while someone else holds the case's lock, then proceeds")
  func saveWaitsForLock() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let saved = try store.save(try Samples.newCase())
      let next = try Samples.edited(saved)
      let lockPath = root.appendingPathComponent("cases/.C-BROUWER1.lock").path
      // Another open file description, as another process would have.
      let fd = open(lockPath, O_RDWR)
      try #require(fd >= 0)
      #expect(flock(fd, LOCK_EX) == 0)

      let finished = DispatchSemaphore(value: 0)
      let other = try CaseStore(root: root)
      Thread.detachNewThread {
        _ = try? other.save(next)
        finished.signal()
      }
      #expect(finished.wait(timeout: .now() + 0.3) == .timedOut, "save did not wait")
      #expect(try store.load(saved.id).revision == 1)

      close(fd)  // releases the lock, as process exit (even kill -9) would
      #expect(finished.wait(timeout: .now() + 10) == .success)
      #expect(try store.load(saved.id).revision == 2)
    }
  }
}
