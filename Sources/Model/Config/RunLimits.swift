/// Ceilings that keep a run from exhausting the machine. The memory and events ceilings are
/// checked before a run, against ``RunCostEstimate``; the jobs ceiling during it.
public struct RunLimits: Sendable, Equatable {
  /// The most memory a run may be estimated to need, in bytes (default 8 GiB).
  public var memoryBytes: Double = 8 * 1_073_741_824
  /// The most events a run may be estimated to fire (default 1e10: an hour or more of computing).
  public var events: Double = 1e10
  /// The most jobs in the system at once (queued, running, or waiting for their user to
  /// resubmit them); a run that reaches it stops with ``JobLimitExceeded``. Default
  /// 1,000,000, about 200 MiB of job records.
  public var jobsInSystem: Int = 1_000_000

  /// The defaults.
  public init() {}
}
