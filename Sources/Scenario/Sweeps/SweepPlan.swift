import Foundation

/// A parameter sweep: a base scenario, the axes to vary, and how many replications
/// of each point to run.
///
/// Points are the cartesian product of the dimensions, the first dimension
/// varying slowest; point 0 takes every dimension's first value.
package struct SweepPlan: Sendable {
  /// The plan's name (default: the plan file's name without extension).
  package var name: String
  /// Free text.
  package var description: String
  /// The plan file.
  package var path: String
  /// The plan file's text, saved beside the results for provenance.
  package var text: String
  /// The base scenario's syntax tree.
  package var base: ScenarioNode
  /// The base scenario's file (the plan itself when the base is inline).
  package var basePath: String
  /// Folder against which the base scenario's relative references resolve.
  package var baseDirectory: URL
  /// Overrides applied to every point (`set`), before the varied values.
  package var fixed: [ScenarioOverride]
  /// The grid.
  package var dimensions: [SweepDimension]
  /// Replications of every point (the starting number under `--until-ci`).
  package var replications: Int
  /// Metrics to report in points.csv (`nil`: all).
  package var metrics: [SweepMetricName]?

  /// The varied key paths, in plan order (zipped axes in their group's order).
  package var parameters: [String] { dimensions.flatMap { $0.axes.map(\.path) } }

  /// The number of points in the grid.
  package var pointCount: Int { dimensions.reduce(1) { $0 * $1.count } }

  /// The position of point `index` along each dimension.
  package func coordinates(of index: Int) -> [Int] {
    var remaining = index
    var result = Array(repeating: 0, count: dimensions.count)
    for position in dimensions.indices.reversed() {
      let count = dimensions[position].count
      result[position] = remaining % count
      remaining /= count
    }
    return result
  }

  /// The overrides that make point `index`: each varied key path with its value there
  /// (or, on a named-variant axis, the variant's override set).
  package func overrides(forPoint index: Int) -> [ScenarioOverride] {
    zip(dimensions, coordinates(of: index)).flatMap { dimension, position in
      dimension.axes.flatMap { $0.overrides(at: position) }
    }
  }

  /// The text of each varied value at point `index`, in ``parameters`` order.
  package func labels(forPoint index: Int) -> [String] {
    zip(dimensions, coordinates(of: index)).flatMap { dimension, position in
      dimension.axes.map { $0.values[position].inlineText }
    }
  }

  /// Builds and validates point `index`'s scenario.
  package func scenario(forPoint index: Int) throws -> Scenario {
    try Scenario.resolve(tree: base, path: basePath, baseDirectory: baseDirectory,
                         overrides: fixed + overrides(forPoint: index))
  }

  /// Builds every point's scenario, so that no run starts before all are known good.
  ///
  /// - Throws: ``ScenarioErrors`` listing every problem of every point, each
  ///   message prefixed with the point and its values.
  package func resolveAllPoints() throws -> [Scenario] {
    let resolved = try resolveEachPoint()
    guard resolved.problems.isEmpty else { throw groupedErrors(resolved.problems) }
    return resolved.scenarios.compactMap { $0 }
  }

  /// Builds every point's scenario, keeping the invalid points as problems so that the
  /// valid ones can run and the invalid ones be recorded as failed.
  ///
  /// - Throws: ``ScenarioErrors`` as ``resolveAllPoints()`` does when no point is valid
  ///   (the plan or its base is then wrong, not one point).
  package func resolvePoints() throws -> PointResolution {
    let resolved = try resolveEachPoint()
    guard resolved.problems.count < pointCount else { throw groupedErrors(resolved.problems) }
    return PointResolution(
      scenarios: resolved.scenarios,
      problems: resolved.problems.mapValues { $0.map { annotate($0.error, point: $0.point, others: 0) } })
  }

  /// Each point's scenario, or its problems (not yet annotated).
  private func resolveEachPoint() throws -> (scenarios: [Scenario?], problems: [Int: [(error: ScenarioError, point: Int)]]) {
    var scenarios: [Scenario?] = []
    var problems: [Int: [(error: ScenarioError, point: Int)]] = [:]
    for index in 0..<pointCount {
      do {
        scenarios.append(try scenario(forPoint: index))
      } catch let error as ScenarioError {
        scenarios.append(nil)
        problems[index] = [(error, index)]
      } catch let errors as ScenarioErrors {
        scenarios.append(nil)
        problems[index] = errors.errors.map { ($0, index) }
      }
    }
    return (scenarios, problems)
  }

  /// The problems of every point as one error; the same problem at many points is
  /// reported once, at its first point, with a count.
  private func groupedErrors(_ byPoint: [Int: [(error: ScenarioError, point: Int)]]) -> ScenarioErrors {
    var problems: [(error: ScenarioError, point: Int, others: Int)] = []
    for index in byPoint.keys.sorted() {
      for (error, _) in byPoint[index] ?? [] {
        if let existing = problems.firstIndex(where: {
          $0.error.location == error.location && $0.error.path == error.path && $0.error.message == error.message
        }) {
          problems[existing].others += 1
        } else {
          problems.append((error, index, 0))
        }
      }
    }
    return ScenarioErrors(problems.map { annotate($0.error, point: $0.point, others: $0.others) })
  }

  private func annotate(_ error: ScenarioError, point index: Int, others: Int) -> ScenarioError {
    var annotated = error
    let values = zip(parameters, labels(forPoint: index)).map { "\($0)=\($1)" }.joined(separator: ", ")
    let more = others > 0 ? "; and \(others) other point\(others == 1 ? "" : "s")" : ""
    annotated.message = "\(error.message) [point \(index): \(values)\(more)]"
    return annotated
  }
}
