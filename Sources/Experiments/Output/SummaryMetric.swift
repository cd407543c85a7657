import Model

/// One numeric column of `summary.csv` (and of a sweep's `runs.csv`).
package struct SummaryMetric: Sendable {
  /// Column name, e.g. `jobs_lost`.
  package let name: String
  /// Whether it is a count (written without a decimal point).
  package let isCount: Bool
  /// Its value for one run.
  package let value: @Sendable (RunSummary) -> Double

  /// The cell text: counts as integers, other values in shortest round-trip form, NaN empty.
  package func cell(_ summary: RunSummary) -> String {
    let number = value(summary)
    return isCount && number.isFinite ? String(Int64(number)) : CSVFormat.number(number)
  }
}
