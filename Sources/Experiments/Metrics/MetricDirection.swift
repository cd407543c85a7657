/// Which way a metric is better for a planner.
package enum MetricDirection: String, Sendable, CaseIterable {
  /// More is better (throughput, goodput).
  case higher
  /// Less is better (jobs lost, waits, energy).
  case lower
  /// Neither: a description of the run, not a goal (jobs submitted, events).
  case neither
}
