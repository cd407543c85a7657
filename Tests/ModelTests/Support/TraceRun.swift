@testable import Model

/// Jobs fed to a lab as a trace workload would be: in arrival order, one at a time.
final class ListJobSource: JobSource {
  private var jobs: [TraceJob]
  private var next = 0

  init(_ jobs: [TraceJob]) { self.jobs = jobs.sorted { $0.arrival < $1.arrival } }

  func nextJob() throws -> TraceJob? {
    guard next < jobs.count else { return nil }
    defer { next += 1 }
    return jobs[next]
  }
}

/// Small always-up labs that replay a list of jobs, for scheduling tests whose timelines
/// can be worked out by hand.
enum TraceRun {
  /// A job arriving at `arrival` that needs `cores` cores for `runtime` seconds and asks for
  /// exactly that (`requested`, when given, otherwise the runtime).
  static func job(_ arrival: Double, cores: Int, runtime: Double, requested: Double? = nil) -> TraceJob {
    var job = TraceJob(arrival: arrival, runtime: runtime, cores: cores)
    job.requested = requested ?? runtime
    return job
  }

  /// A lab of always-up PCs with `cores` cores each, usable the moment they are up
  /// (`instant` registration), running TORQUE with `policy` (tests may switch the batch system).
  static func config(cores: [Int], policy: SchedulingPolicy, duration: Double = 100_000) -> ModelConfig {
    var config = ModelConfig(
      name: "trace", duration: duration,
      hostGroups: cores.enumerated().map { HostGroup(name: "pc\($0.offset)", count: 1, cores: $0.element) },
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1), runtime: .constant(1)))
    config.workload.trace = WorkloadTrace(path: "/dev/null")
    config.batch.system = .torque(TorqueConfig(policy: policy))
    return config
  }

  /// Runs `jobs` on the lab and returns each job's first execution, by job number (1 = the
  /// first to arrive).
  static func starts(_ jobs: [TraceJob], config: ModelConfig) -> [UInt64: AttemptRecord] {
    let observer = RecordingObserver()
    _ = LabModel(config: config, observer: observer, jobSource: ListJobSource(jobs)).run()
    var first: [UInt64: AttemptRecord] = [:]
    for attempt in observer.attempts where first[attempt.jobID] == nil { first[attempt.jobID] = attempt }
    return first
  }

  /// Runs `jobs` on PCs of `cores` cores under `policy` and returns each job's start time, in arrival order.
  static func startTimes(_ jobs: [TraceJob], cores: [Int], policy: SchedulingPolicy) -> [Double] {
    let records = starts(jobs, config: config(cores: cores, policy: policy))
    return (1...jobs.count).map { records[UInt64($0)]?.start ?? .nan }
  }
}
