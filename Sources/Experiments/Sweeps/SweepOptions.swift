/// How to run a sweep.
public struct SweepOptions: Sendable {
  /// Runs in parallel (default: the number of cores).
  public var jobs: Int
  /// Run only this slice (fixed replications only).
  public var shard: Shard?
  /// Add replications until a confidence target is met.
  public var precision: PrecisionTarget?
  /// Give up on a run after this many wall-clock seconds (a failure, not a crash).
  public var runTimeLimit: Double?

  /// Creates options.
  public init(jobs: Int, shard: Shard? = nil, precision: PrecisionTarget? = nil, runTimeLimit: Double? = nil) {
    self.jobs = jobs
    self.shard = shard
    self.precision = precision
    self.runTimeLimit = runTimeLimit
  }
}
