/// What a batch system asks of the rest of the lab. The lab carries the actions out in the
/// order they were asked, after the batch system's call returns.
enum BatchAction<Event> {
  /// Schedule one of the batch system's own events.
  case schedule(Event, at: Double)
  /// Schedule one of a series of the batch system's own events that it schedules in time
  /// order (each at or after the last of the series); they wait in a queue lane, which
  /// saves the heap's cost and changes nothing else.
  case scheduleInSeries(Event, at: Double)
  /// J2, C5: start an execution of the job in `slot` on `pc`; its work begins after `delay`.
  case start(slot: Int32, pc: Int32, delay: Double)
  /// S4: the execution in `slot` is vacated (HTCondor PREEMPT); with a checkpoint cost its
  /// work so far is saved first (the cost counted, no wall time taken).
  case vacate(slot: Int32, checkpointCost: Double?)
  /// C10: the execution in `slot` checkpoints, standing still for `cost` seconds.
  case checkpoint(slot: Int32, cost: Double)
  /// J3, J7: the job's user learns it was lost; they resubmit it or give up.
  case handToUser(slot: Int32)
  /// The batch system keeps the lost job, to requeue it later, or to hand it to its user
  /// once the loss becomes known (TORQUE's `loss_known`, J10).
  case holdForRequeue(slot: Int32)
  /// The batch system put the job back in its queue.
  case requeued(slot: Int32)
  /// C9: the batch system gave up on the job (its attempt limit): it is lost.
  case giveUp(slot: Int32)
  /// `pc`'s worker node is usable now (for its registration latency).
  case nodeUsable(pc: Int32)
  /// The batch system detected that `pc`'s node is down (for its detection latency).
  case nodeDetectedDown(pc: Int32)
  /// A dispatch to a dead node failed.
  case dispatchFailed
  /// The batch system restarted (pbs_server).
  case restartBegan
  /// `pc`'s node must be added by the CE's join script.
  case register(pc: Int32)
  /// The CE's clean-up script should run.
  case cleanUp
  /// The batch system changed how `pc`'s jobs run (suspended or continued): its speed and rates change.
  case refresh(pc: Int32)
  /// L11: the batch system's power saving switches `pc` off (Slurm's `SuspendProgram`).
  case powerDown(pc: Int32)
  /// L13: the batch system's power saving switches `pc` on (Slurm's `ResumeProgram`, wake-on-LAN).
  case powerUp(pc: Int32)
}
