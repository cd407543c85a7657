/// Slurm's own events.
enum SlurmEvent {
  /// The main scheduler's periodic run (`sched_interval`).
  case mainScheduler
  /// The backfill scheduler's periodic run (`bf_interval`, sched/backfill only).
  case backfill
  /// The ping cycle at which slurmctld finds the node silent for `SlurmdTimeout` (L5).
  case notResponding(pc: Int32, generation: UInt32)
  /// slurmctld is back after the join script restarted it (R2).
  case restartEnds(epoch: UInt32)
  /// The node has been idle for `SuspendTime`: power it down (L11).
  case suspendDue(pc: Int32, generation: UInt32)
  /// `SuspendTimeout` after the power-down: the node may be resumed (L12).
  case suspendDone(pc: Int32, generation: UInt32)
  /// `ResumeTimeout` after a resume: a node still not registered is set DOWN (L15).
  case resumeTimeout(pc: Int32, generation: UInt32)
}
