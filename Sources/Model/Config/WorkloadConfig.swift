import Stochastics

/// The jobs users submit to the CE.
public struct WorkloadConfig: Sendable, Equatable {
  /// Time between successive submissions.
  public var arrival: Distribution
  /// Native runtime on the reference machine (drawn once per job).
  public var runtime: Distribution
  /// Cores each job needs on one host.
  public var cores: Int
  /// Job classes with their weights.
  public var classes: [JobClass]
  /// What users do with lost jobs.
  public var resubmit: ResubmitPolicy
  /// Requested walltime ÷ native runtime, for jobs without a requested time (what EASY
  /// backfill plans with; assumption: users ask for twice what their jobs need).
  public var walltimeFactor: Double = 2
  /// Replay jobs from a trace instead of drawing arrivals and runtimes (`nil`: draw them).
  public var trace: WorkloadTrace?

  /// Creates a workload.
  public init(
    arrival: Distribution, runtime: Distribution, cores: Int = 1,
    classes: [JobClass] = [.cpuBound], resubmit: ResubmitPolicy = .never
  ) {
    self.arrival = arrival
    self.runtime = runtime
    self.cores = cores
    self.classes = classes
    self.resubmit = resubmit
  }
}
