/// A metric named in a sweep plan's `metrics` list, with where it is written
/// (the Experiments layer checks the name against the summary columns).
package struct SweepMetricName: Sendable, Equatable {
  /// The metric, e.g. `jobs_lost`.
  package var name: String
  /// Where it is written.
  package var location: ScenarioLocation
}
