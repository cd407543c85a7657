/// HTCondor's own events.
enum CondorEvent {
  /// The negotiator matches idle jobs to machines (`NEGOTIATOR_INTERVAL`).
  case negotiationCycle
  /// The collector drops a crashed machine's ad `CLASSAD_LIFETIME` after the last update.
  case adExpires(pc: Int32, generation: UInt32)
  /// The schedd gives up on a job whose machine crashed and requeues it.
  case leaseExpires(slot: Int32, generation: UInt32)
  /// A startd re-evaluates its DESKTOP policy (an idle threshold is crossed).
  case startdEvaluates(pc: Int32, generation: UInt32)
  /// A suspended job has waited `MaxSuspendTime`: PREEMPT.
  case preemptDue(pc: Int32, generation: UInt32)
  /// A checkpointing job (self-checkpointing, or the historical standard universe) takes its
  /// periodic checkpoint.
  case checkpointDue(slot: Int32, generation: UInt32)
}
