import Foundation
import Scenario
import Stochastics

/// The statistics of `compare.csv`: per metric and variant, the mean with its 95% CI,
/// and the paired difference from the baseline with its 95% CI and verdict.
package enum VariantComparison {
  /// The comparison rows, metric by metric (in `metrics` order), variant by variant.
  ///
  /// - Parameters:
  ///   - runs: The rows of a compare folder's runs.csv; point i is `variants[i]`.
  ///   - variants: The variant names, in point order.
  ///   - baseline: The baseline's index in `variants`.
  ///   - metrics: Metric names of ``SummaryColumns/metrics``.
  ///
  /// A variant's own statistics use its runs where the metric is defined. The
  /// difference pairs the variant's replication k with the baseline's replication k,
  /// and leaves out replications where either value is undefined or missing.
  package static func rows(runs: [SweepRow], variants: [String], baseline: Int, metrics: [String]) -> [ComparisonRow] {
    var result: [ComparisonRow] = []
    for name in metrics {
      guard let metric = MetricCatalogue.metric(named: name) else { continue }
      let samples = MetricSamples(runs: runs, variantCount: variants.count, metric: metric)
      let reference = samples.own(baseline)
      for (position, variant) in variants.enumerated() {
        let own = samples.own(position)
        var difference = samples.difference(position, from: baseline)
        var verdict = DifferenceVerdict.judge(difference, mean: own.mean, referenceMean: reference.mean,
                                              threshold: metric.threshold)
        if position == baseline {
          difference = ConfidenceInterval(mean: 0, standardDeviation: .nan, count: difference.count)
          verdict = .noise
        }
        let threshold = DifferenceVerdict.amount(metric.threshold, mean: own.mean, referenceMean: reference.mean)
        result.append(ComparisonRow(metric: name, variant: variant, baseline: variants[baseline], value: own,
                                    difference: difference, threshold: threshold, verdict: verdict))
      }
    }
    return result
  }

  /// The text of `compare.csv`: ``ComparisonRow/header``, then one line per row.
  package static func csv(_ rows: [ComparisonRow]) -> String {
    CSVFormat.row(ComparisonRow.header) + rows.map { CSVFormat.row($0.cells) }.joined()
  }

  /// The rows of `runs.csv` in a compare folder (one parameter column, `variant`).
  package static func readRuns(_ folder: SweepFolder) throws -> [SweepRow] {
    let path = folder.file("runs.csv")
    guard let data = FileManager.default.contents(atPath: path) else {
      throw OutputError(message: "cannot read '\(path)'")
    }
    let columnCount = SweepRow.header(parameters: [ComparePlan.axisName]).count
    return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().compactMap {
      SweepRow(line: $0, parameterCount: 1, columnCount: columnCount)
    }
  }
}
