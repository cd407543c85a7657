import Model

/// One metric of the catalogue: a numeric column of `summary.csv` (and of a sweep's
/// `runs.csv`) with its unit, label, definition and how it is judged.
package struct SummaryMetric: Sendable {
  /// Column name, e.g. `jobs_lost`.
  package let name: String
  /// The unit of the CSV value.
  package let unit: MetricUnit
  /// A short human label for plots and tables, e.g. "Jobs lost".
  package let label: String
  /// What it measures, in one or two sentences.
  package let definition: String
  /// Which way is better.
  package let better: MetricDirection
  /// How one run's value is formed.
  package let aggregation: MetricAggregation
  /// The smallest difference a planner would act on.
  package let threshold: PracticalThreshold
  /// Its value for one run.
  package let value: @Sendable (RunSummary) -> Double

  /// Whether it is a count (written without a decimal point).
  package var isCount: Bool { unit == .count }

  /// Declares a metric; the threshold defaults to 1 for counts and 1% otherwise.
  package init(
    _ name: String, _ unit: MetricUnit, _ label: String, better: MetricDirection,
    aggregation: MetricAggregation, threshold: PracticalThreshold? = nil, definition: String,
    value: @escaping @Sendable (RunSummary) -> Double
  ) {
    self.name = name
    self.unit = unit
    self.label = label
    self.definition = definition
    self.better = better
    self.aggregation = aggregation
    self.threshold = threshold ?? (unit == .count ? .absolute(1) : .relative(0.01))
    self.value = value
  }

  /// The cell text: counts as integers, other values in shortest round-trip form, NaN empty.
  package func cell(_ summary: RunSummary) -> String {
    let number = value(summary)
    return isCount && number.isFinite ? String(Int64(number)) : CSVFormat.number(number)
  }
}
