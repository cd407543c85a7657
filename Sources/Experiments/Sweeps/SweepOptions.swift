/// How to run a sweep.
package struct SweepOptions: Sendable {
  /// Runs in parallel (default: the number of cores).
  package var jobs: Int
  /// Run only this slice (fixed replications only).
  package var shard: Shard?
  /// Add replications until a confidence target is met.
  package var precision: PrecisionTarget?
  /// Give up on a run after this many wall-clock seconds (a failure, not a crash).
  package var runTimeLimit: Double?

  /// Creates options.
  package init(jobs: Int, shard: Shard? = nil, precision: PrecisionTarget? = nil, runTimeLimit: Double? = nil) {
    self.jobs = jobs
    self.shard = shard
    self.precision = precision
    self.runTimeLimit = runTimeLimit
  }
}
