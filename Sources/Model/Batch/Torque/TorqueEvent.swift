/// TORQUE's own events.
enum TorqueEvent {
  /// A MOM's first status report since its node was created or went down (`life`: the MOM's).
  case momReports(pc: Int32, life: UInt32)
  /// `check_nodes` finds the node silent for `node_check_rate` and marks it down.
  case checkMarksDown(pc: Int32, generation: UInt32)
  /// pbs_server is back after a restart.
  case restartEnds(epoch: UInt32)
  /// Every MOM of one status phase class has reported since the last restart.
  case phaseClassReports(phaseClass: Int32, epoch: UInt32)
  /// The timed scheduler cycle (`scheduler_iteration`).
  case schedulerIteration
  /// pbs_server's job status request reaches the fresh MOM (of life `life`) of a host where it
  /// still shows dead jobs running: the MOM does not know them (`PBSE_UNKJOBID`) and pbs_server
  /// aborts them (`req_stat.c`); their users learn of the loss (J10).
  case momDisownsJobs(pc: Int32, life: UInt32)
  /// The operator purges (`qdel -p`) the jobs pbs_server still shows running on a host that
  /// went down `purge_after` ago (J10).
  case operatorPurges(pc: Int32)
}
