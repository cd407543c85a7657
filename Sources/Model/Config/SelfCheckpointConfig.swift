import Stochastics

/// HTCondor's self-checkpointing vanilla jobs (HTCondor 8.4 and later; the way jobs checkpoint
/// in today's 23.x/24.x series, model.md §14, domain.md §2a).
///
/// The job writes a checkpoint and exits with its `checkpoint_exit_code`; HTCondor transfers the
/// checkpoint files to the access point's SPOOL and restarts the executable in the same sandbox
/// on the same machine (HTCondor manual, users-manual/self-checkpointing-applications.rst, "How To
/// Run Self-Checkpointing Jobs"). A checkpoint takes `size ÷ bandwidth` seconds, during which the
/// job makes no progress. A later execution on another machine gets the checkpoint back with its
/// input sandbox before it starts, which costs the same time again.
public struct SelfCheckpointConfig: Sendable, Equatable {
  /// Time from the start of an execution's work to its first checkpoint exit, and from the end
  /// of each checkpoint to the next. The manual: "taking a checkpoint about once an hour works
  /// well" (same page, "How Frequently to Checkpoint"): 1 h.
  public var interval: Distribution
  /// The checkpoint files in bytes (assumption: 256 MiB, as the standard universe's image).
  public var size: Double
  /// Bandwidth between the execute PC and the access point in bytes per second (assumption:
  /// 100 Mbit/s).
  public var bandwidth: Double
  /// `when_to_transfer_output`: what HTCondor does with the sandbox when the job is evicted.
  public var whenToTransferOutput: OutputTransferTime

  /// Creates a configuration with the defaults above (`ON_EXIT`, HTCondor's default).
  public init(interval: Distribution = .constant(3600), size: Double = 268_435_456, bandwidth: Double = 12_500_000,
              whenToTransferOutput: OutputTransferTime = .onExit) {
    self.interval = interval
    self.size = size
    self.bandwidth = bandwidth
    self.whenToTransferOutput = whenToTransferOutput
  }

  /// Seconds one checkpoint transfer takes (to the access point, or back to a new machine).
  public var cost: Double { size / bandwidth }
}
