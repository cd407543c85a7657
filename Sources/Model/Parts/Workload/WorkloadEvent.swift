/// The users' events.
enum WorkloadEvent {
  /// A user submits a new job.
  case arrival
  /// A user resubmits a lost job.
  case resubmitted(slot: Int32)
}
