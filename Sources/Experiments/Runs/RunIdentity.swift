import Model

/// What identifies a run in every output row.
public struct RunIdentity: Sendable, Equatable {
  /// Scenario name.
  public var scenario: String
  /// Master seed.
  public var seed: UInt64
  /// Replication index.
  public var replication: Int
  /// Warm-up excluded from the metrics (s).
  public var warmup: Double

  /// The identity of a run of `config`.
  public init(_ config: ModelConfig) {
    scenario = config.name
    seed = config.seed
    replication = config.replication
    warmup = config.warmup
  }

  /// The provenance cells that start every jobs and time-series row.
  var prefix: String {
    "\(CSVFormat.text(scenario)),\(seed),\(replication)"
  }
}
