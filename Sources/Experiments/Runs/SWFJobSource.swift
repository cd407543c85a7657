import Model
import Scenario
import Traces

/// Feeds a Standard Workload Format trace to the model, one job at a time (constant memory).
final class SWFJobSource: JobSource {
  private let reader: WorkloadReader

  /// Opens the trace named by `trace` for PCs of at most `hostCores` cores.
  init(_ trace: WorkloadTrace, hostCores: Int) throws {
    reader = try WorkloadReader(path: trace.path, options: WorkloadTraceOptions.options(trace, hostCores: hostCores))
  }

  func nextJob() throws -> TraceJob? {
    guard let job = try reader.next() else { return nil }
    var traceJob = TraceJob(arrival: job.arrivalTime, runtime: job.runTime, cores: job.processors)
    traceJob.requested = job.requestedTime
    return traceJob
  }
}
