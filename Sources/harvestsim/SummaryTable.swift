import Experiments
import Model

/// The run summary as an aligned two-column table for the terminal.
enum SummaryTable {
  static func render(_ identity: RunIdentity, _ summary: RunSummary) -> String {
    let rows = Array(zip(SummaryColumns.names, SummaryColumns.cells(identity, summary)))
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { name, value in
      name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (value.isEmpty ? "n/a" : value)
    }.joined(separator: "\n")
  }
}
