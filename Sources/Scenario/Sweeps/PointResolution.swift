/// Every point of a sweep, resolved: each point's validated scenario, or the problems
/// that make it invalid. A sweep runs the valid points and records the invalid ones as
/// failed (see ``SweepPlan/resolvePoints()``).
package struct PointResolution: Sendable {
  /// Each point's scenario, by point index; nil for an invalid point.
  package var scenarios: [Scenario?]
  /// The problems of each invalid point, by point index, each message ending with the
  /// point and its values (`[point 3: hosts.0.count=0]`).
  package var problems: [Int: [ScenarioError]]

  /// Every point valid.
  package init(scenarios: [Scenario]) {
    self.scenarios = scenarios
    problems = [:]
  }

  /// Some points invalid: `scenarios[i]` is nil exactly when `problems[i]` is given.
  package init(scenarios: [Scenario?], problems: [Int: [ScenarioError]]) {
    self.scenarios = scenarios
    self.problems = problems
  }

  /// The invalid points, in increasing order.
  package var invalidPoints: [Int] { problems.keys.sorted() }

  /// Why point `index` is invalid, on one line (nil for a valid point): its problems,
  /// each located, separated by `; `.
  package func reason(forPoint index: Int) -> String? {
    problems[index].map { "invalid scenario: " + $0.map(\.description).joined(separator: "; ") }
  }
}
