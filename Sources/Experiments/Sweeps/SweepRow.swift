/// One line of `runs.csv`: `point, <parameters>, replication, seed, scenario, <metrics>, warmup_s, version`.
package struct SweepRow: Sendable, Equatable {
  /// Which run.
  package var key: RunKey
  /// Every cell, as written.
  package var cells: [String]

  /// The header for a sweep varying `parameters`.
  package static func header(parameters: [String]) -> [String] {
    ["point"] + parameters + ["replication", "seed", "scenario"]
      + SummaryColumns.names.filter { !["scenario", "seed", "replication"].contains($0) }
  }

  /// Builds the row of a finished run.
  package init(key: RunKey, labels: [String], cells summaryCells: [String]) {
    self.key = key
    // summaryCells follow SummaryColumns.names: scenario, seed, replication, metrics..., warmup_s, version.
    let seed = summaryCells[1]
    let scenario = summaryCells[0]
    cells = [String(key.point)] + labels.map(CSVFormat.text) + [String(key.replication), seed, scenario]
      + summaryCells.dropFirst(3)
  }

  /// Parses a journal or runs.csv line; nil if it does not have `columnCount` cells
  /// or its point and replication are not integers.
  package init?(line: Substring, parameterCount: Int, columnCount: Int) {
    self.init(cells: CSVReader.cells(line), parameterCount: parameterCount, columnCount: columnCount)
  }

  /// Builds a row from the cells of a journal or runs.csv line (as ``CSVReader`` splits
  /// it); nil if there are not `columnCount` cells or point and replication are not integers.
  package init?(cells parsed: [String], parameterCount: Int, columnCount: Int) {
    guard parsed.count == columnCount, let point = Int(parsed[0]),
      let replication = Int(parsed[1 + parameterCount])
    else { return nil }
    key = RunKey(point: point, replication: replication)
    cells = parsed.enumerated().map { index, cell in
      // Parameter labels and the scenario name are text cells: quote them again as written.
      (index >= 1 && index <= parameterCount) || index == parameterCount + 3 ? CSVFormat.text(cell) : cell
    }
  }

  /// The line, with its newline.
  package var line: String { cells.joined(separator: ",") + "\n" }

  /// The value of metric column `metricIndex` (in ``SummaryColumns/metrics`` order), NaN if empty.
  package func metric(_ metricIndex: Int, parameterCount: Int) -> Double {
    Double(cells[parameterCount + 4 + metricIndex]) ?? .nan
  }
}
