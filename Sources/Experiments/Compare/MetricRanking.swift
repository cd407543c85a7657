import Stochastics

/// One metric's ranking of the variants: the best by the catalogue's better direction and
/// the variants that cannot be told apart from it (see ``VariantRanking``).
package struct MetricRanking: Sendable {
  /// The metric.
  package var metric: SummaryMetric
  /// The variants, best first: by rank, then mean in the better direction, then file
  /// order; variants not ranked last, in file order (all of them in file order for a
  /// metric with no better direction).
  package var entries: [RankingEntry]

  /// The best entry, if the metric is ranked and some variant has a value.
  package var best: RankingEntry? { entries.first { $0.verdict == .best } }

  /// The entries with this verdict, in ranking order.
  package func entries(_ verdict: RankingVerdict) -> [RankingEntry] { entries.filter { $0.verdict == verdict } }

  /// The header of ranking.csv.
  package static let header = [
    "metric", "label", "unit", "better", "rank", "variant", "mean", "ci95", "diff_from_best", "diff_from_best_ci95",
    "verdict",
  ]

  /// The cells of ranking.csv's lines for this metric, in ``header`` order; undefined numbers are empty.
  package var lines: [[String]] {
    entries.map { entry in
      [
        metric.name, CSVFormat.text(metric.label), CSVFormat.text(metric.unit.rawValue), metric.better.rawValue,
        entry.rank.map(String.init) ?? "", CSVFormat.text(entry.variant), CSVFormat.number(entry.value.mean),
        CSVFormat.number(entry.value.halfWidth), entry.differenceFromBest.map { CSVFormat.number($0.mean) } ?? "",
        entry.differenceFromBest.map { CSVFormat.number($0.halfWidth) } ?? "", entry.verdict.rawValue,
      ]
    }
  }
}
