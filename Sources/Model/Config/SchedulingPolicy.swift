/// The order in which pbs_sched considers queued jobs.
public enum SchedulingPolicy: String, Sendable, Equatable, CaseIterable {
  /// Submission order; a job that does not fit is skipped (`strict_fifo: false`).
  case fifo
  /// Submission order; the pass stops at the first job that does not fit (`strict_fifo: true`).
  case strictFifo = "strict-fifo"
  /// Maui-like EASY backfill: the first job that does not fit gets a reservation on the
  /// node that frees enough cores soonest (by the running jobs' walltime estimates); later
  /// jobs may start if they do not delay it.
  case easyBackfill = "easy-backfill"
}
