/// What a `compare` invocation did.
package struct CompareOutcome: Sendable {
  /// The underlying sweep's outcome (failures, interruption, runs executed and resumed).
  package var sweep: SweepOutcome
  /// The rows written to compare.csv; empty when it was not written (interrupted).
  package var rows: [ComparisonRow]
  /// The rankings, Pareto set and recommendation written beside it; nil when not written.
  package var decision: CompareDecision?

  /// Whether compare.csv (and the decision's files) were written.
  package var wroteComparison: Bool { sweep.wroteResults }
}
