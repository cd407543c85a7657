import Foundation
import Synchronization
import Testing
@testable import Experiments

/// The state the workers of a sweep share: progress is reported outside the lock, one
/// call at a time, with counts that only grow, and the last counts always arrive.
struct SweepLedgerTests {
  /// What the progress callback records, and the ledger it reports for.
  final class Probe: Sendable {
    let ledger = Locked<SweepLedger?>(nil)
    let reports = Locked<[SweepProgress]>([])
    let inFlight = Atomic<Int>(0)
    let overlapped = Atomic<Bool>(false)
  }

  static func row(_ key: RunKey) -> SweepRow {
    SweepRow(key: key, labels: [], cells: ["s", "1", "0", "0.5", ProgramVersion.current])
  }

  @Test func progressIsReportedOutsideTheLockOneCallAtATimeAndOnlyGrows() {
    let threads = 6, perThread = 150
    let total = threads * perThread
    let probe = Probe()
    let ledger = SweepLedger(
      results: [:], journal: nil, progress: SweepProgress(done: 0, total: total, failed: 0, resumed: 0)
    ) { progress in
      if probe.inFlight.add(1, ordering: .acquiringAndReleasing).newValue > 1 {
        probe.overlapped.store(true, ordering: .relaxed)
      }
      // Reading the ledger from the callback takes its lock: had the callback been called
      // with the lock held, this would stop the process ("Recursive call to lock Mutex").
      let ledger = probe.ledger.withLock { $0 }!
      _ = ledger.executed
      probe.reports.withLock { $0.append(progress) }
      if progress.done % 7 == 0 { usleep(200) }  // slow reports: others finish meanwhile
      probe.inFlight.subtract(1, ordering: .acquiringAndReleasing)
    }
    probe.ledger.withLock { $0 = ledger }
    let group = DispatchGroup()
    for thread in 0..<threads {
      group.enter()
      Thread {
        for index in 0..<perThread {
          let key = RunKey(point: thread, replication: index)
          if index % 10 == 9 {
            ledger.failed(SweepFailure(key: key, values: "", reason: "test"))
          } else {
            ledger.finished(Self.row(key))
          }
        }
        group.leave()
      }.start()
    }
    group.wait()

    let seen = probe.reports.withLock { $0 }
    let overlapped = probe.overlapped.load(ordering: .relaxed)
    #expect(!overlapped, "two progress calls ran at the same time")
    #expect(!seen.isEmpty)
    let accounted = seen.map { $0.done + $0.failed }
    #expect(zip(accounted, accounted.dropFirst()).allSatisfy { $0 < $1 }, "reports went backwards")
    #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.done <= $1.done && $0.failed <= $1.failed })
    #expect(seen.last?.done == threads * perThread * 9 / 10)
    #expect(seen.last?.failed == threads * perThread / 10)
    #expect(ledger.executed == threads * perThread * 9 / 10)
    #expect(ledger.results.count == ledger.executed && ledger.failures.count == total - ledger.executed)
  }

  @Test func workersTakeEveryQueuedRunExactlyOnce() {
    let ledger = SweepLedger(results: [:], journal: nil,
                             progress: SweepProgress(done: 0, total: 0, failed: 0, resumed: 0)) { _ in }
    let keys = (0..<500).map { RunKey(point: $0 / 10, replication: $0 % 10) }
    ledger.queue(keys)
    let taken = Locked<[RunKey]>([])
    let group = DispatchGroup()
    for _ in 0..<4 {
      group.enter()
      Thread {
        while let key = ledger.takeNext() { taken.withLock { $0.append(key) } }
        group.leave()
      }.start()
    }
    group.wait()
    let all = taken.withLock { $0 }
    #expect(all.count == keys.count && Set(all) == Set(keys))
  }

  @Test func unfinishedSkipsFinishedAndFailedRuns() {
    let done = RunKey(point: 0, replication: 0), failed = RunKey(point: 0, replication: 1),
      open = RunKey(point: 0, replication: 2)
    let ledger = SweepLedger(results: [done: Self.row(done)], journal: nil,
                             progress: SweepProgress(done: 1, total: 3, failed: 0, resumed: 1)) { _ in }
    ledger.failed(SweepFailure(key: failed, values: "", reason: "test"))
    #expect(ledger.unfinished([done, failed, open]) == [open])
  }
}
