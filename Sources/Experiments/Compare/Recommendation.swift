import Foundation
import Stochastics

/// recommendation.md: which variant(s) to pick and why, written from the Pareto analysis,
/// with the numbers in human form (``MetricFormat``).
package enum Recommendation {
  /// The Markdown text.
  ///
  /// - Parameters:
  ///   - pareto: The analysis.
  ///   - samples: The samples of every objective and constrained metric, by metric name.
  ///   - replications: Replications of every variant.
  package static func markdown(pareto: ParetoAnalysis, samples: [String: MetricSamples], replications: Int) -> String {
    let criteria = pareto.criteria
    let entries = pareto.entries
    var paragraphs: [String] = ["# Recommendation"]
    paragraphs.append(question(criteria, variants: entries.count, replications: replications))

    let chosen = pareto.paretoSet
    let feasible = entries.indices.filter { entries[$0].feasible }
    if chosen.isEmpty {
      paragraphs.append("**No variant meets every constraint.** Relax a constraint, or read ranking.csv for each "
        + "metric on its own.")
    } else {
      // Without constraints every variant with values is feasible: do not speak of constraints.
      let constrained = !criteria.constraints.isEmpty
      let considered = constrained ? " that meet the constraints" : feasible.count < entries.count ? " with values" : ""
      if chosen.count == 1 {
        paragraphs.append("**Pick `\(entries[chosen[0]].variant)`.** "
          + (feasible.count == 1
            ? "It is the only variant " + (constrained ? "that meets the constraints." : "with values.")
            : "Of the \(feasible.count) variants\(considered), no other beats it on one objective "
              + "without losing on another."))
      } else {
        paragraphs.append("**Choose among \(list(chosen.map { entries[$0].variant })).** "
          + (constrained ? "They meet the constraints, and none" : "None")
          + " beats another on one objective without losing on another: pick by the objective that "
          + "matters most.")
      }
      paragraphs.append(table(pareto, rows: chosen, feasible: feasible))
    }

    var notes: [String] = []
    let ties = tiedGroups(pareto, among: chosen)
    if !ties.isEmpty {
      notes.append("- Cannot be told apart on any objective: "
        + ties.map { list($0.map { entries[$0].variant }) }.joined(separator: "; ") + ".")
    }
    let dominated = entries.filter { $0.dominatedBy != nil }
    if !dominated.isEmpty {
      notes.append("- Beaten on an objective and no better on any: "
        + dominated.map { "`\($0.variant)` (by `\(entries[$0.dominatedBy!].variant)`)" }.joined(separator: ", ") + ".")
    }
    let excluded = entries.indices.filter { !entries[$0].feasible }
    if !excluded.isEmpty {
      notes.append("- Excluded by the constraints: "
        + excluded.map { "`\(entries[$0].variant)` (\(violations(entries[$0], position: $0, criteria, samples)))" }
          .joined(separator: ", ") + ".")
    }
    if !notes.isEmpty { paragraphs.append(notes.joined(separator: "\n")) }
    paragraphs.append(rule(criteria, replications: replications))
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  /// The objectives and constraints in words.
  private static func question(_ criteria: DecisionCriteria, variants: Int, replications: Int) -> String {
    let objectives = criteria.objectives.map { "\($0.metric.label) (`\($0.metricName)`, \($0.goal.rawValue))" }
    var text = "Objectives: " + objectives.joined(separator: ", ") + ". "
    if criteria.constraints.isEmpty {
      text += "No constraints."
    } else {
      text += "Constraints, on each variant's mean: " + criteria.constraints.map { "`\($0.text)`" }
        .joined(separator: ", ") + "."
    }
    return text + " \(variants) variants × \(replications) replications on common random numbers."
  }

  /// The objectives of `rows` as a Markdown table, each value with its standing among the feasible variants.
  private static func table(_ pareto: ParetoAnalysis, rows: [Int], feasible: [Int]) -> String {
    let objectives = pareto.criteria.objectives
    var lines = ["| Variant | " + objectives.map(\.metric.label).joined(separator: " | ") + " |",
                 "|---|" + String(repeating: "---|", count: objectives.count)]
    for row in rows {
      let cells = objectives.indices.map { index in
        standing(pareto, objective: index, variant: row, feasible: feasible)
      }
      lines.append("| `\(pareto.entries[row].variant)` | " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  /// `14.5 jobs/h (best)`, `0 (tied with the best, `b`)`, `230 h (+42 h vs the best, `b`)`.
  private static func standing(_ pareto: ParetoAnalysis, objective index: Int, variant: Int, feasible: [Int]) -> String {
    let objective = pareto.criteria.objectives[index]
    let unit = objective.metric.unit
    let mean = pareto.entries[variant].objectives[index].mean
    let value = MetricFormat.text(mean, unit: unit)
    let best = bestFeasible(pareto, objective: index, feasible: feasible)
    guard let best, best != variant else { return value + " (best)" }
    let name = pareto.entries[best].variant
    if pareto.orders[index][variant][best] == .tie { return value + " (tied with the best, `\(name)`)" }
    let difference = mean - pareto.entries[best].objectives[index].mean
    return value + " (\(MetricFormat.difference(difference, unit: unit)) vs the best, `\(name)`)"
  }

  /// The feasible variant with the best mean on an objective (the first on equal means).
  private static func bestFeasible(_ pareto: ParetoAnalysis, objective index: Int, feasible: [Int]) -> Int? {
    let goal = pareto.criteria.objectives[index].goal
    return feasible.min { a, b in
      let x = pareto.entries[a].objectives[index].mean, y = pareto.entries[b].objectives[index].mean
      return goal == .max ? x > y : x < y
    }
  }

  /// Groups of two or more of `members` that tie on every objective (each variant in the first group it joins).
  private static func tiedGroups(_ pareto: ParetoAnalysis, among members: [Int]) -> [[Int]] {
    var grouped: Set<Int> = []
    var groups: [[Int]] = []
    for (offset, first) in members.enumerated() where !grouped.contains(first) {
      let group = [first] + members[(offset + 1)...].filter { other in
        !grouped.contains(other) && pareto.orders.allSatisfy { $0[first][other] == .tie }
      }
      guard group.count > 1 else { continue }
      grouped.formUnion(group)
      groups.append(group)
    }
    return groups
  }

  /// `Jobs lost 3.3, needs <= 0; no value of mean_attempt_wait_s`.
  private static func violations(
    _ entry: ParetoEntry, position: Int, _ criteria: DecisionCriteria, _ samples: [String: MetricSamples]
  ) -> String {
    entry.violated.map { text in
      guard let constraint = criteria.constraints.first(where: { $0.text == text }) else { return text }
      let metric = constraint.metric
      let mean = samples[metric.name]!.own(position).mean
      return "\(metric.label) \(MetricFormat.text(mean, unit: metric.unit)), needs \(constraint.relation.rawValue) "
        + MetricFormat.text(constraint.bound, unit: metric.unit)
    }.joined(separator: "; ")
  }

  /// When a difference counts as a tie, with the objectives' thresholds.
  private static func rule(_ criteria: DecisionCriteria, replications: Int) -> String {
    let thresholds = criteria.objectives.map { "\($0.metric.label) \(MetricCatalogue.thresholdText($0.metric))" }
    var text = "A difference between two variants counts as a tie when the 95% CI of their paired difference "
      + "(replication by replication) includes 0 or lies within the metric's practical threshold ("
      + thresholds.joined(separator: ", ") + "), or when it is below 10⁻⁹ of their values (rounding)."
    if replications < 2 {
      text += " With \(replications) replication there is no CI, so no two variants can be told apart: "
        + "run at least 2 replications (10 give useful intervals)."
    }
    return text + " Full precision: ranking.csv, pareto.csv and compare.csv."
  }

  /// `` `a`, `b` and `c` ``.
  private static func list(_ names: [String]) -> String {
    let quoted = names.map { "`\($0)`" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
  }
}
