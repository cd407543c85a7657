/// What a `compare` invocation did.
package struct CompareOutcome: Sendable {
  /// The underlying sweep's outcome (failures, interruption, runs executed and resumed).
  package var sweep: SweepOutcome
  /// The rows written to compare.csv; empty when it was not written (interrupted).
  package var rows: [ComparisonRow]

  /// Whether compare.csv was written.
  package var wroteComparison: Bool { sweep.wroteResults }
}
