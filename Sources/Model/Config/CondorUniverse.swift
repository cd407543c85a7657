import Stochastics

/// How HTCondor runs a job.
public enum CondorUniverse: Sendable, Equatable {
  /// An evicted or lost job restarts from scratch.
  case vanilla
  /// The job checkpoints on vacate and periodically, and resumes from its last checkpoint
  /// on any machine. A checkpoint takes `imageSize ÷ bandwidth` seconds, during which the
  /// job does not progress.
  case standard(CheckpointConfig)
}
