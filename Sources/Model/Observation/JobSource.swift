/// A stream of jobs read from outside the model (a workload trace), in arrival order.
/// The Experiments layer provides one when the workload names a trace.
public protocol JobSource: AnyObject {
  /// The next job, or nil at the end of the trace.
  ///
  /// - Throws: when the trace cannot be read further (the run then fails).
  func nextJob() throws -> TraceJob?
}
