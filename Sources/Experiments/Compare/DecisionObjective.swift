import Foundation

/// One of the planner's objectives: a metric to maximise or minimise
/// (`--objective throughput:max`).
package struct DecisionObjective: Sendable, Equatable {
  /// The metric's catalogue name.
  package var metricName: String
  /// Which way is better.
  package var goal: ObjectiveGoal

  /// The metric.
  package var metric: SummaryMetric { MetricCatalogue.metric(named: metricName)! }

  /// An objective on a catalogue metric.
  package init(_ metric: SummaryMetric, _ goal: ObjectiveGoal) {
    metricName = metric.name
    self.goal = goal
  }

  /// Reads `METRIC:max`, `METRIC:min` or `METRIC` (the catalogue's better direction).
  /// METRIC is a full name or an unambiguous prefix (``MetricNameResolver``).
  ///
  /// - Throws: ``DecisionOptionError`` naming `--objective` and the text as typed.
  package init(parsing text: String) throws(DecisionOptionError) {
    let option = "--objective"
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let name = parts[0].trimmingCharacters(in: .whitespaces)
    let metric = try MetricNameResolver.resolve(name, option: option, typed: text)
    if parts.count == 2 {
      let goalText = parts[1].trimmingCharacters(in: .whitespaces)
      guard let goal = ObjectiveGoal(rawValue: goalText) else {
        throw DecisionOptionError(option: option, typed: text, "expected max or min after ':', got '\(goalText)'")
      }
      self.init(metric, goal)
    } else {
      switch metric.better {
      case .higher: self.init(metric, .max)
      case .lower: self.init(metric, .min)
      case .neither:
        throw DecisionOptionError(option: option, typed: text,
          "\(metric.name) has no better direction; write \(metric.name):max or \(metric.name):min")
      }
    }
  }

  /// `metric:goal`, as it could be typed.
  package var text: String { "\(metricName):\(goal.rawValue)" }
}
