import Model

/// What identifies a run in every output row.
package struct RunIdentity: Sendable, Equatable {
  /// Scenario name.
  package var scenario: String
  /// Master seed.
  package var seed: UInt64
  /// Replication index.
  package var replication: Int
  /// Warm-up excluded from the metrics (s).
  package var warmup: Double

  /// The identity of a run of `config`.
  package init(_ config: ModelConfig) {
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
