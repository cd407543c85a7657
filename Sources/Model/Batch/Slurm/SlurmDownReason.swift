/// Why slurmctld set a node DOWN (the node's `Reason`, Slurm 22.05 node_mgr.c and power_save.c).
enum SlurmDownReason: Equatable {
  /// "Not responding": silent for `SlurmdTimeout` at a ping cycle, or a job launch failed.
  case notResponding
  /// "Node unexpectedly rebooted": its slurmd registered after a reboot slurmctld did not
  /// order, and `ReturnToService` is not 2.
  case unexpectedReboot
  /// "ResumeTimeout reached": a resumed node did not register within `ResumeTimeout`.
  case resumeTimeout
}
