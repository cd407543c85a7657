import Foundation
import Stochastics

/// Availability statistics of a trace, per node and pooled, with maximum-likelihood
/// fits of the pooled up and down durations; ``text(perNode:limit:)`` renders them
/// for `harvestsim trace-stats`.
package struct AvailabilityReport: Sendable {
  /// Where the trace came from (a file path), shown in the title line.
  package let source: String
  /// The earliest interval start, in the file's seconds.
  package let origin: Double
  /// The latest interval end, in the file's seconds.
  package let end: Double
  /// One entry per node, in the trace's node order.
  package let nodes: [AvailabilityStatistics]
  /// All nodes pooled.
  package let pooled: AvailabilityStatistics
  /// Fits to the pooled up durations.
  package let up: AvailabilityDurationFit
  /// Fits to the pooled down durations.
  package let down: AvailabilityDurationFit

  /// Computes the statistics and fits of `trace`.
  package init(trace: AvailabilityTrace, source: String) {
    self.source = source
    origin = trace.origin
    end = trace.end
    nodes = trace.nodes.map(AvailabilityStatistics.init(node:))
    pooled = AvailabilityStatistics(pooling: nodes)
    up = AvailabilityDurationFit(state: .up, trace: trace)
    down = AvailabilityDurationFit(state: .down, trace: trace)
  }

  /// Reads `path` in `format` (guessed from the extension when nil: `.csv` is
  /// CSV, anything else FTA) and renders ``text(perNode:limit:)``.
  package static func text(
    path: String, format: AvailabilityTraceFormat? = nil, perNode: Bool = false, limit: Int? = nil
  ) throws(AvailabilityTraceError) -> String {
    let trace = try (format ?? .guess(path: path)).read(path: path)
    return AvailabilityReport(trace: trace, source: path).text(perNode: perNode, limit: limit)
  }

  /// The report as aligned tables; durations in hours.
  ///
  /// A title line (source, nodes, intervals, span); a statistics table with one
  /// row per node when `perNode` is set (only the first `limit` nodes when a
  /// limit is given) and a final `all` row pooling every node; then a table of
  /// the exponential and Weibull fits to the up and down durations.
  package func text(perNode: Bool = false, limit: Int? = nil) -> String {
    let intervals = pooled.upCount + pooled.downCount
    var lines = [
      "\(source): \(nodes.count) nodes, \(intervals) intervals, "
        + "\(Self.fixed((end - origin) / 86_400, 2)) days from t = \(Self.seconds(origin)) s",
      "",
    ]
    var rows: [[String]] = []
    if perNode {
      let shown = limit.map { max(0, $0) } ?? nodes.count
      rows += nodes.prefix(shown).map(Self.row)
      if shown < nodes.count {
        rows.append(["… \(nodes.count - shown) more nodes", "", "", "", "", "", "", ""])
      }
    }
    rows.append(Self.row(pooled))
    lines.append(AvailabilityTable.render(
      header: ["node", "up", "down", "mean up (h)", "mean down (h)", "up (h)", "down (h)", "availability"],
      rows: rows))
    lines.append("")
    lines.append(AvailabilityTable.render(
      header: ["fit (maximum likelihood)", "intervals", "exp. mean (h)", "weibull shape", "weibull scale (h)",
               "zeros left out"],
      rows: [fitRow(up), fitRow(down)]))
    for fit in [up, down] {
      if let failure = fit.weibullFailure { lines.append("\(fit.state.rawValue): no Weibull fit: \(failure)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ statistics: AvailabilityStatistics) -> [String] {
    [
      statistics.name, String(statistics.upCount), String(statistics.downCount),
      hours(statistics.meanUp), hours(statistics.meanDown),
      hours(statistics.upTime), hours(statistics.downTime), fixed(statistics.availability, 4),
    ]
  }

  private func fitRow(_ fit: AvailabilityDurationFit) -> [String] {
    var mean = Double.nan
    if case .exponential(let value) = fit.exponential { mean = value }
    var shape = Double.nan
    var scale = Double.nan
    if case .weibull(let k, let lambda) = fit.weibull {
      shape = k
      scale = lambda
    }
    return [fit.state.rawValue, String(fit.count), Self.hours(mean), Self.fixed(shape, 4),
            Self.fixed(scale / 3600, 4), String(fit.weibullExcludedZeros)]
  }

  private static func hours(_ seconds: Double) -> String {
    fixed(seconds / 3600, 2)
  }

  private static func fixed(_ value: Double, _ digits: Int) -> String {
    value.isFinite ? String(format: "%.\(digits)f", value) : "n/a"
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
