/// One compute node as slurmctld sees it, and its real slurmd.
struct SlurmNode {
  /// slurmctld's view.
  var state = SlurmNodeState.absent
  /// The real slurmd.
  var slurmd = SlurmdState.dead
  /// Cores allocated to jobs slurmctld believes run here (live or configuring).
  var busyCores: Int32 = 0
  /// Cores still allocated to jobs that died with the VM, until slurmctld finds out.
  var ghostCores: Int32 = 0
  /// Derived: counted in the usable totals (up, its slurmd registered).
  var countedUsable = false
  /// Derived: idle for power saving (`Slurm.isIdle`: up and registered, no job allocated, no student), the clock of `SuspendTime`.
  var countedIdle = false
}
