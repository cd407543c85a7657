import Foundation
import Testing
@testable import Experiments

/// `Locked`: a Mutex whose critical sections ThreadSanitizer sees (this suite also runs
/// under `swift test --sanitize=thread`, where a contended plain `Mutex` is reported).
struct LockedTests {
  final class Counter: Sendable {
    let value = Locked(0)
  }

  @Test func contendedIncrementsAreNeitherLostNorReportedAsRaces() {
    let counter = Counter()
    let threads = 4, increments = 20_000
    let group = DispatchGroup()
    for _ in 0..<threads {
      group.enter()
      Thread {
        for _ in 0..<increments { counter.value.withLock { $0 += 1 } }
        group.leave()
      }.start()
    }
    group.wait()
    #expect(counter.value.withLock { $0 } == threads * increments)
  }

  @Test func bodyErrorsAndResultsPassThrough() {
    struct Refused: Error {}
    let locked = Locked([1, 2])
    #expect(locked.withLock { $0.count } == 2)
    #expect(throws: Refused.self) { try locked.withLock { _ throws(Refused) in throw Refused() } }
    locked.withLock { $0.append(3) }
    #expect(locked.withLock { $0 } == [1, 2, 3])
  }
}
