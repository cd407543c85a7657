/// The events of the lab model: small values (no closures), so the kernel's
/// queue stays compact. `Int32` payloads index hosts, job slots or phase
/// classes; `UInt32` payloads are generation stamps for lazy cancellation.
enum ModelEvent {
  /// The simulation starts for a host: its power and availability are set up.
  case hostStarts(host: Int32)
  /// The availability process (or trace) takes the PC down: a crash.
  case crashBegan(host: Int32)
  /// The availability process brings the PC back.
  case crashEnded(host: Int32)
  /// The availability trace changes the PC's state.
  case traceChanges(host: Int32)
  /// The lab opens or closes (timetable).
  case labChanges
  /// Wake-on-LAN switches the PCs on.
  case labWakes
  /// A student arrives at a PC (hourly profile).
  case ownerArrives(host: Int32)
  /// A timetabled class begins on day `day`.
  case classBegins(block: Int32, day: Int32)
  /// A student's session ends.
  case sessionEnds(host: Int32, generation: UInt32)
  /// Keyboard activity switches between typing and idle.
  case keyboardToggles(host: Int32, generation: UInt32)
  /// A reboot started by a student is over.
  case rebootEnds(host: Int32)
  /// The VM finished booting; network set-up and NIS bind start.
  case vmBooted(host: Int32, generation: UInt32)
  /// Configuration done: gmond and pbs_mom start.
  case vmConfigured(host: Int32, generation: UInt32)
  /// A MOM's status report reaches pbs_server for the first time since the node was created or went down.
  case nodeHello(host: Int32, generation: UInt32)
  /// `check_nodes` finds the node silent for `node_check_rate` and marks it down.
  case nodeCheckMarksDown(host: Int32, generation: UInt32)
  /// The join cron script runs.
  case joinCron
  /// The clean-up cron script runs.
  case cleanupCron
  /// pbs_server is back after a restart.
  case restartEnded(epoch: UInt32)
  /// Every MOM of one status phase class has reported since the last restart.
  case phaseClassReported(phaseClass: Int32, epoch: UInt32)
  /// The timed scheduler cycle.
  case schedulerIteration
  /// HTCondor's negotiator matches idle jobs to machines.
  case negotiationCycle
  /// An HTCondor startd re-evaluates its DESKTOP policy (an idle threshold is crossed).
  case startdEvaluates(host: Int32)
  /// A standard-universe job takes its periodic checkpoint.
  case checkpointDue(slot: Int32, generation: UInt32)
  /// A suspended HTCondor job has waited `MaxSuspendTime`: PREEMPT.
  case preemptDue(host: Int32, generation: UInt32)
  /// The schedd gives up on a job whose machine vanished and requeues it.
  case leaseExpired(slot: Int32, generation: UInt32)
  /// A user submits a new job.
  case jobArrival
  /// A user resubmits a lost job.
  case jobResubmitted(slot: Int32)
  /// An execution ends normally.
  case attemptEnded(slot: Int32, generation: UInt32)
  /// Take a time-series sample.
  case sample
}
