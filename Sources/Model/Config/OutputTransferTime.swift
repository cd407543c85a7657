/// HTCondor's `when_to_transfer_output` submit command, for self-checkpointing jobs
/// (HTCondor manual, users-manual/self-checkpointing-applications.rst, "Delayed Transfers").
public enum OutputTransferTime: String, Sendable, Equatable, CaseIterable {
  /// `ON_EXIT`, HTCondor's default: files come back only when the executable exits (here: at
  /// each checkpoint exit and at the end). An evicted job keeps only its last periodic checkpoint.
  case onExit = "on_exit"
  /// `ON_EXIT_OR_EVICT`: the sandbox is also transferred when the job is evicted. The model
  /// assumes the job writes a checkpoint when HTCondor's soft kill (SIGTERM) reaches it, so its
  /// state at the vacate is saved, if the transfer fits in `MachineMaxVacateTime`.
  case onExitOrEvict = "on_exit_or_evict"
}
