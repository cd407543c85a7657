import Foundation

/// The metric catalogue: every metric of `summary.csv` with its unit, label, definition,
/// better direction, aggregation and practical threshold, declared once in
/// ``SummaryColumns/metrics``. Everything that names or shows a metric reads it from here.
package enum MetricCatalogue {
  /// Every metric, in `summary.csv` column order.
  package static var metrics: [SummaryMetric] { SummaryColumns.metrics }

  /// The metric with this column name, if there is one.
  package static func metric(named name: String) -> SummaryMetric? {
    metrics.first { $0.name == name }
  }

  /// One metric as exported for the Python analysis (`Analysis/harvestplots/metrics.json`).
  private struct Entry: Encodable {
    let name: String
    let unit: String
    let label: String
    let definition: String
    let better: String
    let aggregation: String
    let threshold_kind: String
    let threshold: Double
  }

  /// The catalogue as JSON, stable byte for byte: a list of objects in column order.
  package static func json() -> String {
    let entries = metrics.map { metric -> Entry in
      let (kind, amount): (String, Double) =
        switch metric.threshold {
        case .relative(let fraction): ("relative", fraction)
        case .absolute(let amount): ("absolute", amount)
        }
      return Entry(
        name: metric.name, unit: metric.unit.rawValue, label: metric.label, definition: metric.definition,
        better: metric.better.rawValue, aggregation: metric.aggregation.rawValue, threshold_kind: kind,
        threshold: amount)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings and finite numbers cannot fail.
    let data = try! encoder.encode(entries)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A metric's practical threshold as people write it: `1% of the value` (relative),
  /// `1 percentage point` (absolute, on a fraction), or an amount in the metric's unit
  /// (`1`, `30.0 s`). The one wording of the docs, the console and the recommendation.
  package static func thresholdText(_ metric: SummaryMetric) -> String {
    switch metric.threshold {
    case .relative(let fraction):
      return MetricFormat.significant(fraction * 100, digits: 1) + "% of the value"
    case .absolute(let amount) where metric.unit == .fraction:
      let points = amount * 100
      return MetricFormat.significant(points, digits: 1) + (points == 1 ? " percentage point" : " percentage points")
    case .absolute(let amount):
      return MetricFormat.text(amount, unit: metric.unit)
    }
  }

  /// The catalogue as a Markdown table (docs/model.md's metric table).
  package static func markdownTable() -> String {
    var lines = [
      "| Metric | Unit | Label | Better | Per run | Threshold | Definition |",
      "|---|---|---|---|---|---|---|",
    ]
    for metric in metrics {
      let threshold = thresholdText(metric)
      lines.append(
        "| `\(metric.name)` | \(metric.unit.rawValue) | \(metric.label) | \(metric.better.rawValue) | "
          + "\(metric.aggregation.rawValue) | \(threshold) | \(metric.definition) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
