import Synchronization

/// What one sweep invocation shares between its worker threads: the queue of runs,
/// the finished rows, the failures, the journal and the progress counts, all behind
/// one `Mutex` (``Locked``).
///
/// Progress is reported outside the lock. The worker that changes the counts while
/// no report is in flight becomes the reporter: it calls the callback with the
/// counts, then, lock released, takes whatever changed meanwhile and reports that
/// too, until nothing is left. So the callback runs on one thread at a time, never
/// under the lock, sees counts that only grow (a burst of finished runs may reach it
/// as one report), and always receives the last counts before the workers stop.
final class SweepLedger: Sendable {
  private let state: Locked<State>
  private let report: @Sendable (SweepProgress) -> Void
  /// Raised when the journal cannot be written; read outside the lock.
  private let halted = Atomic<Bool>(false)

  /// A ledger starting from the runs already finished (found in the journals),
  /// appending new ones to `journal`.
  init(results: [RunKey: SweepRow], journal: consuming sending SweepJournal?, progress: SweepProgress,
       report: @escaping @Sendable (SweepProgress) -> Void) {
    state = Locked(State(results: results, journal: journal, progress: progress))
    self.report = report
  }

  /// The runs of `keys` that have neither finished nor failed, in order.
  func unfinished(_ keys: [RunKey]) -> [RunKey] {
    state.withLock { state in keys.filter { state.results[$0] == nil && !state.failedKeys.contains($0) } }
  }

  /// Sets the number of runs planned so far (it grows under `--until-ci`).
  func plan(total: Int) {
    state.withLock { $0.progress.total = total }
  }

  /// Makes `keys` the queue the workers take runs from.
  func queue(_ keys: [RunKey]) {
    state.withLock { state in
      state.queue = keys
      state.nextInQueue = 0
    }
  }

  /// The next run to start, or nil when the queue is empty.
  func takeNext() -> RunKey? {
    state.withLock { state in
      guard state.nextInQueue < state.queue.count else { return nil }
      defer { state.nextInQueue += 1 }
      return state.queue[state.nextInQueue]
    }
  }

  /// Journals and records a finished run, then reports progress. If the journal cannot
  /// be written, the run is not recorded, the journal is closed and the ledger halts
  /// (``isHalted``, ``checkJournal()``).
  func finished(_ row: SweepRow) {
    let first = state.withLock { state -> SweepProgress? in
      guard state.journalFailure == nil else { return nil }
      if let journal = state.journal {
        do throws(OutputError) {
          try journal.append(row)
        } catch {
          state.journalFailure = state.journalFailure ?? error
          state.journal = nil
          halted.store(true, ordering: .releasing)
          return nil
        }
      }
      state.results[row.key] = row
      state.executed += 1
      state.progress.done += 1
      return state.progressChanged()
    }
    deliver(first)
  }

  /// Records a failed run (not journaled), then reports progress.
  func failed(_ failure: SweepFailure) {
    let first = state.withLock { state in
      state.failures.append(failure)
      state.failedKeys.insert(failure.key)
      state.progress.failed += 1
      return state.progressChanged()
    }
    deliver(first)
  }

  /// Every finished run, including those found in the journals.
  var results: [RunKey: SweepRow] { state.withLock { $0.results } }

  /// The failures, in the order they happened.
  var failures: [SweepFailure] { state.withLock { $0.failures } }

  /// Runs finished in this invocation.
  var executed: Int { state.withLock { $0.executed } }

  /// Whether the journal could not be written: the workers stop, as for Ctrl-C. Cheap
  /// enough to ask while a run is running.
  var isHalted: Bool { halted.load(ordering: .acquiring) }

  /// Throws the error that halted the ledger, if any.
  ///
  /// - Throws: ``OutputError`` if a finished run could not be journaled.
  func checkJournal() throws(OutputError) {
    if let failure = state.withLock({ $0.journalFailure }) { throw failure }
  }

  /// Closes the journal; nothing is journaled afterwards.
  func closeJournal() {
    state.withLock { $0.journal = nil }
  }

  /// Calls the callback with `first`, then with every newer count until none is left,
  /// releasing the lock around each call.
  private func deliver(_ first: SweepProgress?) {
    var next = first
    while let progress = next {
      report(progress)
      next = state.withLock { $0.nextReport() }
    }
  }
}
