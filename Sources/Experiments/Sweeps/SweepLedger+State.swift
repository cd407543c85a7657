extension SweepLedger {
  /// The ledger's mutable state; only ever touched inside the ledger's lock.
  struct State {
    /// Finished runs, by key (those found in the journals, and this invocation's).
    var results: [RunKey: SweepRow]
    /// The journal this invocation appends to (nil once closed).
    var journal: SweepJournal?
    /// Why the journal could not be written, if it could not.
    var journalFailure: OutputError?
    /// The current counts.
    var progress: SweepProgress
    /// The runs of the current batch, and the index of the next one to start.
    var queue: [RunKey] = []
    var nextInQueue = 0
    /// Failed runs, in the order they happened, and their keys.
    var failures: [SweepFailure] = []
    var failedKeys = Set<RunKey>()
    /// Runs finished in this invocation.
    var executed = 0
    /// Whether a thread is calling the progress callback now.
    var reporting = false
    /// Whether `progress` changed since the reporting thread took it.
    var unreported = false

    init(results: [RunKey: SweepRow], journal: SweepJournal?, progress: SweepProgress) {
      self.results = results
      self.journal = journal
      self.progress = progress
    }

    /// Called after the counts change: the counts to report if the caller is to become
    /// the reporter, or nil if a report is in flight (the reporter will pick them up).
    mutating func progressChanged() -> SweepProgress? {
      if reporting {
        unreported = true
        return nil
      }
      reporting = true
      return progress
    }

    /// Called by the reporter after each report: the newer counts to report next, or
    /// nil when there are none (and the caller stops being the reporter).
    mutating func nextReport() -> SweepProgress? {
      if unreported {
        unreported = false
        return progress
      }
      reporting = false
      return nil
    }
  }
}
