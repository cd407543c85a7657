/// What to do with a job that uses more than one processor.
package enum MultiProcessorPolicy: Equatable, Sendable {
  /// Skip it, counted under ``WorkloadSkipReason/multiProcessor``.
  case reject
  /// Keep it as one job with `min(processors, hostCores)` processors.
  case cap(hostCores: Int)
  /// Turn a job of `p` processors into `p` serial tasks, each with the job's submit time
  /// and run time (a bag of tasks).
  case split
}
