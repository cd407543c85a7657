import Scenario

/// Finds a catalogue metric from a name typed on the command line: the full name, or a
/// prefix that only one metric's name starts with (`goodput` → `goodput_core_hours`).
package enum MetricNameResolver {
  /// The metric `name` stands for.
  ///
  /// - Throws: ``DecisionOptionError`` naming `option` and `typed` when no metric has that
  ///   name or prefix (with the nearest name, if one is close), or when several start with it.
  package static func resolve(_ name: String, option: String, typed: String) throws(DecisionOptionError) -> SummaryMetric {
    let metrics = MetricCatalogue.metrics
    if let exact = metrics.first(where: { $0.name == name }) { return exact }
    let matches = name.isEmpty ? [] : metrics.filter { $0.name.hasPrefix(name) }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw DecisionOptionError(option: option, typed: typed,
        "'\(name)' is ambiguous: it starts \(matches.map(\.name).joined(separator: ", ")); type more of the name")
    }
    var problem = name.isEmpty ? "no metric name" : "unknown metric '\(name)'"
    if let suggestion = suggestion(for: name) { problem += " (did you mean '\(suggestion)'?)" }
    throw DecisionOptionError(option: option, typed: typed,
      problem + "; the metrics are the columns of summary.csv (docs/model.md)")
  }

  /// The metric name nearest to `name`, compared with each whole name and with each name's
  /// start of the same length (so a mistyped prefix finds its metric), if it is close
  /// enough to be a typo: at most a third of the typed length, minimum 2 edits.
  package static func suggestion(for name: String) -> String? {
    guard !name.isEmpty else { return nil }
    let typed = name.lowercased()
    var best: (name: String, distance: Int)?
    for metric in MetricCatalogue.metrics {
      let distance = min(Suggestion.editDistance(typed, metric.name),
                         Suggestion.editDistance(typed, String(metric.name.prefix(typed.count))))
      if best.map({ distance < $0.distance }) ?? true { best = (metric.name, distance) }
    }
    guard let best, best.distance <= max(2, typed.count / 3) else { return nil }
    return best.name
  }
}
