import Stochastics

/// One line of `compare.csv`: a metric at one variant, its mean with a 95% CI, its
/// paired difference from the baseline variant with a 95% CI, and how that difference reads.
package struct ComparisonRow: Sendable, Equatable {
  /// The metric, e.g. `jobs_lost`.
  package var metric: String
  /// The variant's name.
  package var variant: String
  /// The baseline variant's name.
  package var baseline: String
  /// Mean, sd, n and Student-t 95% half-width over the variant's runs where the metric is defined.
  package var value: ConfidenceInterval
  /// Mean, sd, n and half-width of (variant − baseline), paired by replication, over the
  /// replications where both are defined. For the baseline itself: mean 0, sd and half-width undefined.
  package var difference: ConfidenceInterval
  /// The metric's practical threshold T in its unit, for this variant and the baseline.
  package var threshold: Double
  /// How the difference reads (``DifferenceVerdict``); ``DifferenceVerdict/noise`` for the baseline itself.
  package var verdict: DifferenceVerdict

  /// Whether this is the baseline's own row.
  package var isBaseline: Bool { variant == baseline }

  /// Whether the 95% CI of the difference excludes 0 and the difference is more than
  /// floating-point noise (false when the CI is undefined, and for the baseline).
  package var isSignificant: Bool { !isBaseline && verdict.isSignificant }

  /// Whether the difference is significant and its CI reaches beyond ±``threshold``:
  /// a difference that may matter in practice.
  package var isPractical: Bool { !isBaseline && verdict == .beyondThreshold }

  /// The header of `compare.csv`.
  package static let header = [
    "metric", "variant", "n", "mean", "sd", "ci95", "baseline", "diff_mean", "diff_sd", "diff_n", "diff_ci95",
    "significant", "threshold", "practical",
  ]

  /// The cells, in ``header`` order; undefined numbers are empty cells.
  package var cells: [String] {
    [
      metric, CSVFormat.text(variant), String(value.count), CSVFormat.number(value.mean),
      CSVFormat.number(value.standardDeviation), CSVFormat.number(value.halfWidth), CSVFormat.text(baseline),
      CSVFormat.number(difference.mean), CSVFormat.number(difference.standardDeviation), String(difference.count),
      CSVFormat.number(difference.halfWidth), isSignificant ? "true" : "false", CSVFormat.number(threshold),
      isPractical ? "true" : "false",
    ]
  }
}
