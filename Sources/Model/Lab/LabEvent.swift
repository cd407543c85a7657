/// Every event of a run: one case per part, carrying that part's own event. The lab routes
/// each to the part that owns it. The batch system's events are its own type, so the lab is
/// generic over the batch system and dispatches statically.
enum LabEvent<BatchEvent> {
  /// The PCs: power, failures, reboots, timetable.
  case pc(PCEvent)
  /// The worker-node VMs: boot and configuration.
  case vm(VMEvent)
  /// The CE's cron scripts.
  case registration(RegistrationEvent)
  /// The students.
  case owner(OwnerEvent)
  /// The users: submissions and resubmissions.
  case workload(WorkloadEvent)
  /// The running jobs: normal ends.
  case execution(ExecutionEvent)
  /// The batch system's own timers.
  case batch(BatchEvent)
  /// A time-series sample.
  case sample
}
