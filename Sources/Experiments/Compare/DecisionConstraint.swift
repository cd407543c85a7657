import Foundation

/// A limit a variant must meet to be considered (`--constraint jobs_lost<=0`): the
/// variant's mean over its replications, in the metric's CSV unit, against a bound.
package struct DecisionConstraint: Sendable, Equatable {
  /// The metric's catalogue name.
  package var metricName: String
  /// The comparison.
  package var relation: ConstraintRelation
  /// The bound, in the metric's CSV unit.
  package var bound: Double
  /// The bound as typed (for messages and pareto.csv).
  package var boundText: String

  /// The metric.
  package var metric: SummaryMetric { MetricCatalogue.metric(named: metricName)! }

  /// Reads `METRIC<=X`, `METRIC>=X`, `METRIC<X` or `METRIC>X`; METRIC is a full name or an
  /// unambiguous prefix, X a number in the metric's CSV unit.
  ///
  /// - Throws: ``DecisionOptionError`` naming `--constraint` and the text as typed.
  package init(parsing text: String) throws(DecisionOptionError) {
    let option = "--constraint"
    let expected = "expected METRIC<=X, METRIC>=X, METRIC<X or METRIC>X"
    guard let start = text.firstIndex(where: { $0 == "<" || $0 == ">" }) else {
      let problem = text.contains("=") ? "'=' is not a comparison: \(expected)" : expected
      throw DecisionOptionError(option: option, typed: text, problem)
    }
    let afterFirst = text.index(after: start)
    let hasEquals = afterFirst < text.endIndex && text[afterFirst] == "="
    let operatorEnd = hasEquals ? text.index(after: afterFirst) : afterFirst
    let name = text[..<start].trimmingCharacters(in: .whitespaces)
    let boundText = text[operatorEnd...].trimmingCharacters(in: .whitespaces)
    if name.last.map({ "=!<>".contains($0) }) == true || boundText.first.map({ "=<>".contains($0) }) == true {
      throw DecisionOptionError(option: option, typed: text, "unknown comparison: \(expected)")
    }
    let metric = try MetricNameResolver.resolve(name, option: option, typed: text)
    guard let bound = Double(boundText), bound.isFinite else {
      throw DecisionOptionError(option: option, typed: text,
        "expected a number in \(metric.name)'s unit (\(metric.unit.rawValue)) after the comparison, got '\(boundText)'")
    }
    metricName = metric.name
    relation = ConstraintRelation(rawValue: String(text[start..<operatorEnd]))!
    self.bound = bound
    self.boundText = boundText
  }

  /// `metric<=X` with the full metric name and X as typed.
  package var text: String { "\(metricName)\(relation.rawValue)\(boundText)" }

  /// Whether a variant's mean meets it (an undefined mean does not).
  package func isMet(by mean: Double) -> Bool { relation.holds(mean, bound) }
}
