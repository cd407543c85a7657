/// What a `compare` invocation did.
public struct CompareOutcome: Sendable {
  /// The underlying sweep's outcome (failures, interruption, runs executed and resumed).
  public var sweep: SweepOutcome
  /// The rows written to compare.csv; empty when it was not written (interrupted).
  public var rows: [ComparisonRow]

  /// Whether compare.csv was written.
  public var wroteComparison: Bool { sweep.wroteResults }
}
