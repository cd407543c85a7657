/// One job from a workload trace.
public struct TraceJob: Sendable, Equatable {
  /// Arrival time in simulated seconds.
  public var arrival: Double
  /// Native runtime on the reference machine, in seconds.
  public var runtime: Double
  /// Cores it needs on one PC.
  public var cores: Int
  /// The walltime its user requested (seconds), if the trace gives one.
  public var requested: Double? = nil

  /// Creates a job.
  public init(arrival: Double, runtime: Double, cores: Int) {
    self.arrival = arrival
    self.runtime = runtime
    self.cores = cores
  }
}
