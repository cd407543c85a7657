import Experiments
import Model

/// The run summary for the console: one line naming the run, then every metric of the
/// catalogue (``MetricCatalogue``) by its label, in human units (``MetricFormat``), grouped
/// by unit (counts, work, times, shares, energy), in catalogue order within a group. Full
/// precision stays in summary.csv.
enum SummaryTable {
  /// The groups, in the order shown.
  static let groupOrder = ["Counts", "Work", "Times", "Shares", "Energy"]

  /// The group of metrics measured in `unit`, as headed on the console.
  static func group(_ unit: MetricUnit) -> String {
    switch unit {
    case .count: "Counts"
    case .jobsPerHour, .coreHours: "Work"
    case .seconds, .hours: "Times"
    case .fraction: "Shares"
    case .kilowattHours, .kilowattHoursPerJob: "Energy"
    }
  }

  /// The text printed after a run.
  static func render(_ identity: RunIdentity, _ summary: RunSummary) -> String {
    var groups: [(title: String, rows: [(label: String, value: String)])] = []
    for metric in MetricCatalogue.metrics {
      let title = group(metric.unit)
      let row = (metric.label, MetricFormat.text(metric.value(summary), unit: metric.unit))
      if let index = groups.firstIndex(where: { $0.title == title }) {
        groups[index].rows.append(row)
      } else {
        groups.append((title, [row]))
      }
    }
    groups.sort { groupOrder.firstIndex(of: $0.title)! < groupOrder.firstIndex(of: $1.title)! }
    let width = groups.flatMap(\.rows).map(\.label.count).max() ?? 0
    var lines = [
      "run '\(identity.scenario)', seed \(identity.seed), replication \(identity.replication)"
        + (identity.warmup > 0 ? "; warm-up \(MetricFormat.duration(identity.warmup)) excluded from the window" : "")
    ]
    for (title, rows) in groups {
      lines.append("")
      lines.append(title)
      for (label, value) in rows {
        lines.append("  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
      }
    }
    return lines.joined(separator: "\n")
  }
}
