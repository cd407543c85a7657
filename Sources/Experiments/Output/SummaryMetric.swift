import Model

/// One numeric column of `summary.csv` (and of a sweep's `runs.csv`).
public struct SummaryMetric: Sendable {
  /// Column name, e.g. `jobs_lost`.
  public let name: String
  /// Whether it is a count (written without a decimal point).
  public let isCount: Bool
  /// Its value for one run.
  public let value: @Sendable (RunSummary) -> Double

  /// The cell text: counts as integers, other values in shortest round-trip form, NaN empty.
  public func cell(_ summary: RunSummary) -> String {
    let number = value(summary)
    return isCount && number.isFinite ? String(Int64(number)) : CSVFormat.number(number)
  }
}
