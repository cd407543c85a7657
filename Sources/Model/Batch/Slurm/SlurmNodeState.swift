/// slurmctld's view of a node (the base state and the flags that matter here; Slurm 22.05
/// `scontrol show node`).
enum SlurmNodeState: Equatable {
  /// No node record: not in slurm.conf (static), or a dynamic node that never registered.
  case absent
  /// UNKNOWN: listed in slurm.conf by the join script; its slurmd has not registered yet.
  case unknown
  /// IDLE, MIXED or ALLOCATED: slurmctld believes the node responds (its slurmd may in truth
  /// be dead, until a ping finds it silent for `SlurmdTimeout`).
  case up
  /// DOWN, for this reason; it returns only as `ReturnToService` allows.
  case down(SlurmDownReason)
  /// IDLE+POWERING_DOWN: `SuspendProgram` switched the PC off; for `SuspendTimeout` the node
  /// cannot be resumed.
  case poweringDown
  /// IDLE+POWERED_DOWN: switched off by power saving; a job that needs it resumes it.
  case poweredDown
  /// POWERING_UP: `ResumeProgram` switched the PC on; slurmd must register within `ResumeTimeout`.
  case poweringUp
}
