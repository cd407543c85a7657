/// slurm.conf `SchedulerType` (Slurm 22.05 slurm.conf(5); default `sched/backfill`).
public enum SlurmSchedulerType: String, Sendable, Equatable, CaseIterable {
  /// `sched/backfill`: the main scheduler, plus a backfill pass every `bf_interval` that starts
  /// lower-priority jobs that delay no higher-priority job's expected start.
  case backfill
  /// `sched/builtin`: the main scheduler only, strict priority (FIFO) order.
  case builtin
}
