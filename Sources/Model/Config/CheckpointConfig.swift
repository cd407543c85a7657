import Stochastics

/// HTCondor standard-universe checkpointing (domain.md §2). Historical: the standard universe
/// exists in HTCondor 8.x and earlier only; the 9.0 series removed it (model.md §14). Today's
/// jobs checkpoint themselves (``SelfCheckpointConfig``).
public struct CheckpointConfig: Sendable, Equatable {
  /// Time between periodic checkpoints (`PERIODIC_CHECKPOINT`: 3 h ± 30 min, in the 2007 UWCS
  /// configuration and in `param_info.in` still).
  public var interval: Distribution
  /// The job's image size in bytes (assumption: 256 MiB).
  public var imageSize: Double
  /// Bandwidth to the checkpoint server in bytes per second (assumption: 100 Mbit/s).
  public var bandwidth: Double

  /// Creates a checkpoint configuration with the defaults above.
  public init(interval: Distribution = .uniform(low: 9000, high: 12_600), imageSize: Double = 268_435_456,
              bandwidth: Double = 12_500_000) {
    self.interval = interval
    self.imageSize = imageSize
    self.bandwidth = bandwidth
  }

  /// Seconds one checkpoint takes.
  public var cost: Double { imageSize / bandwidth }
}
