import Stochastics

/// How HTCondor runs a job.
public enum CondorUniverse: Sendable, Equatable {
  /// The vanilla universe without checkpoints: an evicted or lost job restarts from scratch.
  case vanilla
  /// The vanilla universe with a self-checkpointing job (`checkpoint_exit_code`), as in
  /// HTCondor 8.4 and later, today's 23.x/24.x series included.
  case selfCheckpointing(SelfCheckpointConfig)
  /// Historical: the standard universe of HTCondor 8.x and earlier (the paper's 2007-era
  /// Condor), removed in the 9.0 series. The job checkpoints on vacate and periodically, and
  /// resumes from its last checkpoint on any machine. A checkpoint takes
  /// `imageSize ÷ bandwidth` seconds, during which the job does not progress.
  case standard(CheckpointConfig)
}
