import Stochastics

/// One metric's values in a compare folder, by variant and replication, with the
/// statistics every part of the comparison uses: a variant's own mean with its CI, and
/// the difference between two variants paired by replication (common random numbers).
package struct MetricSamples: Sendable {
  /// The metric.
  package let metric: SummaryMetric
  /// `values[variant][replication]`: the run's value, NaN when undefined.
  package let values: [[Int: Double]]

  /// The samples of `metric` from runs.csv rows (point i is variant i of `variantCount`).
  package init(runs: [SweepRow], variantCount: Int, metric: SummaryMetric) {
    self.metric = metric
    var values: [[Int: Double]] = Array(repeating: [:], count: variantCount)
    if let index = SummaryColumns.metrics.firstIndex(where: { $0.name == metric.name }) {
      for row in runs where values.indices.contains(row.key.point) {
        values[row.key.point][row.key.replication] = row.metric(index, parameterCount: 1)
      }
    }
    self.values = values
  }

  /// Mean, sd, n and 95% half-width over the variant's runs where the metric is defined,
  /// in replication order.
  package func own(_ variant: Int) -> ConfidenceInterval {
    Statistics.confidenceInterval95(values[variant].sorted { $0.key < $1.key }.map(\.value).filter(\.isFinite))
  }

  /// (variant − reference) paired by replication, over the replications where both are
  /// defined, in replication order.
  package func difference(_ variant: Int, from reference: Int) -> ConfidenceInterval {
    let differences = values[variant].keys.sorted().compactMap { replication -> Double? in
      guard let value = values[variant][replication], let base = values[reference][replication],
        value.isFinite, base.isFinite
      else { return nil }
      return value - base
    }
    return Statistics.confidenceInterval95(differences)
  }

  /// The verdict on (variant − reference), with the metric's practical threshold.
  package func verdict(_ variant: Int, against reference: Int) -> DifferenceVerdict {
    DifferenceVerdict.judge(difference(variant, from: reference), mean: own(variant).mean,
                            referenceMean: own(reference).mean, threshold: metric.threshold)
  }
}
