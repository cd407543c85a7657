import Foundation
import Scenario
import Stochastics

/// The statistics of `compare.csv`: per metric and variant, the mean with its 95% CI,
/// and the paired difference from the baseline with its 95% CI.
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
    let parameterCount = 1
    var byVariant: [[Int: SweepRow]] = Array(repeating: [:], count: variants.count)
    for row in runs where variants.indices.contains(row.key.point) {
      byVariant[row.key.point][row.key.replication] = row
    }
    var result: [ComparisonRow] = []
    for metric in metrics {
      guard let index = SummaryColumns.metrics.firstIndex(where: { $0.name == metric }) else { continue }
      let values = byVariant.map { runs in runs.mapValues { $0.metric(index, parameterCount: parameterCount) } }
      let reference = values[baseline]
      for (position, name) in variants.enumerated() {
        let own = values[position].sorted { $0.key < $1.key }.map(\.value).filter(\.isFinite)
        let differences = values[position].keys.sorted().compactMap { replication -> Double? in
          guard let value = values[position][replication], let base = reference[replication],
            value.isFinite, base.isFinite
          else { return nil }
          return value - base
        }
        let difference = position == baseline
          ? ConfidenceInterval(mean: 0, standardDeviation: .nan, count: differences.count)
          : Statistics.confidenceInterval95(differences)
        result.append(ComparisonRow(metric: metric, variant: name, baseline: variants[baseline],
                                    value: Statistics.confidenceInterval95(own), difference: difference))
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
