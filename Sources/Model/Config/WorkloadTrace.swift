/// Jobs replayed from a Standard Workload Format trace instead of drawn from distributions.
public struct WorkloadTrace: Sendable, Equatable {
  /// How multi-processor trace jobs become jobs on single PCs.
  public enum MultiProcessor: String, Sendable, Equatable, CaseIterable {
    /// Skip them.
    case reject
    /// Run each on one PC with at most the largest PC's cores.
    case cap
    /// Split a p-processor job into p serial tasks.
    case split
  }

  /// The trace file (absolute path).
  public var path: String
  /// Submit-time window [from, to) in seconds from the trace's first job.
  public var from: Double
  /// End of the window (`infinity`: to the end).
  public var to: Double
  /// Arrival times are multiplied by this (0.5 doubles the load).
  public var scale: Double
  /// What to do with multi-processor jobs.
  public var multiProcessor: MultiProcessor
  /// The job class (index into the workload's classes) given to trace jobs.
  public var jobClass: Int

  /// Creates a trace workload.
  public init(path: String, from: Double = 0, to: Double = .infinity, scale: Double = 1,
              multiProcessor: MultiProcessor = .reject, jobClass: Int = 0) {
    self.path = path
    self.from = from
    self.to = to
    self.scale = scale
    self.multiProcessor = multiProcessor
    self.jobClass = jobClass
  }
}
