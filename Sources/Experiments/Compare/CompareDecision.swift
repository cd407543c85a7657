/// The answer of a comparison: every metric's ranking, the Pareto set over the planner's
/// objectives, and the recommendation; written as ranking.csv, pareto.csv and recommendation.md.
package struct CompareDecision: Sendable {
  /// The rankings: the comparison's metrics, then any objective not among them.
  package var rankings: [MetricRanking]
  /// The Pareto analysis.
  package var pareto: ParetoAnalysis
  /// recommendation.md's text.
  package var recommendation: String

  /// Decides from runs.csv rows.
  ///
  /// - Parameters:
  ///   - runs: The rows of a compare folder's runs.csv; point i is `variants[i]`.
  ///   - variants: The variant names, in point order.
  ///   - metrics: The comparison's metric names (``SummaryColumns/metrics`` names).
  ///   - criteria: The objectives and constraints.
  ///   - replications: Replications of every variant.
  package init(runs: [SweepRow], variants: [String], metrics: [String], criteria: DecisionCriteria, replications: Int) {
    var names = metrics.filter { MetricCatalogue.metric(named: $0) != nil }
    for name in criteria.objectives.map(\.metricName) where !names.contains(name) { names.append(name) }
    var samples: [String: MetricSamples] = [:]
    for name in names + criteria.metricNames where samples[name] == nil {
      samples[name] = MetricSamples(runs: runs, variantCount: variants.count, metric: MetricCatalogue.metric(named: name)!)
    }
    rankings = names.map { VariantRanking.rank(samples[$0]!, variants: variants) }
    pareto = ParetoAnalysis(criteria: criteria, variants: variants, samples: samples)
    recommendation = Recommendation.markdown(pareto: pareto, samples: samples, replications: replications)
  }

  /// The files, by name, in the order they are written.
  package var files: [(name: String, text: String)] {
    [("ranking.csv", VariantRanking.csv(rankings)), ("pareto.csv", pareto.csv), ("recommendation.md", recommendation)]
  }
}
