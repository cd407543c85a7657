/// A run stopped because the jobs in the system reached ``RunLimits/jobsInSystem``: the lab
/// could not keep up with its arrivals. Carries what a planner needs to see why.
public struct JobLimitExceeded: Error, Sendable, Equatable {
  /// The simulated time at which the limit was reached, in seconds.
  public var time: Double
  /// The limit.
  public var limit: Int
  /// Jobs submitted by then (first submissions).
  public var submitted: Int
  /// The lab's cores.
  public var cores: Int
  /// The mean native runtime of a job, in seconds (from the runtime distribution; 0 for a trace).
  public var meanRuntime: Double
  /// Cores per job.
  public var coresPerJob: Int

  /// What a run knew when it stopped.
  package init(time: Double, limit: Int, submitted: Int, cores: Int, meanRuntime: Double, coresPerJob: Int) {
    self.time = time
    self.limit = limit
    self.submitted = submitted
    self.cores = cores
    self.meanRuntime = meanRuntime
    self.coresPerJob = coresPerJob
  }

  /// Jobs submitted per hour, on average, up to ``time``.
  public var arrivalsPerHour: Double { time > 0 ? Double(submitted) / time * 3_600 : .infinity }

  /// Jobs the lab can finish per hour with every core busy at the mean runtime (0 when unknown).
  public var capacityPerHour: Double {
    meanRuntime > 0 ? Double(cores) / Double(max(1, coresPerJob)) / meanRuntime * 3_600 : 0
  }
}
