/// The console text of a comparison's answer, in human units (``MetricFormat``); full
/// precision stays in the CSV files.
///
/// ```
/// Throughput (throughput_per_hour: higher is better, threshold 1 %)
///   best   slurm-dynamic   14.5 jobs/h ± 0.12 jobs/h
///   same   torque-live     14.48 jobs/h ± 0.1 jobs/h   −0.02 jobs/h ± 0.05 jobs/h
///   worse  11 variants, the nearest torque-restart 12.1 jobs/h ± 0.3 jobs/h
/// ```
package enum DecisionSummary {
  /// Per ranked metric the best and the variants indistinguishable from it; then the
  /// Pareto table; then the recommendation.
  package static func text(_ decision: CompareDecision) -> String {
    var lines = ["Best variant per metric (mean ± 95% CI). \"same\": cannot be told apart from the best "
      + "(the paired 95% CI of the difference includes 0 or lies within the threshold)."]
    var unranked: [String] = []
    for ranking in decision.rankings {
      guard let best = ranking.best else {
        unranked.append(ranking.metric.label)
        continue
      }
      lines.append("")
      lines += block(ranking, best: best)
    }
    if !unranked.isEmpty {
      lines.append("")
      lines.append("Not ranked (no better direction, or no values): " + unranked.joined(separator: ", ") + ".")
    }
    lines.append("")
    lines += paretoTable(decision.pareto)
    lines.append("")
    var recommendation = decision.recommendation
    while recommendation.last == "\n" { recommendation.removeLast() }
    lines.append(recommendation)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func block(_ ranking: MetricRanking, best: RankingEntry) -> [String] {
    let metric = ranking.metric
    let unit = metric.unit
    func value(_ entry: RankingEntry) -> String {
      let mean = MetricFormat.text(entry.value.mean, unit: unit)
      return entry.value.halfWidth.isFinite ? mean + " ± " + MetricFormat.text(entry.value.halfWidth, unit: unit) : mean
    }
    var rows: [[String]] = [["best", best.variant, value(best), ""]]
    // Variants equal to the best up to rounding are listed together, after the table.
    let equal = ranking.entries(.indistinguishable).filter { $0.differenceVerdict == .noise }
    for entry in ranking.entries(.indistinguishable) where entry.differenceVerdict != .noise {
      let difference = entry.differenceFromBest!
      var text = MetricFormat.difference(difference.mean, unit: unit)
      if difference.halfWidth.isFinite { text += " ± " + MetricFormat.text(difference.halfWidth, unit: unit) }
      rows.append(["same", entry.variant, value(entry), text])
    }
    let worse = ranking.entries(.worse)
    if let nearest = worse.first {
      let count = worse.count == 1 ? "1 variant:" : "\(worse.count) variants, the nearest"
      rows.append(["worse", count + " " + nearest.variant, value(nearest), ""])
    }
    let direction = metric.better == .higher ? "higher is better" : "lower is better"
    var table = aligned(rows).map { "  " + $0 }
    if !equal.isEmpty {
      // Before the "worse" line, if there is one.
      let position = worse.isEmpty ? table.count : table.count - 1
      table.insert(contentsOf: wrapped("equal to the best: " + equal.map(\.variant).joined(separator: ", "),
                                       indent: "  same   ", hanging: "         "), at: position)
    }
    return ["\(metric.label) (\(metric.name): \(direction), threshold \(MetricCatalogue.thresholdText(metric)))"] + table
  }

  /// `text` broken at spaces into lines of at most 100 characters (a longer word stays whole),
  /// the first line after `indent`, the others after `hanging`.
  private static func wrapped(_ text: String, indent: String, hanging: String) -> [String] {
    var lines: [String] = []
    var prefix = indent
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && prefix.count + line.count + 1 + word.count > 100 {
        lines.append(prefix + line)
        prefix = hanging
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    lines.append(prefix + line)
    return lines
  }

  private static func paretoTable(_ pareto: ParetoAnalysis) -> [String] {
    let objectives = pareto.criteria.objectives
    var title = "Pareto set over " + objectives.map { "\($0.metric.label) (\($0.goal.rawValue))" }.joined(separator: ", ")
    if !pareto.criteria.constraints.isEmpty {
      title += "; constraints on the mean: " + pareto.criteria.constraints.map(\.text).joined(separator: ", ")
    }
    var rows: [[String]] = [["", "variant"] + objectives.map(\.metric.label) + [""]]
    for entry in pareto.entries {
      let values = zip(objectives, entry.objectives).map { MetricFormat.text($1.mean, unit: $0.metric.unit) }
      let status: String
      if entry.pareto {
        status = "Pareto"
      } else if let dominator = entry.dominatedBy {
        status = "beaten by \(pareto.entries[dominator].variant)"
      } else {
        status = "excluded: " + entry.violated.joined(separator: "; ")
      }
      rows.append([entry.pareto ? "*" : "", entry.variant] + values + [status])
    }
    return [title + ":"] + aligned(rows).map { "  " + $0 }
  }

  /// The rows as columns padded to their widest cell, two spaces apart, trailing spaces removed.
  private static func aligned(_ rows: [[String]]) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    return rows.map { row in
      var line = ""
      for (column, cell) in row.enumerated() {
        line += cell + String(repeating: " ", count: column == row.count - 1 ? 0 : widths[column] - cell.count + 2)
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
