/// The Pareto set of the variants over the planner's objectives, among those meeting the
/// constraints.
///
/// - A variant is **feasible** when its mean of every constrained metric satisfies the
///   constraint (the mean over its replications, not a CI bound) and it has a value of
///   every objective.
/// - On one objective, variant A is **better** than B when the paired difference A − B is
///   told apart (``DifferenceVerdict/beyondThreshold``: more than noise, CI excluding 0 and
///   reaching beyond ± the metric's practical threshold) and lies in the objective's
///   direction; a difference that is not told apart is a **tie**.
/// - A **dominates** B when A is better on at least one objective and worse on none.
/// - The **Pareto set** is the feasible variants that no feasible variant dominates.
package struct ParetoAnalysis: Sendable {
  /// The question.
  package var criteria: DecisionCriteria
  /// One entry per variant, in file order.
  package var entries: [ParetoEntry]
  /// `orders[o][a][b]`: variant a against variant b on objective o (only between feasible variants).
  package var orders: [[[ObjectiveOrder]]]

  /// Analyses `variants` (point i is `variants[i]`) with `samples`, which must hold
  /// every metric of `criteria`.
  package init(criteria: DecisionCriteria, variants: [String], samples: [String: MetricSamples]) {
    self.criteria = criteria
    let objectiveSamples = criteria.objectives.map { samples[$0.metricName]! }
    var entries = variants.indices.map { position -> ParetoEntry in
      var violated: [String] = []
      for objective in criteria.objectives where !samples[objective.metricName]!.own(position).mean.isFinite {
        violated.append("no value of \(objective.metricName)")
      }
      for constraint in criteria.constraints {
        let mean = samples[constraint.metricName]!.own(position).mean
        if !mean.isFinite {
          let missing = "no value of \(constraint.metricName)"
          if !violated.contains(missing) { violated.append(missing) }
        } else if !constraint.isMet(by: mean) {
          violated.append(constraint.text)
        }
      }
      return ParetoEntry(variant: variants[position], feasible: violated.isEmpty, pareto: false, violated: violated,
                         objectives: objectiveSamples.map { $0.own(position) }, dominatedBy: nil)
    }
    let feasible = entries.indices.filter { entries[$0].feasible }
    var orders = criteria.objectives.map { _ in
      Array(repeating: Array(repeating: ObjectiveOrder.tie, count: variants.count), count: variants.count)
    }
    for (index, objective) in criteria.objectives.enumerated() {
      for a in feasible {
        for b in feasible where a != b {
          let verdict = objectiveSamples[index].verdict(a, against: b)
          guard !verdict.isTie else { continue }
          let higher = objectiveSamples[index].difference(a, from: b).mean > 0
          orders[index][a][b] = higher == (objective.goal == .max) ? .better : .worse
        }
      }
    }
    for b in feasible {
      entries[b].dominatedBy = feasible.first { a in
        a != b && orders.allSatisfy { $0[a][b] != .worse } && orders.contains { $0[a][b] == .better }
      }
      entries[b].pareto = entries[b].dominatedBy == nil
    }
    self.entries = entries
    self.orders = orders
  }

  /// The positions of the Pareto set, in file order.
  package var paretoSet: [Int] { entries.indices.filter { entries[$0].pareto } }

  /// The header of pareto.csv: variant, feasible, pareto, violated, then each objective's metric name.
  package var header: [String] { ["variant", "feasible", "pareto", "violated"] + criteria.objectives.map(\.metricName) }

  /// The text of pareto.csv: ``header``, then one line per variant in file order, with
  /// each objective's mean at full precision and the violated constraints joined by "; ".
  package var csv: String {
    CSVFormat.row(header) + entries.map { entry in
      CSVFormat.row([
        CSVFormat.text(entry.variant), String(entry.feasible), String(entry.pareto),
        CSVFormat.text(entry.violated.joined(separator: "; ")),
      ] + entry.objectives.map { CSVFormat.number($0.mean) })
    }.joined()
  }
}
