/// The order in which pbs_sched considers queued jobs.
public enum SchedulingPolicy: String, Sendable, Equatable, CaseIterable {
  /// Submission order; a job that does not fit is skipped (`strict_fifo: false`).
  case fifo
  /// Submission order; the pass stops at the first job that does not fit (`strict_fifo: true`).
  case strictFifo = "strict-fifo"
}
