import Stochastics

/// Ranks the variants on one metric.
///
/// - The best is the variant with the highest (better: higher) or lowest (better: lower)
///   mean; on equal means, the first in file order. A metric whose better direction is
///   `neither` is reported, not ranked; a variant with no defined value is not ranked.
/// - Every other ranked variant is compared with the best by the paired difference
///   (variant − best, replication by replication) and its 95% CI: it is
///   **indistinguishable** when ``DifferenceVerdict/isTie`` (noise, no CI, the CI includes 0,
///   or the CI lies wholly within ± the metric's practical threshold), and **worse** otherwise.
/// - The best and the indistinguishable share rank 1; a worse variant is ranked
///   1 + the number of ranked variants ahead of it (the rank-1 group, and the worse
///   ones with a better mean).
package enum VariantRanking {
  /// The ranking of `variants` (point i is `variants[i]`) on `samples`' metric.
  package static func rank(_ samples: MetricSamples, variants: [String]) -> MetricRanking {
    let metric = samples.metric
    let values = variants.indices.map(samples.own)
    func unranked(_ position: Int) -> RankingEntry {
      RankingEntry(variant: variants[position], position: position, value: values[position], rank: nil,
                   differenceFromBest: nil, differenceVerdict: nil, verdict: .notRanked)
    }
    let defined = variants.indices.filter { values[$0].mean.isFinite }
    guard metric.better != .neither,
      let best = defined.min(by: { isAhead(values[$0].mean, of: values[$1].mean, metric.better) })
    else {
      return MetricRanking(metric: metric, entries: variants.indices.map(unranked))
    }
    var entries = defined.map { position -> RankingEntry in
      guard position != best else {
        let own = samples.difference(best, from: best)
        return RankingEntry(variant: variants[position], position: position, value: values[position], rank: 1,
                            differenceFromBest: ConfidenceInterval(mean: 0, standardDeviation: .nan, count: own.count),
                            differenceVerdict: .noise, verdict: .best)
      }
      let difference = samples.difference(position, from: best)
      let verdict = DifferenceVerdict.judge(difference, mean: values[position].mean,
                                            referenceMean: values[best].mean, threshold: metric.threshold)
      return RankingEntry(variant: variants[position], position: position, value: values[position], rank: nil,
                          differenceFromBest: difference, differenceVerdict: verdict,
                          verdict: verdict.isTie ? .indistinguishable : .worse)
    }
    let leaders = entries.filter { $0.verdict != .worse }.count
    for index in entries.indices {
      if entries[index].verdict == .worse {
        let mean = entries[index].value.mean
        let ahead = entries.filter { $0.verdict == .worse && isAhead($0.value.mean, of: mean, metric.better) }.count
        entries[index].rank = 1 + leaders + ahead
      } else {
        entries[index].rank = 1
      }
    }
    entries.sort { a, b in
      if a.rank != b.rank { return a.rank! < b.rank! }
      if a.verdict == .best || b.verdict == .best { return a.verdict == .best }
      if a.value.mean != b.value.mean { return isAhead(a.value.mean, of: b.value.mean, metric.better) }
      return a.position < b.position
    }
    let undefined = variants.indices.filter { !values[$0].mean.isFinite }.map(unranked)
    return MetricRanking(metric: metric, entries: entries + undefined)
  }

  /// Whether `a` is strictly better than `b` in `direction`.
  private static func isAhead(_ a: Double, of b: Double, _ direction: MetricDirection) -> Bool {
    direction == .lower ? a < b : a > b
  }

  /// The text of ranking.csv: ``MetricRanking/header``, then every metric's lines.
  package static func csv(_ rankings: [MetricRanking]) -> String {
    CSVFormat.row(MetricRanking.header) + rankings.flatMap(\.lines).map(CSVFormat.row).joined()
  }
}
