/// How one execution attempt of a job ended.
public enum AttemptOutcome: String, Sendable, Equatable {
  /// The job ran to the end.
  case completed
  /// The host went down and killed the VM, and the job with it, or HTCondor evicted it.
  case lost
}
